/**
 * What the service worker precaches (#21): every page and the files pages load, under the site's
 * base, never the link-preview images; content-named files need no revision of their own.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getManifest } from 'workbox-build';
import { precacheOptions } from '../../../src/integrations/offline';

/** A built site in small: one file of each kind the build writes. */
const FILES = [
	'index.html',
	'404.html',
	'favicon.svg',
	'og.png',
	'robots.txt',
	'sitemap-index.xml',
	'sitemap-0.xml',
	'_headers',
	'sw.js',
	'_astro/Assessment.C7S1THm-.js',
	'_astro/BaseLayout.DibnDtC4.css',
	'_astro/islands.JsHlS5sU-4.js',
	'en/index.html',
	'en/lessons/marriage-or-mess/index.html',
	'en/assessments/titles.json',
	'en/manifest.webmanifest',
	'en/rss.xml',
	'en/og/home.png',
	'en/og/lessons/marriage-or-mess.png',
	'ru/index.html',
	'ru/manifest.webmanifest',
	'ru/og/home.png',
	'icons/icon-192.png',
	'icons/maskable-512.png',
	'pagefind/pagefind.js',
	'pagefind/pagefind-entry.json',
	'pagefind/pagefind.en_95dc5b73f8.pf_meta',
	'pagefind/wasm.en.pagefind',
	'pagefind/wasm.unknown.pagefind',
	'pagefind/index/en_57f576b.pf_index',
	'pagefind/fragment/en_1a80d89.pf_fragment',
	'pagefind/pagefind-ui.js',
	'pagefind/pagefind-ui.css',
	'pagefind/pagefind-component-ui.js',
	'pagefind/pagefind-modular-ui.js',
	'pagefind/pagefind-highlight.js',
	'pagefind/pagefind-worker.js',
];

let dir = '';

beforeAll(() => {
	dir = `${mkdtempSync(join(tmpdir(), 'clientship-precache-'))}/`;
	for (const file of FILES) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), file);
	}
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function listed(base: string) {
	// The same globs and URL rules, without a worker to write into.
	const options = precacheOptions({ dir, base, assets: '_astro' }, join(dir, 'unused.js'));
	const { manifestEntries, warnings } = await getManifest({
		globDirectory: options.globDirectory,
		globPatterns: options.globPatterns,
		globIgnores: options.globIgnores,
		modifyURLPrefix: options.modifyURLPrefix,
		dontCacheBustURLsMatching: options.dontCacheBustURLsMatching,
	});
	expect(warnings).toEqual([]);
	return new Map((manifestEntries ?? []).map((entry) => [entry.url, entry.revision]));
}

describe('precacheOptions()', () => {
	test('lists every page, island file, style, string file, index file, icon and manifest', async () => {
		const urls = await listed('/');
		expect([...urls.keys()].sort()).toEqual(
			[
				'/404.html',
				'/_astro/Assessment.C7S1THm-.js',
				'/_astro/BaseLayout.DibnDtC4.css',
				'/_astro/islands.JsHlS5sU-4.js',
				'/en/assessments/titles.json',
				'/en/index.html',
				'/en/lessons/marriage-or-mess/index.html',
				'/en/manifest.webmanifest',
				'/favicon.svg',
				'/icons/icon-192.png',
				'/icons/maskable-512.png',
				'/index.html',
				'/pagefind/fragment/en_1a80d89.pf_fragment',
				'/pagefind/index/en_57f576b.pf_index',
				'/pagefind/pagefind-entry.json',
				'/pagefind/pagefind.en_95dc5b73f8.pf_meta',
				'/pagefind/pagefind.js',
				'/pagefind/wasm.en.pagefind',
				'/ru/index.html',
				'/ru/manifest.webmanifest',
			].sort()
		);
	});

	test('never lists link-preview images, feeds, the sitemap or the worker itself', async () => {
		const urls = [...(await listed('/')).keys()];
		expect(
			urls.filter((url) => /\/og\/|og\.png|rss|sitemap|robots|_headers|sw\.js/.test(url))
		).toEqual([]);
	});

	test('files named by their content need no revision; the rest have one', async () => {
		const urls = await listed('/');
		expect(urls.get('/_astro/Assessment.C7S1THm-.js')).toBeNull();
		expect(urls.get('/pagefind/index/en_57f576b.pf_index')).toBeNull();
		expect(urls.get('/pagefind/pagefind.en_95dc5b73f8.pf_meta')).toBeNull();
		expect(urls.get('/en/index.html')).toMatch(/^[0-9a-f]{32}$/);
		expect(urls.get('/pagefind/pagefind-entry.json')).toMatch(/^[0-9a-f]{32}$/);
		expect(urls.get('/pagefind/wasm.en.pagefind')).toMatch(/^[0-9a-f]{32}$/);
	});

	test('lists URLs under the base of a site built with --base', async () => {
		const urls = await listed('/clientship/');
		expect([...urls.keys()].every((url) => url.startsWith('/clientship/'))).toBe(true);
		expect(urls.get('/clientship/_astro/Assessment.C7S1THm-.js')).toBeNull();
		expect(urls.has('/clientship/en/lessons/marriage-or-mess/index.html')).toBe(true);
	});
});
