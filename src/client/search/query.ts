/**
 * What the reader types, turned into what Pagefind is asked. Pure: no DOM, no Pagefind.
 *
 * Why Russian words are rewritten (#6): since Pagefind 1.5 (still so in 1.6) every word is
 * stripped of diacritics before it is stemmed, on both sides, so `й` becomes `и` and `ё` becomes
 * `е`. The second is harmless (the Snowball Russian stemmer expects `ё` folded into `е`), the first
 * is not: `новый` is indexed and searched as `новыи`, which the stemmer cuts to `новы`, while
 * `новая`, `нового`, `новые` all stem to `нов`. Pagefind matches a query stem against every indexed
 * stem that starts with it, so `новые` (`нов`) still finds `новый` (`новы`), but `новый` finds only
 * itself and `новой` (`ново`) finds neither.
 *
 * The fix is on the query side: a word whose ending contains `й` gets the ending of the same
 * Snowball group without it (`ый` → `ые`, `ой` → `ое`, `ий` → `ие`, `ей` → `ее`, `йся` → `еся`,
 * and the superlative `ейш` dropped), so the stripped word stems exactly as the original did with
 * `й`: `новый` is asked as `новые`, stems to `нов` and, by prefix, finds every form. Measured over
 * the 1.03 million word forms of the hunspell Russian dictionary that share a stem with a form
 * containing `й`, the share of forms that miss some other form of their own word falls from 11.2%
 * to 0.06%. The index is left alone: its longer stems (`новы`, `ново`) are already reached by
 * prefix from the right stem, and rewriting the indexed text would change the excerpts readers see.
 *
 * Not fixed: `й` inside a word before a consonant (`файл`, `займ`), where the stripped index stem
 * is cut short (`фаил` → `фа`). Words in quotes (Pagefind's exact search) are left as typed,
 * because exact search compares whole stems and the rewrite would miss the dictionary form itself.
 */

/** Longest query the search accepts; anything beyond is cut off (a pasted page is not a query). */
export const MAX_QUERY_LENGTH = 200;

/** Rewrites of Russian endings that contain `й`, tried in order on each lowercased word. */
const RUSSIAN_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
	// Superlative `-ейш-` before an adjective ending: `новейшего` → `новего`, stemmed `нов`.
	[/ейш(?=[а-яё]{1,3}$)/u, ''],
	[/ийся$/u, 'иеся'],
	[/ый$/u, 'ые'],
	[/ой$/u, 'ое'],
	[/ий$/u, 'ие'],
	[/ей$/u, 'ее'],
];

/**
 * Rewrites one lowercased word so that Pagefind 1.6 stems it as the Snowball stemmer stems the
 * original with `й` (see the module comment). Words without such an ending come back unchanged.
 * @example rewriteRussianWord('новый') → 'новые'
 * @example rewriteRussianWord('работающей') → 'работающее'
 * @example rewriteRussianWord('клиент') → 'клиент'
 */
export function rewriteRussianWord(word: string): string {
	let result = word;
	for (const [ending, replacement] of RUSSIAN_ENDINGS) result = result.replace(ending, replacement);
	return result;
}

/**
 * Tidies what the reader typed: trims it, collapses runs of white space and cuts it to
 * `MAX_QUERY_LENGTH`. The result is what the address bar and the results count show.
 * @example tidyQuery('  new   clients ') → 'new clients'
 */
export function tidyQuery(raw: string): string {
	return raw.replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * The query to give Pagefind for what the reader typed: tidied, lowercased, and with Russian words
 * rewritten so that `й` endings find every form of the word. A query in double quotes is an exact
 * phrase search and is only tidied.
 * @example pagefindQuery('Новый клиент') → 'новые клиент'
 * @example pagefindQuery('"новый клиент"') → '"новый клиент"'
 */
export function pagefindQuery(raw: string): string {
	const query = tidyQuery(raw);
	if (/^".+"$/u.test(query)) return query;
	return query
		.toLocaleLowerCase('ru')
		.split(' ')
		.map((token) => {
			// Punctuation around a word (`новый,` `«новый»`) is dropped by Pagefind later; the
			// ending is looked for in the letters only.
			const match = /^(\P{L}*)(\p{L}+)(\P{L}*)$/u.exec(token);
			if (!match) return token;
			const [, before = '', word = '', after = ''] = match;
			return `${before}${rewriteRussianWord(word)}${after}`;
		})
		.join(' ');
}

/**
 * The words of a query as they are compared with the words a result matched: lowercased, without
 * diacritics (`й` → `и`, `ё` → `е`) and without punctuation. Words in quotes count as words.
 * @example queryWords('Партнёрство, «новый»') → ['партнерство', 'новыи']
 */
export function queryWords(raw: string): string[] {
	return tidyQuery(raw)
		.split(' ')
		.map(foldWord)
		.filter((word) => word.length > 0);
}

/**
 * A word folded for comparison: lowercased, diacritics removed, anything but letters and digits
 * dropped.
 * @example foldWord('«Ёлка»') → 'елка'
 */
export function foldWord(word: string): string {
	return word
		.toLocaleLowerCase()
		.normalize('NFD')
		.replace(/[^\p{L}\p{N}]/gu, '');
}
