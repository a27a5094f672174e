import { describe, expect, test } from 'vitest';
import { pluralForms } from '../../../src/i18n/i18n';
import { fill, plural } from '../../../src/i18n/plural';

describe('plural()', () => {
	const progress = pluralForms('ru', 'assessment.progress');

	test.each([
		[1, 'Отвечен 1 вопрос из 12'],
		[3, 'Отвечены 3 вопроса из 12'],
		[5, 'Отвечено 5 вопросов из 12'],
		[11, 'Отвечено 11 вопросов из 12'],
		[0, 'Отвечено 0 вопросов из 12'],
	])('picks the Russian form for %i', (count, expected) => {
		expect(plural('ru', progress, count, { total: 12 })).toBe(expected);
	});

	test('picks the English form', () => {
		expect(plural('en', pluralForms('en', 'assessment.unanswered'), 1)).toBe(
			'1 question still needs an answer:'
		);
		expect(plural('en', pluralForms('en', 'assessment.unanswered'), 2)).toBe(
			'2 questions still need an answer:'
		);
	});
});

describe('fill()', () => {
	test('fills known placeholders and leaves unknown ones', () => {
		expect(fill('{{a}} and {{b}}', { a: 1 })).toBe('1 and {{b}}');
	});
});
