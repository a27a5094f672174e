import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	DUE_YEARS,
	dateOrder,
	dueExample,
	dueText,
	readDue,
	typingLocale,
} from '../../../../src/islands/team/due-date';
import { dayNumber } from '../../../../src/links/result-days';

const LOCALES = ['en-GB', 'en-US', 'ru-RU'] as const;

/** Any real day an action may be due by. */
const days = fc
	.date({
		min: new Date(Date.UTC(DUE_YEARS.min, 0, 1)),
		max: new Date(Date.UTC(DUE_YEARS.max, 11, 31)),
		noInvalidDate: true,
	})
	.map((date) => date.toISOString().slice(0, 10));

describe('dateOrder()', () => {
	test('knows day-first, month-first and year-first locales', () => {
		expect(dateOrder('ru-RU')).toBe('dmy');
		expect(dateOrder('en-GB')).toBe('dmy');
		expect(dateOrder('en-US')).toBe('mdy');
		expect(dateOrder('ja-JP')).toBe('ymd');
	});
});

describe('typingLocale()', () => {
	test("takes the reader's own locale when it is of the page's language", () => {
		expect(typingLocale('en-GB', ['en-US', 'ru'])).toBe('en-US');
		expect(typingLocale('en-GB', ['ru-RU', 'en-AU'])).toBe('en-AU');
		expect(typingLocale('ru-RU', ['ru'])).toBe('ru');
	});

	test("keeps the page's locale for a reader of another language, or a broken tag", () => {
		expect(typingLocale('ru-RU', ['en-US'])).toBe('ru-RU');
		expect(typingLocale('en-GB', [])).toBe('en-GB');
		expect(typingLocale('en-GB', ['en-'])).toBe('en-GB');
	});
});

describe('dueExample()', () => {
	test('shows the format with a day that cannot pass for a month', () => {
		expect(dueExample('en-GB')).toBe('25/03/2027');
		expect(dueExample('en-US')).toBe('03/25/2027');
		expect(dueExample('ru-RU')).toBe('25.03.2027');
	});
});

describe('readDue()', () => {
	test('reads nothing typed as no date', () => {
		expect(readDue('', 'dmy', 'en-GB')).toEqual({ ok: true, due: '' });
		expect(readDue('  \u00a0', 'dmy', 'ru-RU')).toEqual({ ok: true, due: '' });
	});

	test.each([
		['25.03.2027', 'dmy', 'ru-RU'],
		['25.3.27', 'dmy', 'ru-RU'],
		['25/03/2027', 'dmy', 'en-GB'],
		['03/25/2027', 'mdy', 'en-US'],
		['2027-03-25', 'dmy', 'en-GB'],
		['2027-3-25', 'mdy', 'en-US'],
		['25032027', 'dmy', 'ru-RU'],
		['03252027', 'mdy', 'en-US'],
		['25 марта 2027 г.', 'dmy', 'ru-RU'],
		['25 мар. 2027', 'dmy', 'ru-RU'],
		['25 March 2027', 'dmy', 'en-GB'],
		['March 25, 2027', 'mdy', 'en-US'],
		['25 mar 2027', 'dmy', 'ru-RU'],
		[' 25 Мар 27 ', 'dmy', 'ru-RU'],
	] as const)('reads %s (%s) as 25 March 2027', (text, order, locale) => {
		expect(readDue(text, order, locale)).toEqual({ ok: true, due: '2027-03-25' });
	});

	test.each([
		['25.03', 'ru-RU'],
		['25.', 'ru-RU'],
		['25', 'en-GB'],
		['25 марта', 'ru-RU'],
		['March 25', 'en-GB'],
	] as const)('says %s is incomplete (#26)', (text, locale) => {
		expect(readDue(text, 'dmy', locale)).toEqual({ ok: false, problem: 'incomplete' });
	});

	test.each([
		'31.02.2027',
		'25.13.2027',
		'0031-12-12',
		'25.03.20277',
		'25.03.207',
		'1.2.3.4',
		'tomorrow',
		'25 brumaire 2027',
		'<b>25</b>',
		'25 ма 2027',
	])('says %s is not a date (#26)', (text) => {
		expect(readDue(text, 'dmy', 'ru-RU')).toEqual({ ok: false, problem: 'notADate' });
	});

	test('reads back every day an action may name, as it shows it for editing, in each locale', () => {
		fc.assert(
			fc.property(days, fc.constantFrom(...LOCALES), (due, locale) => {
				expect(readDue(dueText(due, locale), dateOrder(locale), locale)).toEqual({
					ok: true,
					due,
				});
			})
		);
	});

	test('never throws, and only ever answers with a real day in range', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), fc.constantFrom(...LOCALES), (text, locale) => {
				const reading = readDue(text, dateOrder(locale), locale);
				if (reading.ok && reading.due !== '') {
					expect(dayNumber(reading.due)).toBeDefined();
					const year = Number(reading.due.slice(0, 4));
					expect(year).toBeGreaterThanOrEqual(DUE_YEARS.min);
					expect(year).toBeLessThanOrEqual(DUE_YEARS.max);
				}
			})
		);
	});
});
