import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's `chromium` package. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** What to run when no Chromium is found: one line, printed as it is. */
export const NO_CHROMIUM_MESSAGE =
	'No Chromium for Playwright: run `sudo apt-get install chromium` (Debian, Ubuntu) or ' +
	'`npx playwright install --with-deps chromium`, or set CHROMIUM_PATH to a Chromium binary.';

/**
 * The Chromium binary the end-to-end tests and the browser scripts use, or an error message that
 * says what to install. In order: `CHROMIUM_PATH` (which must exist), Debian's `/usr/bin/chromium`,
 * then the Chromium that `npx playwright install chromium` downloads for this Playwright version.
 * Nothing is downloaded here: browsers cannot be downloaded on every machine.
 *
 * @example findChromium() → { path: '/usr/bin/chromium' } on this machine
 * @example findChromium() → { error: 'No Chromium for Playwright: run …' } on a bare machine
 */
export function findChromium(): { path: string } | { error: string } {
	const configured = process.env['CHROMIUM_PATH'];
	if (configured) {
		return existsSync(configured)
			? { path: configured }
			: { error: `CHROMIUM_PATH is ${configured}, which does not exist.` };
	}
	for (const candidate of [SYSTEM_CHROMIUM, chromium.executablePath()]) {
		if (existsSync(candidate)) return { path: candidate };
	}
	return { error: NO_CHROMIUM_MESSAGE };
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
