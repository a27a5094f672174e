/**
 * Loads Pagefind's own `pagefind.js` from the built site, in the browser, when search is first
 * opened. The bundle path comes from the page (`baseUrl('pagefind/')`), so `astro build --base`
 * works, and result URLs get the same base.
 */
import type { PagefindApi } from './search-results';

/** The module `pagefind.js` exports (Pagefind 1.6), as far as the site uses it. */
interface PagefindModule extends PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
}

function isPagefindModule(value: unknown): value is PagefindModule {
	if (typeof value !== 'object' || value === null) return false;
	const module = value as Record<string, unknown>;
	return ['options', 'init', 'search'].every((name) => typeof module[name] === 'function');
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Imports and starts Pagefind once per page; later calls share the first. Pagefind picks the index
 * of the page's `<html lang>`.
 * @example await loadPagefind('/pagefind/') → the pagefind.js module, ready to search
 */
export function loadPagefind(bundlePath: string): Promise<PagefindApi> {
	loading ??= (async () => {
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
		return module;
	})();
	loading.catch(() => {
		// Let the next attempt (the reader typing again) try afresh.
		loading = undefined;
	});
	return loading;
}
