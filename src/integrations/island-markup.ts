/**
 * Tidies what Astro writes into a page for its islands, as each page is built (#10, #15):
 *
 * - The `<style>` before the first island (`astro-island,astro-slot,astro-static-slot{display:
 *   contents}`) is dropped: `src/styles/global.css` has the same rule. In `<body>` it was invalid
 *   HTML (the Nu Html Checker rejects it), and Astro has no option to place it (withastro/astro#10308).
 * - Astro's island runtime and its `client:*` directive scripts, the same few kilobytes inline in
 *   every page with an island, move into one file under `/_astro/` per set of scripts, loaded with
 *   `defer` from `<head>`: hashed by content and cached for a year (`public/_headers`), so the next
 *   page does not bring them again. Deferred, they run after the page is parsed, when the island
 *   elements they bring to life are all there; an island does not hydrate before that anyway.
 * - The Content-Security-Policy `<meta>` lists the hashes of the inline code the page still has,
 *   and no others: Astro lists every `client:*` directive's script on every page, used or not.
 * - Island props are written in single quotes, so the quotes of their JSON are not each
 *   `&quot;` (six bytes for one); the browser reads the same value.
 *
 * The work is done by a middleware (`island-markup-middleware.ts`) in whichever thread renders the
 * page: with `experimental.parallelPrerender`, Astro's render workers, which share no memory. So
 * nothing here keeps state between pages: a page's scripts file is named by its content, and the
 * thread that first needs it writes it.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import islandElement from 'astro/runtime/server/astro-island.prebuilt.js';
import idle from 'astro/runtime/client/idle.prebuilt.js';
import load from 'astro/runtime/client/load.prebuilt.js';
import media from 'astro/runtime/client/media.prebuilt.js';
import only from 'astro/runtime/client/only.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';

/**
 * Astro's island scripts, as `getPrescripts()` in `astro/runtime/server/scripts` writes them into a
 * page: the island element and the built-in `client:*` directives. Compared whole, so that a new
 * Astro that writes them differently fails the build (see `tidyIslandMarkup`) rather than leaving
 * them inline unnoticed.
 */
const ISLAND_RUNTIME: ReadonlySet<string> = new Set([
	islandElement,
	idle,
	load,
	media,
	only,
	visible,
]);

/**
 * A custom `client:*` directive's script (`addClientDirective`, such as `client:idleRetry` of
 * `offline.ts`), as Astro 7.4 bundles it: the directive's module in an IIFE that ends by
 * registering it under its name and announcing it (`astro/dist/core/client-directive/build.js`).
 * Its code is the project's own, so it is known by that frame, not by its text.
 */
const CUSTOM_DIRECTIVE =
	/^\(function\(\)\{[^]*\(self\.Astro\|\|\(self\.Astro=\{\}\)\)\.([A-Za-z_$][\w$]*)=[\w$]+,window\.dispatchEvent\(new Event\(`astro:\1`\)\)\}\)\(\);$/;

/** Astro's island style element. */
const ISLAND_STYLE = `<style>${ISLAND_STYLES}</style>`;

/** An inline script without attributes, whose text is group 1. */
const INLINE_SCRIPT = /<script>([^<]*(?:<(?!\/script>)[^<]*)*)<\/script>/g;

/** Any inline script or style element (no `src`), its text group 2. */
const INLINE_CODE =
	/<(script|style)\b(?![^>]*\ssrc=)[^>]*>([^<]*(?:<(?!\/(?:script|style)>)[^<]*)*)<\/(?:script|style)>/g;

/** An island's start tag (Astro escapes `>` in attribute values). */
const ISLAND_TAG = /<astro-island\b[^>]*>/g;

/** A `props` or `opts` attribute in double quotes, its value group 2. */
const JSON_ATTRIBUTE = /(\s(?:props|opts)=)"([^"]*)"/g;

/** The CSP `<meta>` tag's content, group 1. */
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** The name of the file that holds a page's island scripts: `islands.<hash>.js`. */
const RUNTIME_FILE = /^islands\.[\w-]+\.js$/;

/**
 * Whether an inline script is one of Astro's island scripts: the island element or a built-in
 * `client:*` directive, exactly as this version of Astro writes them, or a custom directive in the
 * frame Astro bundles it in.
 */
export function isIslandRuntime(script: string): boolean {
	return ISLAND_RUNTIME.has(script) || CUSTOM_DIRECTIVE.test(script);
}

/** The base64 SHA-256 of a text, as a CSP source lists it. */
function cspHash(text: string): string {
	return createHash('sha256').update(text).digest('base64');
}

/** The file of a set of island scripts: its name (by content) and its text. */
export interface RuntimeFile {
	name: string;
	text: string;
}

/**
 * The file that holds `scripts`, in page order, named by its content.
 * @example runtimeFile(['(function(){…})();']) → { name: 'islands.Xy3…ab.js', text: '(function(){…})();\n' }
 */
export function runtimeFile(scripts: readonly string[]): RuntimeFile {
	const text = `${scripts.join(';\n')};\n`;
	const hash = createHash('sha256').update(text).digest('base64url').slice(0, 10);
	return { name: `islands.${hash}.js`, text };
}

/** A page with its island markup tidied, and the file of the scripts it now loads. */
export interface TidiedPage {
	html: string;
	/** Astro's island scripts that left the page, as a file; undefined if it has no island. */
	runtime?: RuntimeFile;
}

/**
 * Tidies one page (see the module comment); `assetsBase` is the URL of the folder that will hold
 * the scripts file.
 * @throws Error when the page has an island but none of Astro's island scripts is recognised: a
 * new Astro writes them differently, and `ISLAND_RUNTIME` must learn how.
 *
 * @example
 * tidyIslandMarkup('<head></head><body><style>astro-island,…</style><script>(function(){…astro-island…})()</script><astro-island props="{&quot;a&quot;:[0,1]}">', '/_astro/')
 * → { html: '<head><script defer src="/_astro/islands.ab12.js"></script></head><body><astro-island props=\'{"a":[0,1]}\'>', runtime: { name: 'islands.ab12.js', text: '…' } }
 */
export function tidyIslandMarkup(html: string, assetsBase: string): TidiedPage {
	const scripts: string[] = [];
	let page = html.replaceAll(ISLAND_STYLE, '');
	page = page.replace(INLINE_SCRIPT, (element, script: string) => {
		if (!isIslandRuntime(script)) return element;
		scripts.push(script);
		return '';
	});
	let islands = 0;
	page = page.replace(ISLAND_TAG, (tag) => {
		islands++;
		return tag.replace(
			JSON_ATTRIBUTE,
			(_, start: string, value: string) => `${start}'${value.replaceAll('&quot;', '"')}'`
		);
	});
	if (islands > 0 && scripts.length === 0) {
		throw new Error(
			"A page has an island, but none of Astro's island scripts: src/integrations/island-markup.ts does not recognise how this version of Astro writes them"
		);
	}
	const kept = new Set(
		[...page.matchAll(INLINE_CODE)].map((match) => `'sha256-${cspHash(match[2] ?? '')}'`)
	);
	page = page.replace(
		CSP_META,
		(_, start: string, policy: string, end: string) =>
			`${start}${policy
				.replace(/ ?'sha256-[^']*'/g, (source) => (kept.has(source.trim()) ? source : ''))
				.replace(/ +;/g, ';')}${end}`
	);
	if (scripts.length === 0) return { html: page };
	const runtime = runtimeFile(scripts);
	page = page.replace(
		'</head>',
		`<script defer src="${assetsBase}${runtime.name}"></script></head>`
	);
	return { html: page, runtime };
}

/** Where the middleware writes the scripts files, set at build time by the integration. */
export interface IslandMarkupPaths {
	/** The folder the files are written to (absolute, `dist/_astro/`). */
	folder: string;
	/** Its URL on the site (`/_astro/`, under the base). */
	url: string;
}

/**
 * The Astro integration: the middleware that tidies each page of `astro build`, and a line at the
 * end of the build saying how many scripts files it wrote.
 */
export function islandMarkup(): AstroIntegration {
	let folder: URL | undefined;
	return {
		name: 'clientship:island-markup',
		hooks: {
			'astro:config:setup': ({ command, config, addMiddleware, updateConfig }) => {
				if (command !== 'build') return;
				folder = new URL(`${config.build.assets}/`, config.outDir);
				const paths: IslandMarkupPaths = {
					folder: fileURLToPath(folder),
					url: `${config.base.replace(/\/?$/, '/')}${config.build.assets}/`,
				};
				updateConfig({
					vite: { define: { 'import.meta.env.ISLAND_MARKUP': JSON.stringify(paths) } },
				});
				addMiddleware({
					entrypoint: new URL('./island-markup-middleware.ts', import.meta.url),
					order: 'post',
				});
			},
			'astro:build:done': async ({ logger }) => {
				if (!folder) return;
				const files = (await readdir(folder)).filter((name) => RUNTIME_FILE.test(name));
				logger.info(`Astro's island scripts are in ${files.length} cached file(s)`);
			},
		},
	};
}
