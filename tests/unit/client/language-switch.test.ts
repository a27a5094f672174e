import { describe, expect, test } from 'vitest';
import { currentSection, switchHref } from '../../../src/client/language-switch';

describe('currentSection()', () => {
	test('is the last heading above the reading line (#16)', () => {
		expect(currentSection([-900, -20, 300], 800)).toBe(1);
		expect(currentSection([-900, -20, 150], 800)).toBe(2);
	});

	test('is -1 above the first heading, and skips headings that are not there', () => {
		expect(currentSection([400, 1200], 800)).toBe(-1);
		expect(currentSection([-50, Infinity], 800)).toBe(0);
		expect(currentSection([], 800)).toBe(-1);
	});
});

describe('switchHref()', () => {
	test('leads to a section by its id in the other language', () => {
		expect(switchHref('https://x.test/ru/lessons/a/', { fragment: 'итоги' })).toBe(
			'https://x.test/ru/lessons/a/#%D0%B8%D1%82%D0%BE%D0%B3%D0%B8'
		);
	});

	test('carries a query, and drops what the reader no longer has', () => {
		expect(switchHref('https://x.test/en/search/', { query: 'метрики' })).toBe(
			`https://x.test/en/search/?q=${encodeURIComponent('метрики')}`
		);
		expect(switchHref('https://x.test/en/search/?q=old#x', {})).toBe('https://x.test/en/search/');
	});

	test('keeps a share fragment as it is', () => {
		expect(switchHref('https://x.test/en/team/', { fragment: 't=1.abc' })).toBe(
			'https://x.test/en/team/#t=1.abc'
		);
	});
});
