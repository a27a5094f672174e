/** Loads the prose pages that are not lessons (`content/pages/<lang>/<id>.mdx`). */
import { getEntry, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/i18n';
import { typesetAll } from '../i18n/typography';

/** A prose page entry. */
export type PageEntry = CollectionEntry<'pages'>;

/**
 * One prose page in one language, with its title and description typeset (#12; the body is typeset
 * when it is rendered). Fails the build if the file is missing.
 */
export async function getPage(lang: Locale, id: string): Promise<PageEntry> {
	const page = await getEntry('pages', `${lang}/${id}`);
	if (!page) throw new Error(`content/pages/${lang}/${id}.mdx is missing`);
	return { ...page, data: typesetAll(lang, page.data) };
}
