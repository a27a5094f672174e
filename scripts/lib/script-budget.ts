/** Measures the JavaScript a page loads before any interaction, gzipped at level 9. */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** Bytes of JavaScript (inline and files, before and after gzip) a page loads, and the files. */
export interface ScriptBudget {
	gzipBytes: number;
	rawBytes: number;
	files: string[];
}

/**
 * Opens `url` and sums every script it loads until the network is idle, without interacting:
 * external scripts and modules (islands and their imports included) plus inline scripts. Each
 * island is scrolled into view first, so those hydrated `client:visible` count.
 */
export async function measureScripts(page: Page, url: string): Promise<ScriptBudget> {
	const bodies = new Map<string, Promise<Buffer>>();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') bodies.set(response.url(), response.body());
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	// Islands hydrate once they scroll into view: bring each into view and wait until Astro has
	// hydrated it (it then drops `ssr`), as a reader scrolling through the page would.
	const islands = page.locator('astro-island');
	for (let index = 0; index < (await islands.count()); index++) {
		await islands.nth(index).scrollIntoViewIfNeeded();
		await page.waitForFunction(
			(nth) => !document.querySelectorAll('astro-island')[nth]?.hasAttribute('ssr'),
			index
		);
	}
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForTimeout(300);
	await page.waitForLoadState('networkidle');
	const inline = await page.$$eval('script:not([src])', (scripts) =>
		(scripts as HTMLScriptElement[])
			.filter(
				(script) => !script.type || script.type === 'module' || script.type === 'text/javascript'
			)
			.map((script) => script.textContent ?? '')
	);
	const chunks = [
		...(await Promise.all(bodies.values())),
		...inline.map((text) => Buffer.from(text)),
	];
	return {
		gzipBytes: chunks.reduce((sum, chunk) => sum + gzipSync(chunk, { level: 9 }).length, 0),
		rawBytes: chunks.reduce((sum, chunk) => sum + chunk.length, 0),
		files: [...bodies.keys()].map((href) => new URL(href).pathname),
	};
}
