/**
 * Telling a real match from Pagefind's last resort. When no indexed word starts with a query word,
 * Pagefind 1.6 falls back to the longest indexed word that the query word starts with, however
 * short: `ключевой`, in no lesson, finds every page through the preposition `к`, and `asdf` every
 * English page through `a`. Such a result is no answer, so the search drops a page unless each
 * query word shares its first letters with a word the page matched (see `isGenuineMatch`).
 */
import { foldWord } from './query';

/** How many leading letters a matched word must share with a query word to count. */
export const SHARED_PREFIX = 3;

/**
 * The words of a page's content at the given word positions, as Pagefind counts them (split on
 * white space), folded with `foldWord` and split at hyphens and other joiners, so the parts of a
 * compound count on their own.
 * @example matchedWords('A pre-sale call', [1]) → ['presale', 'pre', 'sale']
 */
export function matchedWords(content: string, locations: readonly number[]): string[] {
	const words = content.split(/\s+/u).filter((word) => word !== '');
	const found = new Set<string>();
	for (const location of locations) {
		const word = words[location];
		if (word === undefined) continue;
		for (const part of [word, ...word.split(/[^\p{L}\p{N}]+/u)]) {
			const folded = foldWord(part);
			if (folded) found.add(folded);
		}
	}
	return [...found];
}

/**
 * Whether a page matched every query word for real: for each folded query word, some matched word
 * shares its first `SHARED_PREFIX` letters (or the whole query word, if it is shorter). Pagefind
 * has already required each query word to match something; this rejects pages it matched only
 * through a much shorter word.
 * @example isGenuineMatch(['новыи'], ['новая']) → true
 * @example isGenuineMatch(['ключевои'], ['к']) → false
 */
export function isGenuineMatch(queryWords: readonly string[], matched: readonly string[]): boolean {
	return queryWords.every((query) => {
		const needed = Math.min(SHARED_PREFIX, query.length);
		return matched.some((word) => sharedPrefixLength(query, word) >= needed);
	});
}

function sharedPrefixLength(a: string, b: string): number {
	let length = 0;
	while (length < a.length && length < b.length && a[length] === b[length]) length++;
	return length;
}
