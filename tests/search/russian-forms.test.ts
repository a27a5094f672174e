/**
 * Every form of a Russian word finds every other form (#6), including the words the issue names,
 * which no lesson happens to use. Pagefind's Node API builds a small index of made-up pages, one
 * word form per page, and each form is searched through the browser's code (`findResults`).
 *
 * Since Pagefind 1.5 `й` is folded into `и` before stemming, so without the query rewrite in
 * `src/client/search/query.ts` the dictionary form (`новый`) and the `-ой` forms find only
 * themselves. The suite prints how many pages plain Pagefind finds for each form, so an upgrade
 * that fixes this (and makes the rewrite unnecessary) shows up in the output.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findResults, type PagefindApi } from '../../src/client/search/search-results';
import { loadPagefindInNode } from './support/pagefind-node';

/** Words whose forms must find each other, each with the forms the made-up pages use. */
const PARADIGMS: Record<string, string[]> = {
	// Adjectives in -ый and -ой: the dictionary form and -ой forms were the ones lost.
	новый: [
		'новый',
		'нового',
		'новому',
		'новым',
		'новом',
		'новая',
		'новой',
		'новую',
		'новое',
		'новые',
		'новых',
		'новыми',
	],
	ключевой: [
		'ключевой',
		'ключевого',
		'ключевому',
		'ключевым',
		'ключевом',
		'ключевая',
		'ключевую',
		'ключевое',
		'ключевые',
		'ключевых',
		'ключевыми',
	],
	деловой: [
		'деловой',
		'делового',
		'деловым',
		'деловая',
		'деловую',
		'деловое',
		'деловые',
		'деловых',
		'деловыми',
	],
	успешный: [
		'успешный',
		'успешного',
		'успешному',
		'успешным',
		'успешная',
		'успешной',
		'успешную',
		'успешное',
		'успешные',
		'успешных',
	],
	долгосрочный: [
		'долгосрочный',
		'долгосрочного',
		'долгосрочным',
		'долгосрочная',
		'долгосрочной',
		'долгосрочную',
		'долгосрочное',
		'долгосрочные',
		'долгосрочных',
	],
	// Participles and superlatives: the `й` ending hides a longer suffix from the stemmer.
	работающий: ['работающий', 'работающего', 'работающей', 'работающая', 'работающие', 'работающих'],
	важнейший: [
		'важнейший',
		'важнейшего',
		'важнейшей',
		'важнейшая',
		'важнейшие',
		'важный',
		'важная',
		'важные',
	],
	// Adjectives and nouns in -ий were never broken (`ии` is itself an ending); they stay that way.
	последний: ['последний', 'последнего', 'последней', 'последняя', 'последние', 'последних'],
	комментарий: [
		'комментарий',
		'комментария',
		'комментарию',
		'комментарием',
		'комментарии',
		'комментариев',
	],
};

let directory: string;
let search: PagefindApi;

/** The made-up page for one word form. */
const pageFor = (form: string) =>
	`<!doctype html><html lang="ru"><head><title>${form}</title></head><body><main data-pagefind-body>` +
	`<h1 data-pagefind-meta="title">Пример</h1><p>Здесь стоит слово ${form} среди прочих.</p></main></body></html>`;

beforeAll(async () => {
	directory = mkdtempSync(join(tmpdir(), 'clientship-forms-'));
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(errors.join('; '));
	for (const [word, forms] of Object.entries(PARADIGMS)) {
		for (const form of forms) {
			await index.addHTMLFile({ url: `/${word}/${form}/`, content: pageFor(form) });
		}
	}
	await index.writeFiles({ outputPath: join(directory, 'pagefind') });
	await pagefind.close();
	search = await loadPagefindInNode(join(directory, 'pagefind'), 'ru');
}, 30_000);

afterAll(() => {
	if (directory) rmSync(directory, { recursive: true, force: true });
});

describe.each(Object.entries(PARADIGMS))('forms of «%s»', (word, forms) => {
	test.each(forms)('«%s» finds the page of every form, and no other word', async (form) => {
		let outcome = await findResults(search, form);
		while (outcome.more) outcome = await outcome.more();
		const found = new Set(outcome.results.map((result) => result.url));
		const plain = (await search.search(form))?.results.length ?? 0;
		console.log(`${form}: ${found.size} of ${forms.length} pages (plain Pagefind: ${plain})`);
		expect([...found].sort()).toEqual(
			expect.arrayContaining(forms.map((each) => `/${word}/${each}/`).sort())
		);
		for (const url of found) expect(url.startsWith(`/${word}/`), url).toBe(true);
	});
});
