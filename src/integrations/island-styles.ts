/**
 * Moves the `<style>` that Astro writes before a page's first island
 * (`astro-island,astro-slot,astro-static-slot{display:contents}`) from `<body>` into `<head>`, as
 * the last step of `astro build`. A `<style>` in `<body>` is invalid HTML (the Nu Html Checker
 * rejects it); Astro has no option to place it (withastro/astro#10308 is open, and the pull request
 * that moved it, #15456, was closed unmerged). The element moves unchanged, so the hash that
 * `security.csp` lists for it in the page's Content-Security-Policy still matches.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's island style element, as `getPrescripts()` in `astro/runtime/server/scripts` writes it. */
const ISLAND_STYLE = /<style>astro-island,[^<]*<\/style>/;

/**
 * The page with its island style moved to the end of `<head>`; unchanged if it has none, or has it
 * in `<head>` already.
 *
 * @example
 * moveIslandStyleToHead('<head></head><body><style>astro-island,…</style><astro-island>')
 * → '<head><style>astro-island,…</style></head><body><astro-island>'
 */
export function moveIslandStyleToHead(html: string): string {
	const style = ISLAND_STYLE.exec(html);
	const headEnd = html.indexOf('</head>');
	if (!style || headEnd === -1 || style.index < headEnd) return html;
	const withoutStyle = html.slice(0, style.index) + html.slice(style.index + style[0].length);
	return withoutStyle.slice(0, headEnd) + style[0] + withoutStyle.slice(headEnd);
}

/** An Astro integration that moves the island style of every built page into its `<head>`. */
export default function islandStylesInHead(): AstroIntegration {
	return {
		name: 'clientship:island-styles',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const pages = (await readdir(site, { recursive: true })).filter((name) =>
					name.endsWith('.html')
				);
				let moved = 0;
				for (const page of pages) {
					const path = join(site, page);
					const html = await readFile(path, 'utf8');
					const fixed = moveIslandStyleToHead(html);
					if (fixed === html) continue;
					await writeFile(path, fixed);
					moved++;
				}
				logger.info(`Moved the island style into <head> on ${moved} of ${pages.length} pages`);
			},
		},
	};
}
