import { describe, expect, test } from 'vitest';
import { pluralForms } from '../../../src/i18n/i18n';
import { fill, plural } from '../../../src/i18n/plural';

describe('plural()', () => {
	const added = pluralForms('ru', 'team.added');

	test.each([
		[1, 'Добавлен 1 результат.'],
		[3, 'Добавлено 3 результата.'],
		[5, 'Добавлено 5 результатов.'],
		[11, 'Добавлено 11 результатов.'],
		[0, 'Добавлено 0 результатов.'],
	])('picks the Russian form for %i', (count, expected) => {
		// Russian strings bind the number to its noun with a no-break space (#12).
		expect(plural('ru', added, count).replaceAll('\u00A0', ' ')).toBe(expected);
	});

	test.each([
		[1000, 'Добавлено 1 000 результатов.'],
		[1021, 'Добавлен 1 021 результат.'],
		[2_000_003, 'Добавлено 2 000 003 результата.'],
	])('writes %i with Russian digit groups and its plural form (#20)', (count, expected) => {
		expect(plural('ru', added, count).replace(/[\u00A0\u202F]/g, ' ')).toBe(expected);
	});

	test('writes thousands the English way', () => {
		expect(plural('en', pluralForms('en', 'team.added'), 1203)).toBe('1,203 results added.');
	});

	test('picks the English form', () => {
		expect(plural('en', pluralForms('en', 'assessment.unanswered'), 1)).toBe(
			'1 statement still needs an answer:'
		);
		expect(plural('en', pluralForms('en', 'assessment.unanswered'), 2)).toBe(
			'2 statements still need an answer:'
		);
	});
});

describe('fill()', () => {
	test('fills known placeholders and leaves unknown ones', () => {
		expect(fill('{{a}} and {{b}}', { a: 1 })).toBe('1 and {{b}}');
	});

	test('puts a value in as it is, even one with the $ patterns String.replace would expand', () => {
		// A name from a share link such as "$`" must not pull in the text around the placeholder.
		expect(fill('Removed {{name}}.', { name: "$` $& $'" })).toBe("Removed $` $& $'.");
	});
});
