/**
 * Tidies what Astro writes into a page for its islands, as each page is built (a step of
 * `built-pages.ts`) (#10, #15):
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
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PageStep } from './built-pages';

/** Astro's island style element, as `getPrescripts()` in `astro/runtime/server/scripts` writes it. */
const ISLAND_STYLE =
	/<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

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

/**
 * Whether an inline script is one of Astro's: the island element (`astro-island.prebuilt.js`) or
 * a `client:*` directive (`(self.Astro||(self.Astro={})).visible=…`).
 */
export function isIslandRuntime(script: string): boolean {
	return (
		script.startsWith('(()=>{') &&
		(script.includes('customElements.define("astro-island"') ||
			script.includes('(self.Astro||(self.Astro={}))'))
	);
}

/** The base64 SHA-256 of a text, as a CSP source lists it. */
function cspHash(text: string): string {
	return createHash('sha256').update(text).digest('base64');
}

/** A page with its island markup tidied, and the runtime scripts it now loads as a file. */
export interface TidiedPage {
	html: string;
	/** Astro's island scripts that left the page, in page order; empty if it has no island. */
	runtime: string[];
}

/**
 * Tidies one page (see the module comment). `runtimeSrc` names the file that will hold the
 * scripts taken out, given their texts.
 *
 * @example
 * tidyIslandMarkup('<head></head><body><style>astro-island,…</style><script>(()=>{…astro-island…})()</script><astro-island props="{&quot;a&quot;:[0,1]}">', () => '/_astro/islands.ab12.js')
 * → { html: '<head><script defer src="/_astro/islands.ab12.js"></script></head><body><astro-island props=\'{"a":[0,1]}\'>', runtime: ['(()=>{…})()'] }
 */
export function tidyIslandMarkup(
	html: string,
	runtimeSrc: (scripts: string[]) => string
): TidiedPage {
	const runtime: string[] = [];
	let page = html.replace(ISLAND_STYLE, '');
	page = page.replace(INLINE_SCRIPT, (element, script: string) => {
		if (!isIslandRuntime(script)) return element;
		runtime.push(script);
		return '';
	});
	page = page.replace(ISLAND_TAG, (tag) =>
		tag.replace(
			JSON_ATTRIBUTE,
			(_, start: string, value: string) => `${start}'${value.replaceAll('&quot;', '"')}'`
		)
	);
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
	if (runtime.length > 0) {
		page = page.replace('</head>', `<script defer src="${runtimeSrc(runtime)}"></script></head>`);
	}
	return { html: page, runtime };
}

/**
 * The build step that tidies each page's island markup as it is rendered, and writes the files
 * of Astro's island scripts once the build is done.
 */
export function islandMarkup(): PageStep {
	let assetsBase = '/_astro/';
	let assetsDir = '_astro';
	// One file per distinct set of scripts (in practice one or two for the whole site).
	const files = new Map<string, string>();
	let pages = 0;
	let tidied = 0;
	const fileFor = (scripts: string[]) => {
		const text = `${scripts.join(';\n')};\n`;
		const name = `islands.${createHash('sha256').update(text).digest('base64url').slice(0, 10)}.js`;
		files.set(name, text);
		return `${assetsBase}${name}`;
	};
	return {
		name: 'island-markup',
		configure(config) {
			assetsDir = config.build.assets;
			assetsBase = `${config.base.replace(/\/?$/, '/')}${assetsDir}/`;
		},
		page(html) {
			pages++;
			const result = tidyIslandMarkup(html, fileFor);
			if (result.html !== html) tidied++;
			return result.html;
		},
		async done(site, logger) {
			await mkdir(join(site, assetsDir), { recursive: true });
			for (const [name, text] of files) await writeFile(join(site, assetsDir, name), text);
			logger.info(
				`Tidied the island markup of ${tidied} of ${pages} pages; Astro's island scripts are in ${files.size} cached file(s)`
			);
		},
	};
}
