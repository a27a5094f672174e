/**
 * What a reader's first search costs on the built site: the bytes fetched once the page has
 * loaded (search code, Pagefind, its index chunks and the fragments of the pages shown) and the
 * time from the last keystroke to the first result drawn. Used by `scripts/measure-search.mjs`
 * and `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

/** The query each language's first search types: a word every lesson has, in an inflected form. */
export const FIRST_QUERIES = { en: 'metrics', ru: 'клиентами' } as const;

/** One file fetched for search, with the bytes it takes on the wire. */
export interface FetchedFile {
	path: string;
	/** Gzip level 9 for scripts (a host compresses them); as stored for Pagefind's own files, which are compressed already. */
	wire: number;
}

/** One search: what it fetched and how long the answer took. */
export interface SearchCost {
	fetched: FetchedFile[];
	/** Milliseconds from the last keystroke (input event) to the first result drawn. */
	latency: number;
}

/**
 * One run in a fresh browser context: a lesson page, the header's search button, then the query,
 * typed key by key at about 8 keys a second (`typed`) or pasted in one go.
 * @example await measureSearch(browser, 'http://localhost:4500', 'ru', false) → { fetched: [{ path: '/pagefind/pagefind.js', wire: 13378 }, …], latency: 110.6 }
 */
export async function measureSearch(
	browser: Browser,
	base: string,
	lang: 'en' | 'ru',
	typed: boolean
): Promise<SearchCost> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
	const page = await context.newPage();
	const fetched: Promise<FetchedFile>[] = [];
	let counting = false;
	page.on('response', (response) => {
		if (!counting) return;
		fetched.push(
			response
				.body()
				.catch(() => Buffer.alloc(0))
				.then((body) => {
					const path = new URL(response.url()).pathname;
					return {
						path,
						wire: path.endsWith('.js') ? gzipSync(body, { level: 9 }).length : body.length,
					};
				})
		);
	});
	await page.goto(`${base}/${lang}/lessons/partners-not-customers/`, { waitUntil: 'networkidle' });
	counting = true;
	await page
		.getByRole('banner')
		.getByRole('button', { name: lang === 'en' ? 'Search' : 'Поиск', exact: true })
		.click();
	const query = FIRST_QUERIES[lang];
	await page.evaluate(() => {
		const list = document.querySelector('dialog [data-search-results]');
		const state = window as unknown as {
			__keys: number[];
			__renders: { query: string | null | undefined; at: number }[];
		};
		state.__keys = [];
		state.__renders = [];
		document.addEventListener('input', () => state.__keys.push(performance.now()), {
			capture: true,
		});
		// A render counts as drawn at the frame after the list changed.
		new MutationObserver(() => {
			const shown = list?.getAttribute('data-query');
			requestAnimationFrame(() => state.__renders.push({ query: shown, at: performance.now() }));
		}).observe(list ?? document.body, {
			childList: true,
			attributes: true,
			attributeFilter: ['data-query'],
		});
	});
	if (typed) {
		for (const character of query) {
			await page.keyboard.type(character);
			await page.waitForTimeout(120);
		}
	} else {
		await page.getByRole('searchbox').fill(query);
	}
	await page.waitForFunction(
		(final) =>
			(window as unknown as { __renders: { query: string }[] }).__renders.some(
				(render) => render.query === final
			),
		query
	);
	const latency = await page.evaluate((final) => {
		const state = window as unknown as {
			__keys: number[];
			__renders: { query: string; at: number }[];
		};
		const lastKey = state.__keys.at(-1) ?? 0;
		const drawn = state.__renders
			.filter((render) => render.query === final && render.at > lastKey)
			.map((render) => render.at);
		return Math.min(...drawn) - lastKey;
	}, query);
	await page.waitForLoadState('networkidle');
	const files = await Promise.all(fetched);
	await context.close();
	return { latency, fetched: files };
}

/** The bytes of a list of fetched files. */
export function wireBytes(files: readonly FetchedFile[]): number {
	return files.reduce((total, file) => total + file.wire, 0);
}
