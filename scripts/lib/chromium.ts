import { existsSync } from 'node:fs';

/**
 * Launch options for Chromium, shared by the end-to-end tests and the scripts that drive a browser
 * (benchmark, search timing, screenshots, the OG image).
 *
 * Browsers cannot be downloaded on every machine, so use the system's Chromium when there is one:
 * `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else Playwright's own browser. The flags keep
 * Chromium from calling home, so a test or a measurement never sees a request the site did not make.
 *
 * @example chromium.launch(chromiumLaunchOptions()) → a headless Debian Chromium on this machine
 */
export function chromiumLaunchOptions(extraArgs: string[] = []): {
	executablePath?: string;
	args: string[];
} {
	const executablePath =
		process.env['CHROMIUM_PATH'] ??
		(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	return {
		...(executablePath ? { executablePath } : {}),
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
