/** The search panel's count of results, in both languages (#6). */
import { describe, expect, test } from 'vitest';
import { pluralForms } from '../../../../src/i18n/i18n';
import { plural } from '../../../../src/i18n/plural';

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
