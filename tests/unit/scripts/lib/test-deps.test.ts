import { describe, expect, test } from 'vitest';
import {
	SYSTEM_PYTHON,
	TEST_DEPENDENCIES,
	debianPackages,
	findTestDependency,
	missingTestDependencies,
	nextSetupStep,
	stopMessage,
	type Probe,
} from '../../../../scripts/lib/test-deps';

/** A machine with these files, this environment, and Debian's Python able to import WebKitGTK or not. */
function fakeMachine(
	files: string[],
	env: Record<string, string> = { PATH: '/usr/local/bin:/usr/bin:/bin' },
	{ hasWebKitBindings = files.includes(SYSTEM_PYTHON) } = {}
): Probe {
	return {
		env,
		isFile: (path) => files.includes(path),
		succeeds: (command) => command === SYSTEM_PYTHON && hasWebKitBindings,
		playwrightChromium: () => '/root/.cache/ms-playwright/chromium-1234/chrome-linux/chrome',
	};
}

/** Every piece, where Debian's packages put it. */
const DEBIAN_FILES = [
	'/usr/bin/chromium',
	'/usr/bin/java',
	'/usr/bin/soffice',
	'/usr/bin/firefox-esr',
	'/usr/bin/WebKitWebDriver',
	SYSTEM_PYTHON,
	'/usr/bin/Xvfb',
];

const ids = (probe: Probe) => missingTestDependencies(probe).map(({ dependency }) => dependency.id);
const ROOT = { hasApt: true, isRoot: true, hasSudo: false };
const USER = { hasApt: true, isRoot: false, hasSudo: false };

describe('missingTestDependencies()', () => {
	test('finds nothing missing where Debian put everything', () => {
		expect(ids(fakeMachine(DEBIAN_FILES))).toEqual([]);
	});

	test('names every piece of a bare machine, in one list', () => {
		expect(ids(fakeMachine([]))).toEqual([
			'chromium',
			'java',
			'libreoffice',
			'firefox',
			'webkit-driver',
			'webkit-gtk',
			'xvfb',
		]);
	});

	test('takes CHROMIUM_PATH, JAVA_HOME and FIREFOX_PATH before PATH', () => {
		const probe = fakeMachine(['/opt/chrome/chrome', '/opt/jdk/bin/java', '/opt/ff/firefox'], {
			PATH: '/usr/bin',
			CHROMIUM_PATH: '/opt/chrome/chrome',
			JAVA_HOME: '/opt/jdk',
			FIREFOX_PATH: '/opt/ff/firefox',
		});
		expect(ids(probe)).not.toContain('chromium');
		expect(findTestDependency('java', probe)).toBe('/opt/jdk/bin/java');
		expect(findTestDependency('firefox', probe)).toBe('/opt/ff/firefox');
	});

	test('says so when a variable points at nothing, even if PATH has one', () => {
		const probe = fakeMachine(DEBIAN_FILES, { PATH: '/usr/bin', JAVA_HOME: '/opt/gone' });
		expect(missingTestDependencies(probe).map(({ reason }) => reason)).toEqual([
			'JAVA_HOME is /opt/gone, but /opt/gone/bin/java does not exist',
		]);
	});

	test("falls back to Playwright's downloaded Chromium", () => {
		const probe = fakeMachine([
			...DEBIAN_FILES.filter((file) => file !== '/usr/bin/chromium'),
			'/root/.cache/ms-playwright/chromium-1234/chrome-linux/chrome',
		]);
		expect(ids(probe)).toEqual([]);
	});

	test('finds commands only on PATH, and WebKitGTK only through Python', () => {
		expect(ids(fakeMachine(DEBIAN_FILES, { PATH: '/nowhere' }))).toEqual([
			'chromium',
			'java',
			'libreoffice',
			'firefox',
			'webkit-driver',
			'xvfb',
		]);
		expect(ids(fakeMachine(DEBIAN_FILES, undefined, { hasWebKitBindings: false }))).toEqual([
			'webkit-gtk',
		]);
	});
});

describe('nextSetupStep()', () => {
	const missing = (...files: string[]) => missingTestDependencies(fakeMachine(files));

	test('is ready when nothing is missing', () => {
		expect(nextSetupStep([], USER)).toEqual({ step: 'ready' });
	});

	test('installs every missing Debian package at once as root, or with sudo', () => {
		expect(nextSetupStep(missing(), ROOT)).toEqual({
			step: 'apt',
			packages: [
				'chromium',
				'default-jre-headless',
				'libreoffice-calc-nogui',
				'firefox-esr',
				'webkit2gtk-driver',
				'gir1.2-webkit2-4.1',
				'python3-gi',
				'xvfb',
			],
			sudo: false,
		});
		expect(nextSetupStep(missing(...DEBIAN_FILES.slice(1)), { ...USER, hasSudo: true })).toEqual({
			step: 'apt',
			packages: ['chromium'],
			sudo: true,
		});
	});

	test("without root or sudo, gets Playwright's Chromium, then stops once for the rest", () => {
		const bare = missing();
		expect(nextSetupStep(bare, USER)).toEqual({ step: 'playwright-chromium' });
		const step = nextSetupStep(bare.slice(1), USER, { triedPlaywright: true });
		expect(step).toEqual({ step: 'stop', message: stopMessage(bare.slice(1)) });
	});

	test('stops after one install that left something missing, instead of trying again', () => {
		expect(nextSetupStep(missing(), ROOT, { triedApt: true }).step).toBe('stop');
	});

	test('stops at once on a machine without apt-get, naming the packages all the same', () => {
		const step = nextSetupStep(missing(...DEBIAN_FILES.slice(1)), {
			hasApt: false,
			isRoot: true,
			hasSudo: false,
		});
		expect(step).toEqual({ step: 'playwright-chromium' });
		expect(
			nextSetupStep(missing('/usr/bin/chromium'), { hasApt: false, isRoot: true, hasSudo: false })
				.step
		).toBe('stop');
	});
});

describe('stopMessage()', () => {
	test('names every missing piece with its reason, and one command for them all', () => {
		const message = stopMessage(missingTestDependencies(fakeMachine(['/usr/bin/chromium'])));
		expect(message.split('\n')).toEqual([
			'npm test needs 6 more things that npm does not install:',
			'  - Java 11 or later, for the Nu Html Checker (npm run test:html): no java on PATH (or set JAVA_HOME)',
			'  - LibreOffice Calc, which opens the exported CSV in the spreadsheet test: no soffice or libreoffice on PATH',
			'  - Firefox ESR, for npm run test:engines: no firefox-esr or firefox on PATH (or set FIREFOX_PATH)',
			'  - WebKitWebDriver (WebKitGTK), for npm run test:engines: no WebKitWebDriver on PATH',
			"  - WebKitGTK's Python bindings, which open the engine tests' WebKit window: /usr/bin/python3 cannot import WebKit2 4.1 through gi",
			'  - Xvfb, the virtual screen WebKitGTK draws on in npm run test:engines: no Xvfb on PATH',
			'Install them all (Debian 12 or later) with:',
			'  sudo apt-get install -y default-jre-headless libreoffice-calc-nogui firefox-esr webkit2gtk-driver gir1.2-webkit2-4.1 python3-gi xvfb',
			'then run npm test again.',
		]);
	});

	test('counts one piece in the singular', () => {
		expect(stopMessage(missingTestDependencies(fakeMachine(DEBIAN_FILES.slice(1))))).toMatch(
			/^npm test needs 1 more thing that/
		);
	});
});

test('the packages .ci/run used to install are all on the list, each once (#26)', () => {
	const all = debianPackages(TEST_DEPENDENCIES.map((dependency) => ({ dependency, reason: '' })));
	expect(all).toEqual([...new Set(all)]);
	expect(all).toEqual(
		expect.arrayContaining([
			'chromium',
			'default-jre-headless',
			'libreoffice-calc-nogui',
			'firefox-esr',
			'webkit2gtk-driver',
			'gir1.2-webkit2-4.1',
			'python3-gi',
			'xvfb',
		])
	);
});
