/**
 * Russian typography in the built site (#12): every Russian page, as a reader gets it, binds a
 * one-letter word (в, к, с, о, у, и, а, я) to the next one with a no-break space, so that no line
 * ends with it. Lesson prose, frontmatter, assessment texts and UI strings all meet here, so this
 * is where a text that skipped the typographer shows up. Runs on `dist/` (after `npm run build`),
 * with the search suite.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const RUSSIAN_PAGES = join(DIST, 'ru');

/** Stands for a tag in the extracted text: not a space, and transparent to the checks. */
const TAG = '\u0001';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? htmlFiles(join(dir, entry.name))
			: entry.name.endsWith('.html')
				? [join(dir, entry.name)]
				: []
	);
}

/** The text a reader reads on a page: the body without scripts, styles, code and attributes. */
function readableText(html: string): string {
	const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
	return body
		.replace(/<(script|style|pre|code|template|svg)\b[\s\S]*?<\/\1>/g, TAG)
		.replace(/<[^>]+>/g, TAG)
		.replace(/&nbsp;|&#160;|&#xa0;/gi, '\u00A0')
		.replace(/&(?:amp|lt|gt|quot|#39);/g, '&');
}

/** One-letter Cyrillic words followed by an ordinary space or line break, with some context. */
function looseOneLetterWords(text: string): string[] {
	const found: string[] = [];
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}.])([а-яё])${TAG}*[ \\t\\n]+${TAG}*(?=\\S)`, 'giu');
	for (const match of text.matchAll(pattern)) {
		const start = Math.max(0, match.index - 30);
		found.push(
			text
				.slice(start, match.index + 30)
				.replaceAll(TAG, '')
				.replace(/\s+/g, ' ')
				.trim()
		);
	}
	return found;
}

const pages = existsSync(RUSSIAN_PAGES) ? htmlFiles(RUSSIAN_PAGES) : [];

describe('the built Russian pages', () => {
	test('exist (run `npm run build` first)', () => {
		expect(pages.length).toBeGreaterThan(0);
	});

	test.each(pages.map((file) => [relative(DIST, file), file] as const))(
		'%s binds every one-letter word to the next',
		(_, file) => {
			expect(looseOneLetterWords(readableText(readFileSync(file, 'utf8')))).toEqual([]);
		}
	);

	test.each(pages.map((file) => [relative(DIST, file), file] as const))(
		'%s writes no-break spaces as characters, not entities',
		(_, file) => {
			expect(readFileSync(file, 'utf8')).not.toMatch(/&nbsp;|&#160;|&#xa0;|&#8239;|&#x202f;/i);
		}
	);
});

describe('looseOneLetterWords()', () => {
	test('finds an ordinary space after a one-letter word, across tags and line breaks', () => {
		expect(looseOneLetterWords(readableText('<body><p>Клиент и агентство</p></body>'))).toEqual([
			'Клиент и агентство',
		]);
		expect(
			looseOneLetterWords(
				readableText('<body><p><strong>Я</strong> думаю, что в\nцелом</p></body>')
			)
		).toEqual(['Я думаю, что в целом', 'Я думаю, что в целом']);
	});

	test('accepts a no-break space, initials and abbreviations', () => {
		expect(
			looseOneLetterWords(
				readableText('<body><p>Клиент и\u00A0агентство, т. е. А.\u00A0С.</p></body>')
			)
		).toEqual([]);
	});
});
