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
 * Opens `url` and sums every script it loads until the network is idle, without touching the page:
 * external scripts and modules (including islands hydrated on load and their imports) plus inline
 * scripts. The page is scrolled to the bottom first, so islands hydrated `client:visible` count.
 */
export async function measureScripts(page: Page, url: string): Promise<ScriptBudget> {
	const bodies = new Map<string, Promise<Buffer>>();
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') bodies.set(response.url(), response.body());
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	const inline = await page.$$eval('script:not([src])', (scripts) =>
		(scripts as HTMLScriptElement[])
			.filter((script) => !script.type || script.type === 'module' || script.type === 'text/javascript')
			.map((script) => script.textContent ?? '')
	);
	const chunks = [...(await Promise.all(bodies.values())), ...inline.map((text) => Buffer.from(text))];
	return {
		gzipBytes: chunks.reduce((sum, chunk) => sum + gzipSync(chunk, { level: 9 }).length, 0),
		rawBytes: chunks.reduce((sum, chunk) => sum + chunk.length, 0),
		files: [...bodies.keys()].map((href) => new URL(href).pathname),
	};
}
