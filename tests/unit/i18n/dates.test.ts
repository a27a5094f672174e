/** Dates in words, the same on every build machine. */
import { afterEach, describe, expect, test } from 'vitest';
import { formatDateOnly, formatDay } from '../../../src/i18n/dates';

const zone = process.env['TZ'];
afterEach(() => {
	if (zone === undefined) delete process.env['TZ'];
	else process.env['TZ'] = zone;
});

describe('formatDay()', () => {
	test('writes a day the way the lessons do, in each language', () => {
		expect(formatDay('2026-03-10', 'en')).toBe('10 March 2026');
		expect(formatDay('2026-03-10', 'ru')).toBe('10 марта 2026 г.');
	});
});

describe('formatDateOnly()', () => {
	test('gives a frontmatter date its own day west and east of Greenwich', () => {
		const updated = new Date('2026-11-30');
		for (const timeZone of ['America/Los_Angeles', 'Asia/Vladivostok', 'UTC']) {
			process.env['TZ'] = timeZone;
			expect(formatDateOnly(updated, 'en')).toBe('30 November 2026');
			expect(formatDateOnly(updated, 'ru')).toBe('30 ноября 2026 г.');
		}
	});
});
