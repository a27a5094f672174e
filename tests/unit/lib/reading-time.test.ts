import { describe, expect, test } from 'vitest';
import {
	answeringMinutes,
	countWords,
	mdxToText,
	readingMinutes,
	sectionWordCounts,
} from '../../../src/lib/reading-time';
import { useTranslations } from '../../../src/i18n/i18n';

describe('countWords()', () => {
	test('counts words with apostrophes and hyphens as one', () => {
		expect(countWords('Clients don’t buy a to-do list — they buy judgement.')).toBe(9);
	});

	test('counts Cyrillic words', () => {
		expect(countWords('Клиент — это не покупатель, а партнёр.')).toBe(6);
	});
});

describe('mdxToText()', () => {
	test('keeps the words and drops components, link targets and markup', () => {
		const text = mdxToText(
			'<KeyIdea>\n### Why\nAsk [why](https://example.com/long/path) **first**.\n</KeyIdea>'
		);
		expect(text).not.toMatch(/KeyIdea|example|[#*]/);
		expect(countWords(text)).toBe(4);
	});
});

describe('readingMinutes()', () => {
	test('is at least one minute', () => {
		expect(readingMinutes(0, 'en')).toBe(1);
	});

	test('reads Russian more slowly than English', () => {
		expect(readingMinutes(900, 'ru')).toBeGreaterThan(readingMinutes(900, 'en'));
	});
});

describe('reading time strings', () => {
	test.each([
		[1, '1 минута чтения'],
		[3, '3 минуты чтения'],
		[7, '7 минут чтения'],
		[11, '11 минут чтения'],
		[21, '21 минута чтения'],
		[24, '24 минуты чтения'],
	])('Russian: %i → %s', (count, expected) => {
		// Russian strings bind the number to its noun with a no-break space (#12).
		expect(useTranslations('ru')('lesson.readingTime', { count })).toBe(
			expected.replace(' ', '\u00A0')
		);
	});

	test.each([
		[1, '1 minute read'],
		[5, '5 minute read'],
	])('English: %i → %s', (count, expected) => {
		expect(useTranslations('en')('lesson.readingTime', { count })).toBe(expected);
	});
});

describe('answeringMinutes()', () => {
	test('gives a 21-statement assessment several minutes, not “about a minute” (#12)', () => {
		expect(answeringMinutes(21)).toBe(4);
		expect(answeringMinutes(12)).toBe(2);
	});

	test('is at least a minute', () => {
		expect(answeringMinutes(1)).toBe(1);
		expect(answeringMinutes(0)).toBe(1);
	});
});

describe('the statement count on an assessment page', () => {
	test.each([
		[1, '1 утверждение, около 1 мин.'],
		[12, '12 утверждений, около 2 мин.'],
		[21, '21 утверждение, около 4 мин.'],
		[24, '24 утверждения, около 4 мин.'],
	])('Russian: %i → %s', (count, expected) => {
		const text = useTranslations('ru')('assessment.statementCount', {
			count,
			minutes: answeringMinutes(count),
		});
		expect(text.replaceAll('\u00A0', ' ')).toBe(expected);
	});
});

describe('sectionWordCounts()', () => {
	test('counts the words before the first heading and under each ## or ### heading (#24)', () => {
		const body =
			'Intro here.\n## One\nTwo words.\n#### Deeper\nstill one\n### Sub\n```\n## not a heading\n```\nEnd.';
		expect(sectionWordCounts(body)).toEqual({ before: 2, sections: [6, 5] });
	});
});
