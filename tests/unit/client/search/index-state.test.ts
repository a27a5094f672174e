/** A search that finds nothing says so only when it searched the site's current index (#21). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { entryIndexHash, indexState } from '../../../../src/client/search/index-state';

/** Pagefind 1.6's entry file, as the build writes it. */
const ENTRY = {
	version: '1.6.0',
	languages: {
		en: { hash: 'en_95dc5b73f8', wasm: 'en', page_count: 6 },
		ru: { hash: 'ru_8a76239496', wasm: 'ru', page_count: 6 },
	},
};

describe('entryIndexHash()', () => {
	test('reads the hash of the page’s language', () => {
		expect(entryIndexHash(ENTRY, 'ru')).toBe('ru_8a76239496');
		expect(entryIndexHash(ENTRY, 'en')).toBe('en_95dc5b73f8');
	});

	test('returns undefined for a language without an index, or an entry of another shape', () => {
		expect(entryIndexHash(ENTRY, 'de')).toBeUndefined();
		expect(entryIndexHash(ENTRY, 'constructor')).toBeUndefined();
		expect(entryIndexHash({ languages: { en: { hash: 3 } } }, 'en')).toBeUndefined();
		expect(entryIndexHash({ languages: null }, 'en')).toBeUndefined();
		expect(entryIndexHash('<!doctype html>', 'en')).toBeUndefined();
		expect(entryIndexHash(null, 'en')).toBeUndefined();
	});

	test('never throws, whatever the file holds', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.constantFrom('en', 'ru', '__proto__'), (entry, lang) => {
				const hash = entryIndexHash(entry, lang);
				expect(hash === undefined || typeof hash === 'string').toBe(true);
			})
		);
	});
});

describe('indexState()', () => {
	test('the same index as the page loaded is current', () => {
		expect(indexState('en_1', 'en_1')).toBe('current');
	});

	test('another index means the site changed since the page loaded', () => {
		expect(indexState('en_1', 'en_2')).toBe('changed');
	});

	test('an index that cannot be fetched is unreachable', () => {
		expect(indexState('en_1', undefined)).toBe('unreachable');
		expect(indexState(undefined, undefined)).toBe('unreachable');
	});

	test('a page that never learned its index cannot tell a change', () => {
		expect(indexState(undefined, 'en_2')).toBe('current');
	});
});
