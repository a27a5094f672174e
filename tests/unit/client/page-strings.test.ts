/** Browser scripts read their strings from `data-strings`, written at build time, defensively. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bundle } from '../../../src/i18n/i18n';
import { readStrings } from '../../../src/client/page-strings';
import { SEARCH_STRINGS } from '../../../src/client/search/strings';
import { COPY_BLOCK_STRINGS, HOME_PROGRESS_STRINGS } from '../../../src/client/strings';

const AREAS = [SEARCH_STRINGS, HOME_PROGRESS_STRINGS, COPY_BLOCK_STRINGS];

describe('readStrings()', () => {
	test.each(['en', 'ru'] as const)('reads back what the page writes, in %s', (lang) => {
		for (const area of AREAS) {
			const written = bundle(lang, area);
			expect(readStrings(JSON.stringify(written), area)).toEqual(written);
		}
	});

	test('the search strings have the count in every plural form of Russian', () => {
		const strings = readStrings(JSON.stringify(bundle('ru', SEARCH_STRINGS)), SEARCH_STRINGS);
		expect(Object.keys(strings?.results ?? {}).sort()).toEqual(['few', 'many', 'one', 'other']);
		expect(strings?.loading).toBe('Ищем…');
	});

	test('a missing, broken or incomplete attribute gives nothing', () => {
		const valid = bundle('en', SEARCH_STRINGS);
		expect(readStrings(undefined, SEARCH_STRINGS)).toBeUndefined();
		expect(readStrings('{broken', SEARCH_STRINGS)).toBeUndefined();
		expect(readStrings('[]', SEARCH_STRINGS)).toBeUndefined();
		expect(readStrings(JSON.stringify({ ...valid, error: 3 }), SEARCH_STRINGS)).toBeUndefined();
		expect(
			readStrings(JSON.stringify({ ...valid, results: null }), SEARCH_STRINGS)
		).toBeUndefined();
		const withoutLoading: Record<string, unknown> = { ...valid };
		delete withoutLoading['loading'];
		expect(readStrings(JSON.stringify(withoutLoading), SEARCH_STRINGS)).toBeUndefined();
	});

	test('whatever the attribute holds, it never throws and gives only strings of the right kind', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
				const strings = readStrings(raw, SEARCH_STRINGS);
				if (strings === undefined) return;
				for (const key of SEARCH_STRINGS.strings) expect(typeof strings[key]).toBe('string');
				for (const form of Object.values(strings.results)) expect(typeof form).toBe('string');
			})
		);
	});
});
