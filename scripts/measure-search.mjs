#!/usr/bin/env node
/**
 * Measures search (#6) on the built site: the index size per language, the bytes a reader fetches
 * to get the first answer, and the time from the last keystroke to the first result drawn.
 *
 *   npm run build && node scripts/measure-search.mjs [runs=9] [port=4455]
 *
 * It serves dist/ with the project's static server (as `npm run bench:team` does, gzip as a CDN
 * sends), drives Debian's Chromium (or CHROMIUM_PATH) with
 * Playwright, and prints a summary. Timings are medians over fresh browser contexts; each run opens
 * a lesson, opens search with the header button, and types the query at about 8 keys a second.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { FIRST_QUERIES, measureSearch, wireBytes } from './lib/search-cost.ts';
import { median } from './lib/stats.ts';
import { serveStatic } from './lib/static-server.mjs';

const runs = Number(process.argv[2] ?? 9);
const port = Number(process.argv[3] ?? 4455);
const root = join(import.meta.dirname, '..');
const bundle = join(root, 'dist', 'pagefind');

if (!existsSync(join(bundle, 'pagefind-entry.json'))) {
	console.error('No dist/pagefind: run `npm run build` first.');
	process.exit(1);
}

/** Bytes of the index files of one language (metadata, word index, fragments, its WebAssembly). */
function indexSize(lang) {
	const files = [
		...readdirSync(bundle).filter(
			(name) => name.startsWith(`pagefind.${lang}_`) || name === `wasm.${lang}.pagefind`
		),
		...readdirSync(join(bundle, 'index'))
			.filter((name) => name.startsWith(`${lang}_`))
			.map((name) => `index/${name}`),
		...readdirSync(join(bundle, 'fragment'))
			.filter((name) => name.startsWith(`${lang}_`))
			.map((name) => `fragment/${name}`),
	];
	const size = (name) => statSync(join(bundle, name)).size;
	const group = (test) => files.filter(test).reduce((sum, name) => sum + size(name), 0);
	return {
		total: files.reduce((sum, name) => sum + size(name), 0),
		wasm: group((name) => name.startsWith('wasm.')),
		words: group((name) => name.startsWith('index/') || name.endsWith('.pf_meta')),
		fragments: group((name) => name.startsWith('fragment/')),
		fragmentCount: files.filter((name) => name.startsWith('fragment/')).length,
	};
}

const server = serveStatic(join(root, 'dist'), port);
const stopServer = () => server.close();
try {
	const base = `http://localhost:${port}`;
	const browser = await chromium.launch(chromiumLaunchOptions());
	for (const lang of /** @type {const} */ (['en', 'ru'])) {
		const size = indexSize(lang);
		console.log(
			`\n${lang}: index ${size.total} B (WebAssembly ${size.wasm} B, word index ${size.words} B, ${size.fragmentCount} page fragments ${size.fragments} B)`
		);
		const sum = wireBytes;
		const pasted = await measureSearch(browser, base, lang, false);
		const pagefind = pasted.fetched.filter((file) => file.path.includes('/pagefind/'));
		console.log(
			`  first query “${FIRST_QUERIES[lang]}”, pasted: ${sum(pasted.fetched)} B fetched after the page loaded (${sum(pagefind)} B of it Pagefind’s), in ${pasted.fetched.length} files:`
		);
		for (const file of pasted.fetched)
			console.log(`    ${String(file.wire).padStart(6)} B  ${file.path}`);
		const results = [];
		for (let run = 0; run < runs; run++)
			results.push(await measureSearch(browser, base, lang, true));
		const typedBytes = results.map((result) => sum(result.fetched));
		console.log(
			`  the same query typed at 8 keys a second (searches on the way included): median ${median(typedBytes)} B`
		);
		const latencies = results.map((result) => result.latency);
		console.log(
			`  last keystroke → first result drawn: median ${median(latencies).toFixed(1)} ms over ${runs} runs (min ${Math.min(...latencies).toFixed(1)}, max ${Math.max(...latencies).toFixed(1)})`
		);
	}
	await browser.close();
} finally {
	stopServer();
}
