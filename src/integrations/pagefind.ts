/**
 * Builds the Pagefind search index during `astro build`, with Pagefind's Node API, into
 * `dist/pagefind/`. Pagefind reads the finished HTML of each page: only pages with
 * `data-pagefind-body` (lessons, the facilitator guide) are indexed, titles come from
 * `data-pagefind-meta="title"`, and each page goes into the index of its `<html lang>`, so
 * English and Russian are searched apart.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LOCALES } from '../i18n/locales';

/** The folder of the built site that holds the index; the browser side finds it by `baseUrl()`. */
export const PAGEFIND_FOLDER = 'pagefind';

/**
 * The size of Pagefind's word-index chunks, in word positions (Pagefind's default is 20,000). A
 * search downloads only the chunks holding its words; at the default, a language of this site was
 * one 27-34 KB chunk, a quarter of a first search (#15). Smaller chunks mean more files, each
 * fetched only by the words in it. Pagefind 1.6 reads it from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE,
 * the setting its own tests use for chunking; `npm run test:search` checks that every query still
 * finds what it must.
 */
export const INDEX_CHUNK_SIZE = 1000;

/** The languages that must each get an index; a build without one of them fails. */
const EXPECTED_LANGUAGES: readonly string[] = LOCALES;

/**
 * Pages indexed per language, from the text of the index's `pagefind-entry.json`.
 * @example pagesPerLanguage('{"version":"1.6.0","languages":{"en":{"page_count":6}}}') → { en: 6 }
 */
export function pagesPerLanguage(entry: string): Record<string, number> {
	const parsed: unknown = JSON.parse(entry);
	const languages =
		typeof parsed === 'object' && parsed !== null
			? (parsed as { languages?: unknown }).languages
			: undefined;
	if (typeof languages !== 'object' || languages === null) return {};
	return Object.fromEntries(
		Object.entries(languages).map(([lang, info]) => [
			lang,
			Number((info as { page_count?: unknown } | null)?.page_count ?? 0),
		])
	);
}

/**
 * The Astro integration that indexes the built site with Pagefind once every page is written,
 * with one `addDirectory` (as Starlight does): Pagefind reads the pages itself, on its own
 * threads, so the pages need not be held in memory or passed between Astro's render workers.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'clientship:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				// Read by the Pagefind process that createIndex starts, which inherits this environment.
				process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
				try {
					const { index, errors: startErrors } = await pagefind.createIndex({});
					if (!index) throw new Error(`Pagefind could not start: ${startErrors.join('; ')}`);
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0)
						throw new Error(`Pagefind could not index: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: `${site}${PAGEFIND_FOLDER}` });
					if (written.errors.length > 0)
						throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
					// Read from the written index: asking Pagefind for its files would copy every one of
					// them through its pipe to Node, seconds of work at a thousand lessons.
					const pages = pagesPerLanguage(
						await readFile(join(site, PAGEFIND_FOLDER, 'pagefind-entry.json'), 'utf8')
					);
					const missing = EXPECTED_LANGUAGES.filter((lang) => !pages[lang]);
					if (missing.length > 0)
						throw new Error(`Pagefind indexed no page in ${missing.join(', ')}`);
					const counts = Object.entries(pages).map(([lang, count]) => `${count} pages in ${lang}`);
					logger.info(`Indexed ${counts.join(' and ')} into ${PAGEFIND_FOLDER}/`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
