/** Russian typography by a tool (#12): what the typograf configuration binds, and what it leaves alone. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	NARROW_NBSP,
	NBSP,
	typeset,
	typesetAll,
	typesetRussian,
} from '../../../src/i18n/typography';

/** Shows non-breaking spaces in failure messages: ⍽ for U+00A0, ⁀ for U+202F. */
const visible = (text: string) => text.replaceAll(NBSP, '⍽').replaceAll(NARROW_NBSP, '⁀');
const ru = (text: string) => visible(typesetRussian(text));

describe('typesetRussian()', () => {
	test.each([
		[
			'after one-letter words',
			'Я думаю, что в бизнесе и у клиента',
			'Я⍽думаю, что в⍽бизнесе и⍽у⍽клиента',
		],
		[
			'after short prepositions and conjunctions',
			'для клиента или без него',
			'для⍽клиента или⍽без⍽него',
		],
		['before a spaced em dash', 'Клиент — это партнёр', 'Клиент⍽— это партнёр'],
		['before бы, же, ли', 'Знает ли он, что мы бы смогли', 'Знает⍽ли он, что мы⍽бы смогли'],
		['between a number and its noun', 'за 300 тысяч и 15 минут', 'за⍽300⍽тысяч и⍽15⍽минут'],
		['between a number and млн', 'бюджет 1,5 млн рублей', 'бюджет 1,5⍽млн рублей'],
		['before a percent sign', 'скидка 20 % клиентам', 'скидка 20⍽% клиентам'],
		['in initials', 'писал А. С. Пушкин', 'писал А.⍽С.⍽Пушкин'],
		['in abbreviations', 'сроки, бюджет и т. д.', 'сроки, бюджет и⍽т.⍽д.'],
		['after №', 'урок № 5', 'урок №⁀5'],
		['the groups of a number (#25)', 'смета на 10 000 листовок', 'смета на⍽10⁀000⍽листовок'],
		[
			'every group of a long number (#25)',
			'первые 1 200 000 символов',
			'первые 1⁀200⁀000⍽символов',
		],
		['a long number typed without groups (#25)', 'итого 12345 рублей', 'итого 12⁀345⍽рублей'],
	])('binds %s', (_, input, expected) => {
		expect(ru(input)).toBe(expected);
	});

	test('leaves a four-digit number ungrouped, as Russian typesetting does (#25)', () => {
		expect(ru('Посчитайте 5000 буклетов к 2026 году')).toBe('Посчитайте 5000⍽буклетов к⍽2026⍽году');
	});

	test('keeps « » and „ “ as typed', () => {
		const text = '«Он сказал: „Потом“» и "прямые" кавычки';
		expect(typesetRussian(text).replaceAll(NBSP, ' ')).toBe(text);
	});

	test('turns a spaced hyphen into the house em dash, and leaves unspaced dashes alone', () => {
		expect(ru('Клиент - партнёр, кто-то 20–40 минут')).toBe('Клиент⍽— партнёр, кто-то 20–40 минут');
	});

	test('writes characters, never HTML entities', () => {
		const result = typesetRussian('в 2026 году № 5');
		expect(result).not.toMatch(/&\w+;|&#\d+;/);
		expect(result).toContain(NBSP);
		expect(result).toContain(NARROW_NBSP);
	});

	test('keeps &, < and > as typed, even where they look like markup', () => {
		expect(ru('в &nbsp; и <b>жирный</b> & x < y')).toBe('в⍽&nbsp; и⍽<b>жирный</b> & x⍽< y');
	});

	test('keeps leading and trailing spaces, which join text nodes around inline markup', () => {
		expect(ru(' и дальше в ')).toBe(' и⍽дальше в⍽');
	});

	test('keeps {{placeholders}} intact and binds number placeholders to their noun', () => {
		expect(ru('Ответов: {{count}} из {{total}}')).toBe('Ответов: {{count}}⍽из⍽{{total}}');
		expect(ru('{{count}} минута чтения')).toBe('{{count}}⍽минута чтения');
		expect(ru('Ссылка на раздел «{{title}}» — {{name}}')).toBe(
			'Ссылка на⍽раздел «{{title}}»⍽— {{name}}'
		);
	});

	test('changes nothing but spaces, dashes and digit groups, whatever the text', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				// Digit groups may be joined or split («12345» → «12 345»); nothing else may change.
				const normalise = (value: string) =>
					value
						.replace(/(\d)[\u00A0\u202F ](?=\d)/g, '$1')
						.replace(/[\u00A0\u202F ]/g, ' ')
						.replace(/ ?[—–-]-? /g, ' — ');
				expect(normalise(typesetRussian(text))).toBe(normalise(text));
			})
		);
	});

	test('leaves English untouched through typeset()', () => {
		expect(typeset('en', 'a client in a hurry — 20 %')).toBe('a client in a hurry — 20 %');
		expect(visible(typeset('ru', 'о проекте'))).toBe('о⍽проекте');
	});
});

describe('typesetAll()', () => {
	test('typesets every string of a Russian value and keeps its shape and other values', () => {
		const updated = new Date('2026-11-22');
		const result = typesetAll('ru', {
			title: 'Брак или брак?',
			order: 3,
			updated,
			takeaways: ['Спросите о цели'],
		});
		expect(result).toEqual({
			title: `Брак или${NBSP}брак?`,
			order: 3,
			updated,
			takeaways: [`Спросите о${NBSP}цели`],
		});
	});

	test('returns an English value as it is', () => {
		const value = { title: 'A client in a hurry' };
		expect(typesetAll('en', value)).toBe(value);
	});
});
