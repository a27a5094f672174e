/**
 * Builds the Pagefind search index as the last step of `astro build`, with Pagefind's Node API, into
 * `dist/pagefind/`. Pagefind reads the built HTML: only pages with `data-pagefind-body` (lessons,
 * the facilitator guide) are indexed, titles come from `data-pagefind-meta="title"`, and each page
 * goes into the index of its `<html lang>`, so English and Russian are searched apart.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The folder of the built site that holds the index; the browser side finds it by `baseUrl()`. */
export const PAGEFIND_FOLDER = 'pagefind';

/** The languages that must each get an index; a build without one of them fails. */
const EXPECTED_LANGUAGES = ['en', 'ru'];

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

/** An Astro integration that indexes the built site with Pagefind. */
export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'clientship:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					const { index, errors } = await pagefind.createIndex({});
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0)
						throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
					const pages = pagesPerLanguage((await index.getFiles()).files);
					const missing = EXPECTED_LANGUAGES.filter((lang) => !pages[lang]);
					if (missing.length > 0)
						throw new Error(`Pagefind indexed no page in ${missing.join(', ')}`);
					const written = await index.writeFiles({ outputPath: `${site}${PAGEFIND_FOLDER}` });
					if (written.errors.length > 0)
						throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
					const counts = Object.entries(pages).map(([lang, count]) => `${count} pages in ${lang}`);
					logger.info(
						`Indexed ${counts.join(' and ')} (of ${added.page_count} HTML files) into ${PAGEFIND_FOLDER}/`
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
