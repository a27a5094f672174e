/**
 * Offline after the first visit (#21): the service worker and the islands' client directive.
 *
 * The service worker is Workbox's: once the build is written (after Pagefind's index and the
 * island scripts, so this integration comes after `searchIndex()` in `astro.config.mjs`: Astro runs
 * the integrations' `astro:build:done` hooks one after another, in that order), esbuild bundles
 * `src/client/offline/sw.ts` (Workbox's precaching and routing modules) and Workbox's
 * `injectManifest` writes into it the list of the site's files with a revision each. The worker
 * precaches them at its first install and serves them from the cache from then on; a new build
 * gets a new list, which the browser installs beside the old one and uses only once the reader
 * reloads (`src/client/offline/service-worker.ts`), so a page and the files it loads later
 * (island code, the search index) always come from the same build. (Workbox's `generateSW`
 * writes the same worker from options, but runs Babel, Rollup and Terser over it and its list on
 * every build: 7-17 s here, longer than Astro takes to render the site; esbuild takes a fraction
 * of a second.)
 *
 * What is precached: every page in both languages, the island code, styles, strings, the search
 * index, icons and the web app manifests. What is not: link-preview images (for other sites'
 * crawlers), feeds, the sitemap, Pagefind's own UIs and worker, which the site does not use
 * (`NOT_PRECACHED`). Nothing else enters a cache (see `sw.ts`).
 *
 * The directive `client:idleRetry` hydrates an island when the browser is idle, like `client:idle`;
 * if the island's code cannot load (the connection dropped before it did), it says so beside the
 * island and tries again when the connection returns (`src/client/offline/idle-retry.ts`).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest, type InjectManifestOptions } from 'workbox-build';

/** The service worker's file, at the root of the site (its scope is the site's base). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** The client directive's name: `client:idleRetry`. */
export const IDLE_RETRY_DIRECTIVE = 'idleRetry';

/** The worker's source, bundled into the output folder before its file list is written in. */
const SERVICE_WORKER_SOURCE = fileURLToPath(new URL('../client/offline/sw.ts', import.meta.url));

/** The file types of the site's own files (pages, code, styles, data, images, the search index). */
const PRECACHED_TYPES =
	'html,js,css,json,svg,png,webmanifest,pagefind,pf_meta,pf_index,pf_fragment';

/**
 * Built files that are never precached (globs relative to the output folder), and why.
 */
export const NOT_PRECACHED = [
	// Link-preview images: fetched by other sites' crawlers, never by a page (1.5 MB).
	'og.png',
	'*/og/**',
	// Pagefind's ready-made interfaces, its worker and the index for pages in no language: the site
	// has its own search interface, runs Pagefind on the main thread, and every page has a language.
	'pagefind/pagefind-ui.*',
	'pagefind/pagefind-modular-ui.*',
	'pagefind/pagefind-component-ui.*',
	'pagefind/pagefind-highlight.js',
	'pagefind/pagefind-worker.js',
	'pagefind/wasm.unknown.pagefind',
	// For feed readers, crawlers and hosts, not for pages.
	'*/rss.xml',
	'sitemap-*.xml',
	'robots.txt',
	'_headers',
	// The worker itself, which the browser keeps apart.
	SERVICE_WORKER_FILE,
];

/** Where the built site is and how it is addressed. */
export interface BuiltSite {
	/** The output folder, absolute, ending in a separator. */
	dir: string;
	/** The site's base path (`/`, or `/clientship/` for `astro build --base /clientship/`). */
	base: string;
	/** The folder of Vite's hashed files in the output (`build.assets`, `_astro`). */
	assets: string;
}

/**
 * Workbox's `injectManifest` options for a built site whose bundled worker is `swSrc`: which
 * files are listed, under which URLs, and which need a revision of their own.
 * @example precacheOptions({ dir: '/x/dist/', base: '/clientship/', assets: '_astro' }, '/tmp/sw.js').swDest → '/x/dist/sw.js'
 */
export function precacheOptions(
	site: BuiltSite,
	swSrc: string
): InjectManifestOptions &
	Required<
		Pick<
			InjectManifestOptions,
			'globPatterns' | 'globIgnores' | 'modifyURLPrefix' | 'dontCacheBustURLsMatching'
		>
	> {
	const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
	return {
		swSrc,
		swDest: `${site.dir}${SERVICE_WORKER_FILE}`,
		globDirectory: site.dir,
		globPatterns: [`**/*.{${PRECACHED_TYPES}}`],
		globIgnores: NOT_PRECACHED,
		// URLs under the site's base, as the pages link them.
		modifyURLPrefix: { '': base },
		// Vite's files and Pagefind's chunks are named by their content: the name is the revision.
		dontCacheBustURLsMatching: new RegExp(
			`^${escapeRegExp(base)}(?:${escapeRegExp(site.assets)}/|pagefind/(?:index|fragment)/|pagefind/pagefind\\.[a-z]+_[0-9a-f]+\\.pf_meta$)`
		),
	};
}

/**
 * A text to match literally inside a regular expression.
 * @example escapeRegExp('/a.b/') → '\\/a\\.b\\/'
 */
function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** What `writeServiceWorker` did: how many files it listed, their bytes, Workbox's warnings. */
export interface PrecacheSummary {
	count: number;
	size: number;
	warnings: string[];
}

/**
 * Writes `sw.js` into a built site: the worker's source bundled by esbuild, with the list of the
 * site's files as they are now. (The update test runs it on a changed copy of a build.)
 */
export async function writeServiceWorker(site: BuiltSite): Promise<PrecacheSummary> {
	const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
	// Outside the output folder, so that the bundle is not listed among the site's files.
	const folder = await mkdtemp(join(tmpdir(), 'clientship-sw-'));
	const bundled = join(folder, SERVICE_WORKER_FILE);
	try {
		await build({
			entryPoints: [SERVICE_WORKER_SOURCE],
			outfile: bundled,
			bundle: true,
			format: 'iife',
			minify: true,
			target: 'es2020',
			define: {
				NOT_FOUND_URL: JSON.stringify(`${base}404.html`),
				// Workbox's modules log what they do unless built for production.
				'process.env.NODE_ENV': '"production"',
			},
			logLevel: 'warning',
		});
		const { count, size, warnings } = await injectManifest(precacheOptions(site, bundled));
		return { count, size, warnings };
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
}

/** The Astro integration: the client directive, and the service worker after the build. */
export default function offline(): AstroIntegration {
	let base = '/';
	let assets = '_astro';
	return {
		name: 'clientship:offline',
		hooks: {
			'astro:config:setup': ({ addClientDirective }) => {
				addClientDirective({
					name: IDLE_RETRY_DIRECTIVE,
					entrypoint: fileURLToPath(new URL('../client/offline/idle-retry.ts', import.meta.url)),
				});
			},
			'astro:config:done': ({ config }) => {
				base = config.base;
				assets = config.build.assets;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size, warnings } = await writeServiceWorker({
					dir: fileURLToPath(dir),
					base,
					assets,
				});
				for (const warning of warnings) logger.warn(warning);
				logger.info(
					`${SERVICE_WORKER_FILE} precaches ${count} files, ${(size / 1024).toFixed(0)} KB`
				);
			},
		},
	};
}
