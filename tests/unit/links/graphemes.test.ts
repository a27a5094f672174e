/** Limits count characters as a reader sees them, and never cut one in half (#20). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cutText, graphemes } from '../../../src/links/graphemes';
import {
	MAX_NAME_BYTES,
	MAX_NAME_LENGTH,
	limitName,
	sanitizeName,
} from '../../../src/links/share-name';

const FAMILY = '👨‍👩‍👧‍👦';

describe('graphemes()', () => {
	test('a family emoji, a flag and a letter with a combining accent are one character each', () => {
		expect(graphemes(`${FAMILY}🇷🇺é`)).toEqual([FAMILY, '🇷🇺', 'é']);
	});
});

describe('cutText()', () => {
	test('cuts between characters, never inside one', () => {
		expect(cutText(`Аня ${FAMILY}`, 4)).toEqual({ text: 'Аня ', isCut: true });
		expect(cutText(`Аня ${FAMILY}`, 5)).toEqual({ text: `Аня ${FAMILY}`, isCut: false });
		expect(cutText('ab', 5, 1)).toEqual({ text: 'a', isCut: true });
	});

	test('whatever the text, what it keeps is whole characters from its start, within both limits', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 80 }),
				fc.integer({ min: 0, max: 60 }),
				fc.integer({ min: 0, max: 300 }),
				(text, max, maxBytes) => {
					const { text: kept, isCut } = cutText(text, max, maxBytes);
					const all = graphemes(text);
					const keptCharacters = graphemes(kept);
					expect(all.slice(0, keptCharacters.length)).toEqual(keptCharacters);
					expect(keptCharacters.length).toBeLessThanOrEqual(max);
					expect(new TextEncoder().encode(kept).length).toBeLessThanOrEqual(maxBytes);
					expect(isCut).toBe(kept !== text);
				}
			)
		);
	});
});

describe('a display name', () => {
	test('37 letters and a family emoji fit whole: 38 characters (#20)', () => {
		const name = `${'Д'.repeat(37)}${FAMILY}`;
		expect(sanitizeName(name)).toBe(name);
		expect(limitName(name).isCut).toBe(false);
	});

	test('a name over 40 characters is cut at 40, and says so', () => {
		const name = `${'Анна'.repeat(10)}${FAMILY}`;
		expect(limitName(name)).toEqual({ name: 'Анна'.repeat(10), isCut: true });
	});

	test('is always at most 40 characters and 160 bytes, whole characters only, and stable', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (typed) => {
				const name = sanitizeName(typed);
				expect(graphemes(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
				expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
				expect(sanitizeName(name)).toBe(name);
			})
		);
	});
});
