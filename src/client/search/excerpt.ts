/**
 * Pagefind excerpts, read as data. An excerpt is page text in which Pagefind escaped `<` and `>`
 * and wrapped each matched word in `<mark>…</mark>`; it is never given to `innerHTML`. It is split
 * into plain and matched runs of text, which the search UI renders as text nodes and `<mark>`
 * elements, so nothing in an indexed page can become markup or script on ours.
 */

/** A run of excerpt text; `isMatch` when Pagefind marked it as matching the query. */
export interface ExcerptSegment {
	text: string;
	isMatch: boolean;
}

const MARK_TAG = /<(\/?)mark>/giu;

/**
 * Splits an excerpt into plain and matched runs. Only `<mark>` and `</mark>` are read as tags;
 * every other character is text, with Pagefind's `&lt;` and `&gt;` turned back into `<` and `>`.
 * Unbalanced tags are tolerated; neighbouring runs of the same kind are merged and empty runs
 * dropped.
 * @example parseExcerpt('set <mark>metrics</mark> early') → [{ text: 'set ', isMatch: false }, { text: 'metrics', isMatch: true }, { text: ' early', isMatch: false }]
 */
export function parseExcerpt(excerpt: string): ExcerptSegment[] {
	const segments: ExcerptSegment[] = [];
	let isMatch = false;
	let start = 0;
	for (const tag of excerpt.matchAll(MARK_TAG)) {
		pushSegment(segments, excerpt.slice(start, tag.index), isMatch);
		isMatch = tag[1] !== '/';
		start = tag.index + tag[0].length;
	}
	pushSegment(segments, excerpt.slice(start), isMatch);
	return segments;
}

/**
 * Writes segments back in Pagefind's excerpt form (the inverse of `parseExcerpt`, for tests and
 * fixtures).
 * @example formatExcerpt([{ text: 'a<b', isMatch: true }]) → '<mark>a&lt;b</mark>'
 */
export function formatExcerpt(segments: readonly ExcerptSegment[]): string {
	return segments
		.map(({ text, isMatch }) => {
			const escaped = text.replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
			return isMatch ? `<mark>${escaped}</mark>` : escaped;
		})
		.join('');
}

function pushSegment(segments: ExcerptSegment[], raw: string, isMatch: boolean): void {
	const text = raw.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>');
	if (text === '') return;
	const last = segments.at(-1);
	if (last && last.isMatch === isMatch) last.text += text;
	else segments.push({ text, isMatch });
}
