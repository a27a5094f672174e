/**
 * Loads Pagefind's own `pagefind.js` from the built site, in the browser, when search is first
 * opened. The bundle path comes from the page (`baseUrl('pagefind/')`), so `astro build --base`
 * works, and result URLs get the same base.
 */
import { entryIndexHash, indexState, type IndexState } from './index-state';
import type { PagefindApi } from './search-results';

/** The module `pagefind.js` exports (Pagefind 1.6), as far as the site uses it. */
interface PagefindModule extends PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	destroy(): Promise<void>;
}

function isPagefindModule(value: unknown): value is PagefindModule {
	if (typeof value !== 'object' || value === null) return false;
	const module = value as Record<string, unknown>;
	return ['options', 'init', 'search', 'destroy'].every(
		(name) => typeof module[name] === 'function'
	);
}

let loading: Promise<PagefindApi> | undefined;

/** The hash of the index this page's Pagefind loaded (read beside it), for `checkIndex`. */
let loadedIndex: Promise<string | undefined> | undefined;

/**
 * The hash naming the page's language's index in the site's entry file now; undefined if the
 * file cannot be fetched or read. The query defeats caches between the page and the site, as
 * Pagefind's own `?ts=` does; the service worker ignores it and answers from the build the page
 * came from.
 */
async function fetchIndexHash(bundlePath: string): Promise<string | undefined> {
	try {
		const response = await fetch(`${bundlePath}pagefind-entry.json?ts=${Date.now()}`, {
			cache: 'no-store',
		});
		if (!response.ok) return undefined;
		return entryIndexHash(await response.json(), document.documentElement.lang);
	} catch {
		return undefined;
	}
}

/**
 * Imports and starts Pagefind once per page; later calls share the first, until a search fails
 * (then the next call starts it afresh). Pagefind picks the index of the page's `<html lang>`.
 * @example await loadPagefind('/pagefind/') → Pagefind's search, ready
 */
export function loadPagefind(bundlePath: string): Promise<PagefindApi> {
	loading ??= (async () => {
		loadedIndex = fetchIndexHash(bundlePath);
		const module: unknown = await import(/* @vite-ignore */ `${bundlePath}pagefind.js`);
		if (!isPagefindModule(module))
			throw new Error(`${bundlePath}pagefind.js is not Pagefind’s search API`);
		await module.options({
			basePath: bundlePath,
			// On the main thread: the worker is a second copy of pagefind.js (12 KB gzip, one more
			// request), and a search over this index takes a few milliseconds.
			noWorker: true,
			excerptLength: 24,
			excerptEllipsis: '…',
		});
		await module.init();
		return {
			search: async (term) => {
				try {
					return await module.search(term);
				} catch (error) {
					// Pagefind keeps the error of a start that could not fetch its index (offline) and
					// throws it at every later search: start it afresh at the next attempt.
					if (loading === started) loading = undefined;
					await module.destroy().catch(() => undefined);
					throw error;
				}
			},
		};
	})();
	const started = loading;
	loading.catch(() => {
		// Let the next attempt (the reader typing again) try afresh.
		loading = undefined;
	});
	return loading;
}

/**
 * Whether a search that found nothing searched the site's current index (`index-state.ts`):
 * `unreachable` when the index cannot be fetched, `changed` when the site has a newer one than
 * this page loaded.
 * @example await checkIndex('/pagefind/') → 'current'
 */
export async function checkIndex(bundlePath: string): Promise<IndexState> {
	const current = await fetchIndexHash(bundlePath);
	return indexState(await loadedIndex, current);
}
