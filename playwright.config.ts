import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browsers cannot be downloaded on every machine, so use the system's Chromium when there is one:
 * CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser.
 */
const executablePath =
	process.env['CHROMIUM_PATH'] ??
	(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const PORT = Number(process.env['E2E_PORT'] ?? 4321);

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: Boolean(process.env['CI']),
	fullyParallel: true,
	// Two browsers at once suit a two-core machine; the tests are mostly waiting on the browser.
	workers: 2,
	reporter: process.env['CI'] ? [['list'], ['html', { open: 'never' }]] : 'list',
	timeout: 30_000,
	expect: { timeout: 7_000 },
	use: {
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		trace: 'retain-on-failure',
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	// The built site, served as a static host would (run `npm run build` first; `npm test` does).
	webServer: {
		command: `npx astro preview --port ${PORT}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
