// @ts-check
import { availableParallelism } from 'node:os';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { islandMarkup } from './src/integrations/island-markup.ts';
import { searchIndex } from './src/integrations/pagefind.ts';
import siteUrlWarning, { siteUrl } from './src/integrations/site-url.ts';
import socialCards from './src/social-cards/integration.ts';
import offline from './src/integrations/offline.ts';
import stringModules from './src/integrations/string-modules.ts';
import { russianTypography } from './src/lib/markdown-typography.ts';
import { stepAnchors } from './src/lib/step-anchors.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';

/** The browser modules that share one file with the header script: see `vite` below. */
const SITE_SCRIPT_MODULES =
	/src[\\/](?:client[\\/](?:language-switch|language-choice|browser-storage|page-strings|strings)|i18n[\\/](?:locales|string-areas))\.ts$|vite[\\/]preload-helper/;

// The canonical origin of the deployed site. Canonical links, hreflang alternates, Open Graph
// URLs, the sitemap and the RSS feeds are absolute, so set SITE_URL when deploying; without it
// they point at a placeholder, and the build says so (siteUrlWarning).
const site = siteUrl('https://clientship.example');

/**
 * `experimental.parallelPrerender` from PRERENDER_WORKERS: a number of render workers, 0 for none;
 * unset, one per core (Astro's own default leaves a core to its main thread, which here only writes
 * files: on two cores that would be one worker, no faster than none).
 * @param {string | undefined} value
 */
function prerenderWorkers(value) {
	const workers = value === undefined || value === '' ? availableParallelism() : Number(value);
	return workers > 0 ? { workers } : false;
}

export default defineConfig({
	site,
	trailingSlash: 'always',
	i18n: {
		locales: [...LOCALES],
		defaultLocale: DEFAULT_LOCALE,
		routing: {
			prefixDefaultLocale: true,
			// `/` is our own language picker (src/pages/index.astro), not a redirect.
			redirectToDefaultLocale: false,
		},
	},
	integrations: [
		mdx(),
		preact(),
		sitemap({
			i18n: {
				defaultLocale: DEFAULT_LOCALE,
				locales: Object.fromEntries(LOCALES.map((lang) => [lang, lang])),
			},
			// The language picker and the 404 page have no place in a sitemap.
			filter: (page) => !/\/404\/?$/.test(page) && new URL(page).pathname.split('/').length > 2,
		}),
		// The assessment island's strings, a cached file per language (#15).
		stringModules(),
		// Where link-preview cards are kept between builds (a cache).
		socialCards(),
		// Each page's island markup tidied as it is rendered (a middleware, so that it runs in
		// whichever render worker renders the page).
		islandMarkup(),
		// The search index, from the written pages (astro:build:done).
		searchIndex(),
		// The islands' client directive, and the service worker, written once the pages, the
		// island scripts and the search index are (#21): its build:done hook runs after
		// searchIndex()'s, as Astro runs the hooks in this order, one after another.
		offline(),
		// Last, so that its warning ends the build's log.
		siteUrlWarning(),
	],
	// Stylesheets are hashed files under /_astro/ that public/_headers caches for a year: a reader
	// going from page to page fetches them once, where inlined they came again inside every page's
	// HTML. Vite splits them by component (its default), so a lesson loads the styles of the
	// lesson, the layout and the assessment (about 9 KB gzip in 8 small files), not those of the
	// team view and presenter too (15 KB gzip in 2 files when everything was one bundle, #15).
	//
	// Four pages render at a time (`concurrency`): Astro writes each page to disk and waits, and
	// a profile of a 200-lesson build showed the main thread idle 40% of the time. With four in
	// flight, that build takes 12.4-12.7 s instead of 13.2-14.9 s with the cards cached, and
	// 20.4 s instead of 21.9 s cold (#15).
	build: { inlineStylesheets: 'never', concurrency: 4 },
	vite: {
		build: {
			rolldownOptions: {
				output: {
					codeSplitting: {
						// The modules that the site-wide header script and the pages' small scripts share
						// (language memory, storage, the strings in `data-strings`, Vite's helper for a
						// later import) make one file, which every page with a header loads. Left to
						// itself, Rolldown wrote one file per set of importers: seven on a prose page, and
						// per file a request and a gzip of its own, 0.5 KB more in all (DESIGN.md
						// "Budgets": a prose page <= 4 KB).
						groups: [{ name: 'site', test: SITE_SCRIPT_MODULES }],
					},
				},
			},
		},
	},
	// Component styles are scoped by a class (.astro-abc123) rather than an attribute
	// ([data-astro-cid-abc123]): the same specificity, and most elements have a class already, so
	// every page is 3-5 KB lighter raw (#15).
	scopedStyleStrategy: 'class',
	markdown: {
		// Sätteri is Astro's default Markdown processor; named here to add two plugins to it:
		// non-breaking spaces in Russian prose, set by typograf (src/i18n/typography.ts) (#12), and
		// an anchor on each of a lesson's steps, for the results that link to them (#25).
		processor: satteri({ hastPlugins: [russianTypography, stepAnchors] }),
		// No code is highlighted, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
		syntaxHighlight: false,
	},
	security: {
		// A Content-Security-Policy <meta> on every page, with hashes of its inline scripts and
		// styles: nothing but the site's own files may run, and nothing may be fetched elsewhere.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				// The service worker and the web app manifest, both the site's own files (#21).
				"worker-src 'self'",
				"manifest-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Search runs Pagefind's WebAssembly, which a CSP blocks unless it allows compiling
			// WebAssembly (this allows no eval of JavaScript) (#6).
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	devToolbar: { enabled: false },
	experimental: {
		// Pages (and link-preview cards) render on worker threads, one per core by default, instead
		// of one thread (#27): PRERENDER_WORKERS sets how many, and 0 renders on Astro's main thread
		// (scripts/check-same-output.mjs checks that both ways write the same site).
		parallelPrerender: prerenderWorkers(process.env.PRERENDER_WORKERS),
	},
});
