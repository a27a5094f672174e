/**
 * Whether a search that found nothing really searched the site's current index (#21). Pagefind
 * skips an index chunk it cannot fetch and answers with what it has, so offline (before the
 * service worker had the index) or in a tab left open across a redeploy (the old chunks gone)
 * it reports "nothing found" for words the lessons contain. The search panel asks before saying
 * so: the index's entry file names each language's index by a hash, which changes with the index.
 */

/** What can be said of the index a search that found nothing used. */
export type IndexState =
	/** The index the page loaded is the site's current one: nothing found is the answer. */
	| 'current'
	/** The index cannot be fetched (no connection): the search did not really run. */
	| 'unreachable'
	/** The site has a new index since the page loaded: the page is of an older build. */
	| 'changed';

/**
 * The hash that names a language's index in Pagefind's `pagefind-entry.json`, parsed from
 * `unknown`; undefined if the entry has none.
 * @example entryIndexHash({ languages: { ru: { hash: 'ru_8a76239496' } } }, 'ru') → 'ru_8a76239496'
 * @example entryIndexHash('<html>', 'ru') → undefined
 */
export function entryIndexHash(entry: unknown, lang: string): string | undefined {
	if (typeof entry !== 'object' || entry === null) return undefined;
	const languages: unknown = (entry as { languages?: unknown }).languages;
	if (typeof languages !== 'object' || languages === null || !Object.hasOwn(languages, lang)) {
		return undefined;
	}
	const index: unknown = (languages as Record<string, unknown>)[lang];
	if (typeof index !== 'object' || index === null) return undefined;
	const hash: unknown = (index as { hash?: unknown }).hash;
	return typeof hash === 'string' && hash !== '' ? hash : undefined;
}

/**
 * The state of the index, from the hash the page loaded and the one the site has now (undefined:
 * could not be fetched or read). A hash the page never learned cannot show a change.
 * @example indexState('en_1', 'en_2') → 'changed'
 * @example indexState('en_1', undefined) → 'unreachable'
 */
export function indexState(loaded: string | undefined, current: string | undefined): IndexState {
	if (current === undefined) return 'unreachable';
	return loaded !== undefined && loaded !== current ? 'changed' : 'current';
}
