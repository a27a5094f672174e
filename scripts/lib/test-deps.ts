/**
 * What `npm test` needs beyond npm packages, in one list: each piece, what it is for, how to find
 * it on this machine (an environment variable first, where there is one) and the Debian package
 * that installs it. `scripts/setup-test-deps.mjs` installs what is missing before the tests run;
 * the tests and scripts that use a piece find it here too (`findTestDependency()`).
 *
 * Finding and deciding are pure, over a `Probe` of the machine, so that tests can describe a bare
 * machine with a fake PATH and environment; `machineProbe()` is the real one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** What a finder may ask of the machine. */
export interface Probe {
	/** The environment: `PATH`, `CHROMIUM_PATH`, `JAVA_HOME`… */
	env: Readonly<Record<string, string | undefined>>;
	/** Whether a file exists. */
	isFile(path: string): boolean;
	/** Whether a command exits 0. */
	succeeds(command: string, args: string[]): boolean;
	/** Where Playwright keeps the Chromium `npx playwright install chromium` downloads. */
	playwrightChromium(): string;
}

/** One piece of the test setup. */
export interface TestDependency {
	id: 'chromium' | 'java' | 'libreoffice' | 'firefox' | 'webkit-driver' | 'webkit-gtk' | 'xvfb';
	/** What it is and what needs it, for messages. */
	what: string;
	/** The Debian packages that install it. */
	debian: string[];
	/** The variable that points at it, if one may. */
	variable?: string;
	/** Its path on this machine, or why it is not there. */
	find(probe: Probe): Found;
}

/** Where a piece is, or why it is not there. */
export type Found = { path: string } | { missing: string };

/** The Python with Debian's GObject bindings, which the WebKitGTK window of the engine tests runs on. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

/**
 * A command's path from `PATH`, as a shell would find it.
 * @example onPath('java', probe) → '/usr/bin/java'
 */
export function onPath(command: string, probe: Probe): string | undefined {
	for (const dir of (probe.env['PATH'] ?? '').split(delimiter)) {
		if (dir && probe.isFile(join(dir, command))) return join(dir, command);
	}
	return undefined;
}

/** A path from `variable` (which must exist), else the first command found on `PATH`. */
function fromVariableOrPath(
	probe: Probe,
	variable: string | undefined,
	commands: string[],
	resolve: (value: string) => string = (value) => value
): Found {
	const configured = variable ? probe.env[variable] : undefined;
	if (configured) {
		const path = resolve(configured);
		return probe.isFile(path)
			? { path }
			: { missing: `${variable} is ${configured}, but ${path} does not exist` };
	}
	for (const command of commands) {
		const path = onPath(command, probe);
		if (path) return { path };
	}
	return { missing: `no ${commands.join(' or ')} on PATH` };
}

/** Everything `npm test` needs that npm does not install, in the order the tests first need it. */
export const TEST_DEPENDENCIES: readonly TestDependency[] = [
	{
		id: 'chromium',
		what: 'Chromium, for the end-to-end tests (Playwright)',
		debian: ['chromium'],
		variable: 'CHROMIUM_PATH',
		find(probe) {
			const found = fromVariableOrPath(probe, 'CHROMIUM_PATH', ['chromium']);
			if ('path' in found || probe.env['CHROMIUM_PATH']) return found;
			const downloaded = probe.playwrightChromium();
			return probe.isFile(downloaded)
				? { path: downloaded }
				: { missing: 'no chromium on PATH, and no Chromium downloaded by Playwright' };
		},
	},
	{
		id: 'java',
		what: 'Java 11 or later, for the Nu Html Checker (npm run test:html)',
		debian: ['default-jre-headless'],
		variable: 'JAVA_HOME',
		find: (probe) =>
			fromVariableOrPath(probe, 'JAVA_HOME', ['java'], (home) => join(home, 'bin', 'java')),
	},
	{
		id: 'libreoffice',
		what: 'LibreOffice Calc, which opens the exported CSV in the spreadsheet test',
		debian: ['libreoffice-calc-nogui'],
		find: (probe) => fromVariableOrPath(probe, undefined, ['soffice', 'libreoffice']),
	},
	{
		id: 'firefox',
		what: 'Firefox ESR, for npm run test:engines',
		debian: ['firefox-esr'],
		variable: 'FIREFOX_PATH',
		find: (probe) => fromVariableOrPath(probe, 'FIREFOX_PATH', ['firefox-esr', 'firefox']),
	},
	{
		id: 'webkit-driver',
		what: 'WebKitWebDriver (WebKitGTK), for npm run test:engines',
		debian: ['webkit2gtk-driver'],
		find: (probe) => fromVariableOrPath(probe, undefined, ['WebKitWebDriver']),
	},
	{
		id: 'webkit-gtk',
		what: "WebKitGTK's Python bindings, which open the engine tests' WebKit window",
		debian: ['gir1.2-webkit2-4.1', 'python3-gi'],
		find: (probe) =>
			probe.isFile(SYSTEM_PYTHON) &&
			probe.succeeds(SYSTEM_PYTHON, [
				'-c',
				"import gi; gi.require_version('Gtk', '3.0'); gi.require_version('WebKit2', '4.1')",
			])
				? { path: SYSTEM_PYTHON }
				: { missing: `${SYSTEM_PYTHON} cannot import WebKit2 4.1 through gi` },
	},
	{
		id: 'xvfb',
		what: 'Xvfb, the virtual screen WebKitGTK draws on in npm run test:engines',
		debian: ['xvfb'],
		find: (probe) => fromVariableOrPath(probe, undefined, ['Xvfb']),
	},
];

/** A piece of the setup that is not on this machine, and why. */
export interface Missing {
	dependency: TestDependency;
	reason: string;
}

/**
 * The pieces `probe` does not find.
 * @example missingTestDependencies(machineProbe()) → [] on a machine set up by .ci/run
 */
export function missingTestDependencies(
	probe: Probe,
	dependencies: readonly TestDependency[] = TEST_DEPENDENCIES
): Missing[] {
	return dependencies.flatMap((dependency) => {
		const found = dependency.find(probe);
		return 'missing' in found ? [{ dependency, reason: found.missing }] : [];
	});
}

/**
 * One piece's path, or an error that names what to install: for the tests and scripts that use it.
 * @example findTestDependency('java') → '/usr/bin/java'
 */
export function findTestDependency(
	id: TestDependency['id'],
	probe: Probe = machineProbe()
): string {
	const dependency = TEST_DEPENDENCIES.find((candidate) => candidate.id === id);
	if (!dependency) throw new Error(`unknown test dependency ${id}`);
	const found = dependency.find(probe);
	if ('path' in found) return found.path;
	throw new Error(stopMessage([{ dependency, reason: found.missing }]));
}

/** What this machine lets the setup do about missing pieces. */
export interface Abilities {
	/** `apt-get` is there (Debian, Ubuntu). */
	hasApt: boolean;
	/** Running as root. */
	isRoot: boolean;
	/** `sudo -n` works without a password. */
	hasSudo: boolean;
}

/** What the setup does next. */
export type SetupStep =
	| { step: 'ready' }
	/** Install these Debian packages (with `sudo` unless root), then look again. */
	| { step: 'apt'; packages: string[]; sudo: boolean }
	/** Download Playwright's own Chromium (no root needed), then look again. */
	| { step: 'playwright-chromium' }
	/** Stop, saying this. */
	| { step: 'stop'; message: string };

/**
 * The Debian packages that install `missing`, each once.
 * @example debianPackages([{ dependency: webkitGtk, … }]) → ['gir1.2-webkit2-4.1', 'python3-gi']
 */
export function debianPackages(missing: readonly Missing[]): string[] {
	return [...new Set(missing.flatMap(({ dependency }) => dependency.debian))];
}

/**
 * The one message for a machine the setup cannot complete: every missing piece with the reason,
 * and the one command that installs them all.
 * @example stopMessage([{ dependency: java, reason: 'no java on PATH' }]) → 'npm test needs 1 more thing…'
 */
export function stopMessage(missing: readonly Missing[]): string {
	const lines = missing.map(
		({ dependency, reason }) =>
			`  - ${dependency.what}: ${reason}` +
			(dependency.variable ? ` (or set ${dependency.variable})` : '')
	);
	return [
		`npm test needs ${missing.length === 1 ? '1 more thing' : `${missing.length} more things`} that npm does not install:`,
		...lines,
		'Install them all (Debian 12 or later) with:',
		`  sudo apt-get install -y ${debianPackages(missing).join(' ')}`,
		'then run npm test again.',
	].join('\n');
}

/**
 * The next step of the setup, given what is missing, what this machine allows and whether
 * Playwright's Chromium download was tried already. Packages come from Debian when the setup may
 * install them (root, or sudo without a password); without that, only Chromium can be had, from
 * Playwright's own download; whatever is still missing then stops the run once, with one message.
 * @example nextSetupStep([], abilities) → { step: 'ready' }
 * @example nextSetupStep([java], { hasApt: true, isRoot: true, hasSudo: false }) → { step: 'apt', packages: ['default-jre-headless'], sudo: false }
 */
export function nextSetupStep(
	missing: readonly Missing[],
	abilities: Abilities,
	{ triedApt = false, triedPlaywright = false } = {}
): SetupStep {
	if (missing.length === 0) return { step: 'ready' };
	const mayInstall = abilities.hasApt && (abilities.isRoot || abilities.hasSudo);
	if (mayInstall && !triedApt) {
		return { step: 'apt', packages: debianPackages(missing), sudo: !abilities.isRoot };
	}
	const needsChromium = missing.some(({ dependency }) => dependency.id === 'chromium');
	if (needsChromium && !triedPlaywright && !triedApt) return { step: 'playwright-chromium' };
	return { step: 'stop', message: stopMessage(missing) };
}

/**
 * This machine, as the finders see it.
 * @example missingTestDependencies(machineProbe())
 */
export function machineProbe(): Probe {
	return {
		env: process.env,
		isFile: (path) => {
			try {
				return existsSync(path) && statSync(path).isFile();
			} catch {
				return false;
			}
		},
		succeeds: (command, args) =>
			spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 }).status === 0,
		playwrightChromium: () => playwrightChromiumPath(),
	};
}

/**
 * Where `npx playwright install chromium` puts Chromium for this Playwright version, read from
 * Playwright's own registry without loading the test runner. Empty when Playwright cannot say.
 */
function playwrightChromiumPath(): string {
	try {
		const run = spawnSync(
			process.execPath,
			[
				'--input-type=module',
				'-e',
				"import { chromium } from 'playwright-core'; process.stdout.write(chromium.executablePath())",
			],
			{ encoding: 'utf8', timeout: 30_000 }
		);
		return run.status === 0 ? run.stdout.trim() : '';
	} catch {
		return '';
	}
}
