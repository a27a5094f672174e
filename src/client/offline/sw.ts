/// <reference lib="webworker" />
/**
 * The service worker (#21), made of Workbox's modules: `src/integrations/offline.ts` bundles it
 * after the build and Workbox's `injectManifest` writes the list of the site's files, each with
 * its revision, where `self.__WB_MANIFEST` stands. It is what Workbox's `generateSW` would write
 * from the same options, without running Babel and Terser over it on every build.
 *
 * - Every listed file is precached when the worker installs, and served from the cache from then
 *   on, whatever the query (`?q=` of the search page, Pagefind's `?ts=`): a static host ignores it
 *   too. A fragment (`#r=…`, where answers travel) never reaches a worker at all.
 * - Nothing else is ever stored: no runtime caching, so no answer, name or query enters a cache.
 * - An address the site lacks goes to the network; offline, the 404 page answers (it reads share
 *   links whose `#` became `%23`).
 * - A new build's worker waits until a page asks it to take over (`SKIP_WAITING`, sent when the
 *   reader chooses "Reload"), so a page never loads files of another build; the first install
 *   takes over the open page at once, so that its search works offline too.
 */
import { clientsClaim } from 'workbox-core';
import {
	cleanupOutdatedCaches,
	matchPrecache,
	precacheAndRoute,
	type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

/** The 404 page's URL under the site's base, set when the worker is bundled. */
declare const NOT_FOUND_URL: string;

precacheAndRoute(self.__WB_MANIFEST, {
	ignoreURLParametersMatching: [/./],
	directoryIndex: 'index.html',
	cleanURLs: false,
});
cleanupOutdatedCaches();
clientsClaim();

registerRoute(
	({ request }) => request.mode === 'navigate',
	// What Workbox's PrecacheFallbackPlugin does, whose type `exactOptionalPropertyTypes` refuses.
	new NetworkOnly({ plugins: [{ handlerDidError: () => matchPrecache(NOT_FOUND_URL) }] })
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
	const data: unknown = event.data;
	if (
		typeof data === 'object' &&
		data !== null &&
		(data as { type?: unknown }).type === 'SKIP_WAITING'
	) {
		void self.skipWaiting();
	}
});
