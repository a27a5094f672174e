import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, findChromium } from './scripts/lib/chromium';

const PORT = Number(process.env['E2E_PORT'] ?? 4321);

// Without a browser every test would fail deep inside Playwright: stop at once, saying what to
// install (Playwright's own browser is not downloaded behind the reader's back).
const browser = findChromium();
if ('error' in browser) {
	console.error(browser.error);
	process.exit(1);
}

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: Boolean(process.env['CI']),
	fullyParallel: true,
	// Two browsers at once suit a two-core machine; the tests are mostly waiting on the browser.
	workers: 2,
	reporter: process.env['CI'] ? [['list'], ['html', { open: 'never' }]] : 'list',
	// Limits, not waits: every wait is on what the page shows. A test that takes 10 s on an idle
	// machine can take several times as long beside other CPU-bound work, and no test may fail for
	// time alone; the longest walks set their own limit.
	timeout: 120_000,
	expect: { timeout: 20_000 },
	use: {
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		trace: 'retain-on-failure',
		// The system's Chromium where there is one: browsers cannot be downloaded everywhere.
		launchOptions: chromiumLaunchOptions(),
		// Each test's fresh browser would install the service worker, which downloads the whole
		// site (#21), and a page it controls is out of reach of `page.route`. The specs about
		// offline use allow it (tests/e2e/offline.spec.ts).
		serviceWorkers: 'block',
	},
	// The built site, served as a static host would (run `npm run build` first; `npm test` does).
	webServer: {
		command: `npx astro preview --port ${PORT}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 180_000,
	},
});
