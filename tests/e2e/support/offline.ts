/** Waiting on the site's service worker (#21) the way the page itself learns of it. */
import type { Page } from '@playwright/test';

/**
 * Waits until the service worker has installed (its precache complete), is active and controls
 * the page; returns how many requests its caches hold.
 */
export async function waitForServiceWorker(page: Page): Promise<number> {
	return page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
		let count = 0;
		for (const name of await caches.keys())
			count += (await (await caches.open(name)).keys()).length;
		return count;
	});
}
