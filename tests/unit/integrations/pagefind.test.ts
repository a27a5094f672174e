/** What the search index says it holds, read from its entry file (#6, #27). */
import { describe, expect, test } from 'vitest';
import { pagesPerLanguage } from '../../../src/integrations/pagefind';

describe('pagesPerLanguage()', () => {
	test('counts the pages of each language in the index', () => {
		expect(
			pagesPerLanguage(
				'{"version":"1.6.0","languages":{"en":{"hash":"en_1","wasm":"en","page_count":6},"ru":{"hash":"ru_2","wasm":"ru","page_count":5}}}'
			)
		).toEqual({ en: 6, ru: 5 });
	});

	test('finds no language in an entry without any', () => {
		expect(pagesPerLanguage('{"version":"1.6.0"}')).toEqual({});
		expect(pagesPerLanguage('null')).toEqual({});
		expect(pagesPerLanguage('{"languages":{"en":null}}')).toEqual({ en: 0 });
	});
});
