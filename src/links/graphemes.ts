/**
 * Counting text as a reader sees it: grapheme clusters (a family emoji, a letter with its accent,
 * a flag are one character each), by the platform's `Intl.Segmenter` (Unicode UAX #29). A limit
 * never cuts a cluster in half (DESIGN.md "Limits are stated, never silent").
 */

const segmenter =
	typeof Intl.Segmenter === 'function'
		? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
		: undefined;

/**
 * The characters of `text` as a reader counts them. Where the platform has no `Intl.Segmenter`,
 * code points (a cluster of several may then count as several).
 * @example graphemes('Аня 👨‍👩‍👧') → ['А', 'н', 'я', ' ', '👨‍👩‍👧']
 */
export function graphemes(text: string): string[] {
	if (!segmenter) return [...text];
	return Array.from(segmenter.segment(text), (part) => part.segment);
}

/**
 * `text` cut to at most `max` characters and, if given, `maxBytes` bytes of UTF-8, at a character
 * boundary; says whether it had to cut.
 * @example cutText('Аня 👨‍👩‍👧', 4) → { text: 'Аня ', isCut: true }
 * @example cutText('ab', 5, 1) → { text: 'a', isCut: true }
 */
export function cutText(
	text: string,
	max: number,
	maxBytes = Number.POSITIVE_INFINITY
): { text: string; isCut: boolean } {
	const characters = graphemes(text);
	let kept = '';
	let bytes = 0;
	for (const [index, character] of characters.entries()) {
		const size = new TextEncoder().encode(character).length;
		if (index >= max || bytes + size > maxBytes) return { text: kept, isCut: true };
		kept += character;
		bytes += size;
	}
	return { text: kept, isCut: false };
}
