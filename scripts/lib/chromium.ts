import { chromium } from '@playwright/test';
import { TEST_DEPENDENCIES, machineProbe, stopMessage } from './test-deps.ts';

/**
 * The Chromium binary the end-to-end tests and the browser scripts use, or an error message that
 * says what to install: found as `test-deps.ts` finds it (`CHROMIUM_PATH`, which must exist, then
 * `chromium` on the PATH, as Debian's package installs it, then the Chromium that
 * `npx playwright install chromium` downloaded for this Playwright version). Nothing is
 * downloaded here; `npm test` sets the machine up first (`scripts/setup-test-deps.mjs`).
 *
 * @example findChromium() → { path: '/usr/bin/chromium' } on this machine
 * @example findChromium() → { error: 'npm test needs 1 more thing…' } on a bare machine
 */
export function findChromium(): { path: string } | { error: string } {
	const dependency = TEST_DEPENDENCIES.find(({ id }) => id === 'chromium');
	if (!dependency) return { error: 'test-deps.ts lists no Chromium' };
	const found = dependency.find({
		...machineProbe(),
		playwrightChromium: () => chromium.executablePath(),
	});
	return 'path' in found ? found : { error: stopMessage([{ dependency, reason: found.missing }]) };
}

/**
 * Launch options for Chromium, shared by the end-to-end tests and the scripts that drive a browser
 * (benchmark, search timing, screenshots, the OG image): the binary `findChromium()` finds, and
 * flags that keep Chromium from calling home, so a test or a measurement never sees a request the
 * site did not make. Throws with `findChromium()`'s message when there is no Chromium.
 *
 * @example chromium.launch(chromiumLaunchOptions()) → a headless Debian Chromium on this machine
 */
export function chromiumLaunchOptions(extraArgs: string[] = []): {
	executablePath: string;
	args: string[];
} {
	const found = findChromium();
	if ('error' in found) throw new Error(found.error);
	return {
		executablePath: found.path,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			...extraArgs,
		],
	};
}
