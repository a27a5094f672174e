/** The search page's address follows the query (#6). */
import { describe, expect, test } from 'vitest';
import { queryFromUrl, searchPageUrl } from '../../../../src/client/search/search-page';

describe('queryFromUrl()', () => {
	test('reads q, decoded', () => {
		expect(queryFromUrl('https://x.test/ru/search/?q=%D0%BA%D0%BB%D0%B8%D0%B5%D0%BD%D1%82')).toBe(
			'клиент'
		);
		expect(queryFromUrl('https://x.test/en/search/?q=new+clients')).toBe('new clients');
	});

	test('gives an empty query without q', () => {
		expect(queryFromUrl('https://x.test/en/search/')).toBe('');
	});
});

describe('searchPageUrl()', () => {
	test('sets q and keeps the rest of the address', () => {
		expect(searchPageUrl('https://x.test/sub/en/search/?q=old#top', 'new clients')).toBe(
			'https://x.test/sub/en/search/?q=new+clients#top'
		);
	});

	test('removes q for an empty query', () => {
		expect(searchPageUrl('https://x.test/en/search/?q=old', '')).toBe('https://x.test/en/search/');
	});
});
