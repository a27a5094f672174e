/**
 * Builds the Pagefind search index during `astro build`, with Pagefind's Node API, into
 * `dist/pagefind/`. Pagefind reads the finished HTML of each page: only pages with
 * `data-pagefind-body` (lessons, the facilitator guide) are indexed, titles come from
 * `data-pagefind-meta="title"`, and each page goes into the index of its `<html lang>`, so
 * English and Russian are searched apart.
 */
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import type { PageStep } from './built-pages';
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

/** Pages indexed per language, from the `pagefind-entry.json` among the built files. */
function pagesPerLanguage(
	files: ReadonlyArray<{ path: string; content: Uint8Array }>
): Record<string, number> {
	const entry = files.find((file) => file.path.replace(/^.*\//, '') === 'pagefind-entry.json');
	if (!entry) return {};
	const parsed: unknown = JSON.parse(new TextDecoder().decode(entry.content));
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

/** Whether Pagefind would index a page: it has an element with `data-pagefind-body`. */
export function isIndexed(html: string): boolean {
	return /<[a-z][^>]*\sdata-pagefind-body[\s>=]/i.test(html);
}

/**
 * The build step that indexes the site with Pagefind: each page with `data-pagefind-body` goes to
 * Pagefind (its own process) as it is rendered, in its finished form, so that indexing runs while
 * Node renders the next pages and no page is read back from disk; once the build is done the
 * index is written.
 */
export function searchIndex(): PageStep {
	let index: PagefindIndex | undefined;
	let starting: Promise<PagefindIndex> | undefined;
	const adding: Promise<string[]>[] = [];
	const start = () => {
		// Read by the Pagefind process that createIndex starts, which inherits this environment.
		process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
		return (starting ??= pagefind.createIndex({}).then(({ index: created, errors }) => {
			if (!created) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
			index = created;
			return created;
		}));
	};
	return {
		name: 'pagefind',
		page(html, file) {
			if (!isIndexed(html)) return undefined;
			adding.push(
				start()
					.then((ready) => ready.addHTMLFile({ sourcePath: file, content: html }))
					.then(({ errors }) => errors.map((error) => `${file}: ${error}`))
			);
			return undefined;
		},
		async done(site, logger) {
			try {
				const ready = index ?? (await start());
				const errors = (await Promise.all(adding)).flat();
				if (errors.length > 0) throw new Error(`Pagefind could not index: ${errors.join('; ')}`);
				const pages = pagesPerLanguage((await ready.getFiles()).files);
				const missing = EXPECTED_LANGUAGES.filter((lang) => !pages[lang]);
				if (missing.length > 0)
					throw new Error(`Pagefind indexed no page in ${missing.join(', ')}`);
				const written = await ready.writeFiles({ outputPath: `${site}${PAGEFIND_FOLDER}` });
				if (written.errors.length > 0)
					throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
				const counts = Object.entries(pages).map(([lang, count]) => `${count} pages in ${lang}`);
				logger.info(`Indexed ${counts.join(' and ')} into ${PAGEFIND_FOLDER}/`);
			} finally {
				await pagefind.close();
			}
		},
	};
}
