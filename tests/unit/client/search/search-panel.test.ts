/** The search panel's interface text arrives in a data attribute and is read defensively (#6). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { pluralForms } from '../../../../src/i18n/i18n';
import { plural } from '../../../../src/i18n/plural';
import { readStrings } from '../../../../src/client/search/search-panel';

const valid = {
	results: { one: '{{count}} result', other: '{{count}} results' },
	noResults: 'Nothing found for “{{query}}”.',
	loading: 'Searching…',
	error: 'Search couldn’t load.',
	outdated: 'Clientship has been updated since this page was opened.',
	showMore: 'Show more results',
};

describe('readStrings()', () => {
	test('reads the strings the page writes', () => {
		expect(readStrings(JSON.stringify(valid))).toEqual(valid);
	});

	test('rejects missing, broken or incomplete strings', () => {
		expect(readStrings(undefined)).toBeUndefined();
		expect(readStrings('{broken')).toBeUndefined();
		expect(readStrings(JSON.stringify({ ...valid, error: 3 }))).toBeUndefined();
		expect(readStrings(JSON.stringify({ ...valid, results: null }))).toBeUndefined();
	});

	test('never throws, whatever the attribute holds', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
				const strings = readStrings(raw);
				if (strings) expect(typeof strings.noResults).toBe('string');
			})
		);
	});
});

describe('the results count', () => {
	test.each([
		['en', 1, '1 result'],
		['en', 3, '3 results'],
		['ru', 1, '1 результат'],
		['ru', 3, '3 результата'],
		['ru', 5, '5 результатов'],
		['ru', 21, '21 результат'],
		['ru', 12, '12 результатов'],
	] as const)('%s, %i → %s', (lang, count, text) => {
		// Russian strings bind the number to its noun with a no-break space (#12).
		const expected = lang === 'ru' ? text.replace(' ', '\u00A0') : text;
		expect(plural(lang, pluralForms(lang, 'search.results'), count)).toBe(expected);
	});
});
