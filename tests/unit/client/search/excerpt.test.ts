/** Pagefind excerpts are parsed as data, never rendered as HTML (#6). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	formatExcerpt,
	parseExcerpt,
	type ExcerptSegment,
} from '../../../../src/client/search/excerpt';

describe('parseExcerpt()', () => {
	test('splits plain and marked text', () => {
		expect(parseExcerpt('agree the <mark>metrics</mark> of <mark>success</mark>.')).toEqual([
			{ text: 'agree the ', isMatch: false },
			{ text: 'metrics', isMatch: true },
			{ text: ' of ', isMatch: false },
			{ text: 'success', isMatch: true },
			{ text: '.', isMatch: false },
		]);
	});

	test('turns Pagefind’s escaped angle brackets back into text', () => {
		expect(parseExcerpt('a &lt;script&gt;alert(1)&lt;/script&gt; b')).toEqual([
			{ text: 'a <script>alert(1)</script> b', isMatch: false },
		]);
	});

	test('reads no tag but <mark>: other markup stays text', () => {
		expect(parseExcerpt('<img src=x onerror=alert(1)><mark>x</mark>')).toEqual([
			{ text: '<img src=x onerror=alert(1)>', isMatch: false },
			{ text: 'x', isMatch: true },
		]);
	});

	test('tolerates unbalanced marks and merges neighbours', () => {
		expect(parseExcerpt('</mark>a<mark>b<mark>c</mark></mark>d<mark>')).toEqual([
			{ text: 'a', isMatch: false },
			{ text: 'bc', isMatch: true },
			{ text: 'd', isMatch: false },
		]);
	});

	test('accepts any string without throwing, and keeps all of its text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (raw) => {
				const segments = parseExcerpt(raw);
				const text = raw
					.replace(/<\/?mark>/giu, '')
					.replace(/&lt;/gu, '<')
					.replace(/&gt;/gu, '>');
				expect(segments.map((segment) => segment.text).join('')).toBe(text);
				expect(segments.every((segment) => segment.text !== '')).toBe(true);
			})
		);
	});

	test('accepts strings built from tags and entities without throwing', () => {
		const pieces = fc.constantFrom(
			'<mark>',
			'</mark>',
			'<MARK>',
			'&lt;',
			'&gt;',
			'&amp;',
			'<',
			'>',
			'a',
			'й',
			' '
		);
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => void parseExcerpt(parts.join('')))
		);
	});

	test('round-trips segments through formatExcerpt()', () => {
		const segment = fc.record({
			text: fc
				.string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
				.filter((text) => !/&[lg]t;/u.test(text)),
			isMatch: fc.boolean(),
		});
		fc.assert(
			fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
				const merged = segments.reduce<ExcerptSegment[]>((all, next) => {
					const last = all.at(-1);
					if (last && last.isMatch === next.isMatch) last.text += next.text;
					else all.push({ ...next });
					return all;
				}, []);
				expect(parseExcerpt(formatExcerpt(segments))).toEqual(merged);
			})
		);
	});
});
