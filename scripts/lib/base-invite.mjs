// The invitation under a sub-path: serves a site built with `--base`, opens its team page in each
// language and reads the invitation's QR code as a phone would (a screenshot read by jsQR). The
// code must be the assessment page under the same origin and base path (#14), with a session's
// name in its fragment once one is typed (#22). The service worker
// must register with the base as its scope and serve another page offline (#21).
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { serveStatic } from './static-server.mjs';

/**
 * Problems found with the invitation of the build in `dir`, served under `base`; empty when the QR
 * code of every language reads as its assessment page there.
 * @example await checkInviteUnderBase('dist-base', '/clientship/') → []
 */
export async function checkInviteUnderBase(dir, base, port = 4479) {
	const server = serveStatic(dir, port, base);
	const browser = await chromium.launch(chromiumLaunchOptions());
	const problems = [];
	try {
		for (const lang of ['en', 'ru']) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			const origin = `http://localhost:${port}`;
			await page.goto(`${origin}${base}${lang}/team/`, { waitUntil: 'networkidle' });
			await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
			await page.locator('#invite-assessment').selectOption('relationship-health');
			const expected = `${origin}${base}${lang}/assessments/relationship-health/`;
			const qr = page.locator('.invite-qr svg');
			await qr.waitFor();
			await page.waitForFunction(
				(url) => document.querySelector('.invite-url')?.textContent === url,
				expected
			);
			const readQr = async () => {
				const png = PNG.sync.read(await qr.screenshot());
				return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
			};
			const read = await readQr();
			if (read !== expected) problems.push(`${lang}: the QR code reads ${read}, not ${expected}`);
			// A named session rides in the invitation's fragment, under the base too (#22).
			await page.locator('#invite-session').fill('Юг');
			const named = `${expected}#s=%D0%AE%D0%B3`;
			await page.waitForFunction(
				(url) => document.querySelector('.invite-url')?.textContent === url,
				named
			);
			// The code is drawn again once the QR library has the new address: read until it is.
			let readNamed;
			for (let attempt = 0; attempt < 50 && readNamed !== named; attempt++) {
				readNamed = await readQr();
			}
			if (readNamed !== named) {
				problems.push(`${lang}: with a session, the QR code reads ${readNamed}, not ${named}`);
			}

			const scope = await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.ready;
				if (!navigator.serviceWorker.controller) {
					await new Promise((resolve) =>
						navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
					);
				}
				return registration.scope;
			});
			if (scope !== `${origin}${base}`) {
				problems.push(`${lang}: the service worker's scope is ${scope}, not ${origin}${base}`);
			}
			await page.context().setOffline(true);
			const offline = await page
				.goto(`${origin}${base}${lang}/about/`)
				.then((response) => response?.status())
				.catch((error) => String(error));
			if (offline !== 200) problems.push(`${lang}: offline, ${base}${lang}/about/ gave ${offline}`);
			await page.context().setOffline(false);
			await page.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
	return problems;
}
