/** Pages that Pagefind matched only through a much shorter word are not results (#6). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isGenuineMatch, matchedWords } from '../../../../src/client/search/matched-words';

describe('matchedWords()', () => {
	test('picks the words at the matched positions, folded', () => {
		expect(matchedWords('Agree the Metrics, then «Партнёрство»', [2, 4])).toEqual([
			'metrics',
			'партнерство',
		]);
	});

	test('adds the parts of a compound', () => {
		expect(matchedWords('клиента-новичка пришёл', [0])).toEqual([
			'клиентановичка',
			'клиента',
			'новичка',
		]);
	});

	test('ignores positions past the end', () => {
		expect(matchedWords('one two', [5, -1])).toEqual([]);
	});

	test('never throws on any content and positions', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 200 }),
				fc.array(fc.integer({ min: -5, max: 300 })),
				(content, locations) => {
					expect(Array.isArray(matchedWords(content, locations))).toBe(true);
				}
			)
		);
	});
});

describe('isGenuineMatch()', () => {
	test('accepts other forms of the query word', () => {
		expect(isGenuineMatch(['клиентами'], ['клиент'])).toBe(true);
		expect(isGenuineMatch(['новыи'], ['новая', 'к'])).toBe(true);
		expect(isGenuineMatch(['metrics'], ['metric'])).toBe(true);
	});

	test('rejects a page matched only through a short word (Pagefind’s fallback)', () => {
		expect(isGenuineMatch(['ключевои'], ['к'])).toBe(false);
		expect(isGenuineMatch(['asdfgh'], ['a'])).toBe(false);
	});

	test('needs every query word to match', () => {
		expect(isGenuineMatch(['new', 'client'], ['new'])).toBe(false);
		expect(isGenuineMatch(['new', 'client'], ['new', 'clients'])).toBe(true);
	});

	test('accepts short query words matched in full', () => {
		expect(isGenuineMatch(['ai'], ['ai'])).toBe(true);
	});

	test('always accepts a query word that was matched as it is', () => {
		fc.assert(
			fc.property(
				fc.array(fc.stringMatching(/^[a-zа-я]{1,12}$/u), { minLength: 1, maxLength: 4 }),
				(words) => {
					expect(isGenuineMatch(words, words)).toBe(true);
				}
			)
		);
	});
});
