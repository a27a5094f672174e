/**
 * Pagefind's own browser script (`pagefind.js` from a built bundle), run in Node for the
 * search-quality suite. It is given what it expects from a page: `fetch` for its files (read from
 * disk here) and a `document` whose `<html lang>` picks the index. Each language gets its own copy
 * of the module, because Pagefind keeps its WebAssembly (one per language) in module state.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../../src/client/search/search-results';

/** The URL path the bundle is served under in the suite (any path works; this one is the default). */
const BUNDLE_PATH = '/pagefind/';

interface PagefindModule extends PagefindApi {
	createInstance(options: Record<string, unknown>): PagefindApi & {
		init(): Promise<void>;
		destroy(): Promise<void>;
	};
}

let fetchInstalled = false;
const bundles = new Map<string, string>();

function installFetch(): void {
	if (fetchInstalled) return;
	fetchInstalled = true;
	const realFetch = globalThis.fetch;
	globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		const path = url.replace(/\?.*$/u, '');
		for (const [prefix, directory] of bundles) {
			if (path.startsWith(prefix))
				return new Response(await readFile(join(directory, path.slice(prefix.length))));
		}
		return realFetch(input, init);
	};
}

/**
 * Loads the Pagefind bundle in `directory` for one language and returns its search API, as the
 * browser has it (main thread, no worker).
 * @example const api = await loadPagefindInNode('dist/pagefind', 'ru')
 */
export async function loadPagefindInNode(directory: string, lang: string): Promise<PagefindApi> {
	const prefix = `/${bundles.size}${BUNDLE_PATH}`;
	bundles.set(prefix, directory);
	installFetch();
	const previous = globalThis.document;
	// What pagefind.js reads from a page: no current script, and the language of <html>.
	Object.assign(globalThis, {
		document: { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) },
	});
	try {
		const module = (await import(
			`${pathToFileURL(join(directory, 'pagefind.js')).href}?lang=${lang}&n=${bundles.size}`
		)) as PagefindModule;
		const instance = module.createInstance({
			basePath: prefix,
			baseUrl: '/',
			noWorker: true,
			excerptLength: 24,
			excerptEllipsis: '…',
		});
		await instance.init();
		return instance;
	} finally {
		Object.assign(globalThis, { document: previous });
	}
}
