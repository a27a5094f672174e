/** The build's page steps: where a page is written, and which pages the search indexes (#15). */
import { describe, expect, test } from 'vitest';
import { pageFile } from '../../../src/integrations/built-pages';
import { isIndexed } from '../../../src/integrations/pagefind';

describe('pageFile()', () => {
	test('writes a page as a folder’s index.html, under the base or not', () => {
		expect(pageFile('/en/lessons/marriage-or-mess/', '/')).toBe(
			'en/lessons/marriage-or-mess/index.html'
		);
		expect(pageFile('/clientship/ru/', '/clientship/')).toBe('ru/index.html');
		expect(pageFile('/clientship/ru/', '/clientship')).toBe('ru/index.html');
		expect(pageFile('/', '/')).toBe('index.html');
	});

	test('keeps a file name, and reads an encoded path as the file it names', () => {
		expect(pageFile('/404.html', '/')).toBe('404.html');
		expect(pageFile('/en/%D1%83%D1%80%D0%BE%D0%BA/', '/')).toBe('en/урок/index.html');
	});
});

describe('isIndexed()', () => {
	test('finds data-pagefind-body on any element, and only as an attribute', () => {
		expect(isIndexed('<article class="lesson" data-pagefind-body data-lesson-slug="x">')).toBe(
			true
		);
		expect(isIndexed('<main data-pagefind-body>')).toBe(true);
		expect(isIndexed('<p>Mark a page with data-pagefind-body to index it.</p>')).toBe(false);
		expect(isIndexed('<div data-pagefind-ignore>')).toBe(false);
	});
});
