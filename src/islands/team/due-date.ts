/**
 * An agreed action's "by when", typed as the reader writes dates: `25.03.2027` in Russian,
 * `25/03/2027` in British English or `03/25/2027` in American, `25 March 2027`, `25 марта 2027`,
 * or `2027-03-25`. A text field instead of `<input type="date">`: Firefox reports a half-typed
 * date field as empty and valid, so nothing could say what was missing, and WebKitGTK's date
 * field takes typed digits only with separators between them (#26). Reading never throws: text
 * is a day, nothing, or a reason to show the reader.
 */
import { dayNumber } from '../../links/result-days';

/** The years a "by when" may name: a year typed wrong (0027, 20277) is reported, not kept. */
export const DUE_YEARS = { min: 2000, max: 2099 } as const;

/** The order a reader writes the numbers of a date in. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** What typed text says: a `YYYY-MM-DD` day ('' for none), or why it names no day. */
export type DueReading =
	{ ok: true; due: string } | { ok: false; problem: 'incomplete' | 'notADate' };

/** A day used to show the format: its day (25) cannot be taken for a month. */
const EXAMPLE_DAY = new Date(Date.UTC(2027, 2, 25));

/**
 * The order of day, month and year in `locale`'s numeric dates.
 * @example dateOrder('ru-RU') → 'dmy'; dateOrder('en-US') → 'mdy'; dateOrder('en-GB') → 'dmy'
 */
export function dateOrder(locale: string): DateOrder {
	const parts = new Intl.DateTimeFormat(locale, { timeZone: 'UTC' })
		.formatToParts(EXAMPLE_DAY)
		.map((part) => part.type)
		.filter((type) => type === 'day' || type === 'month' || type === 'year')
		.map((type) => type[0])
		.join('');
	return parts === 'mdy' || parts === 'ymd' ? parts : 'dmy';
}

/**
 * The locale whose numeric dates a reader of a page in `pageLocale` types: their browser's, when
 * it is of the page's language (an American reading the English pages writes 03/25/2027), else
 * the page's own.
 * @example typingLocale('en-GB', ['en-US', 'ru']) → 'en-US'
 * @example typingLocale('ru-RU', ['en-US']) → 'ru-RU'
 */
export function typingLocale(pageLocale: string, readerLocales: readonly string[]): string {
	const language = pageLocale.split('-')[0];
	const own = readerLocales.find((locale) => locale.split('-')[0] === language);
	if (!own) return pageLocale;
	try {
		return Intl.DateTimeFormat.supportedLocalesOf([own]).length > 0 ? own : pageLocale;
	} catch {
		return pageLocale;
	}
}

/**
 * A day as the reader would type it in `locale`, to edit a saved action or to show the format.
 * @example dueText('2027-03-25', 'ru-RU') → '25.03.2027'
 * @example dueText('2027-03-25', 'en-US') → '03/25/2027'
 */
export function dueText(due: string, locale: string): string {
	const [year, month, day] = due.split('-').map(Number);
	if (!year || !month || !day) return '';
	return new Intl.DateTimeFormat(locale, {
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * The example of the format shown beside the field.
 * @example dueExample('en-GB') → '25/03/2027'
 */
export function dueExample(locale: string): string {
	return dueText(EXAMPLE_DAY.toISOString().slice(0, 10), locale);
}

const monthNamesByLocale = new Map<string, Map<string, number>>();

/**
 * Month names, long and short, nominative and genitive (Russian "март", "марта", "мар."), in
 * `locale` and English, lower case, each with its number. Made once per locale.
 */
function monthNames(locale: string): Map<string, number> {
	const known = monthNamesByLocale.get(locale);
	if (known) return known;
	const names = new Map<string, number>();
	monthNamesByLocale.set(locale, names);
	for (const tag of [locale, 'en-GB']) {
		for (let month = 1; month <= 12; month++) {
			const day = new Date(Date.UTC(2027, month - 1, 25));
			for (const style of ['long', 'short'] as const) {
				const alone = new Intl.DateTimeFormat(tag, { month: style, timeZone: 'UTC' }).format(day);
				const inDate = new Intl.DateTimeFormat(tag, {
					day: 'numeric',
					month: style,
					timeZone: 'UTC',
				})
					.formatToParts(day)
					.find((part) => part.type === 'month')?.value;
				for (const name of [alone, inDate]) {
					if (name) names.set(name.toLowerCase().replace(/\.$/, ''), month);
				}
			}
		}
	}
	return names;
}

/** The month a word names, by its whole name or its first three letters or more. */
function monthOf(word: string, names: Map<string, number>): number | undefined {
	const exact = names.get(word);
	if (exact) return exact;
	if (word.length < 3) return undefined;
	const found = new Set(
		[...names].filter(([name]) => name.startsWith(word)).map(([, month]) => month)
	);
	return found.size === 1 ? [...found][0] : undefined;
}

/** A day from its numbers, if it is a real day in the years an action may name. */
function dayOf(year: number, month: number, day: number): DueReading {
	const due = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const isReal = year >= DUE_YEARS.min && year <= DUE_YEARS.max && dayNumber(due) !== undefined;
	return isReal ? { ok: true, due } : { ok: false, problem: 'notADate' };
}

/** A two-digit year is this century's; any other is taken as written. */
const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

/**
 * Reads a typed "by when" in the order `order` (see `dateOrder()`), with month names in `locale`
 * or English. Empty text is no date; a date without its year, or only part of one, is
 * `incomplete`; anything else that is not a real day from 2000 to 2099 is `notADate`.
 * @example readDue('25.03.2027', 'dmy', 'ru-RU') → { ok: true, due: '2027-03-25' }
 * @example readDue('25 марта 2027 г.', 'dmy', 'ru-RU') → { ok: true, due: '2027-03-25' }
 * @example readDue('March 25, 2027', 'dmy', 'en-GB') → { ok: true, due: '2027-03-25' }
 * @example readDue('25/03', 'dmy', 'en-GB') → { ok: false, problem: 'incomplete' }
 * @example readDue('31/02/2027', 'dmy', 'en-GB') → { ok: false, problem: 'notADate' }
 */
export function readDue(text: string, order: DateOrder, locale: string): DueReading {
	const cleaned = text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[\s\u00a0\u202f]+/gu, ' ')
		.trim()
		// Russian writes «25 марта 2027 г.».
		.replace(/\s*г(ода?)?\.?$/u, '');
	if (cleaned === '') return { ok: true, due: '' };
	if (cleaned.length > 40) return { ok: false, problem: 'notADate' };

	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cleaned);
	if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));

	// Eight digits in a row, as a date field's segments are typed: 25032027.
	const compact = /^\d{8}$/.test(cleaned) ? cleaned : undefined;
	const numbers = compact
		? order === 'ymd'
			? [compact.slice(0, 4), compact.slice(4, 6), compact.slice(6)]
			: [compact.slice(0, 2), compact.slice(2, 4), compact.slice(4)]
		: cleaned.split(/[./\-\s,]+/u).filter(Boolean);

	if (numbers.every((part) => /^\d+$/.test(part))) {
		if (numbers.length < 3) return { ok: false, problem: 'incomplete' };
		if (numbers.length > 3) return { ok: false, problem: 'notADate' };
		const [first = '', second = '', third = ''] = numbers;
		if (order === 'ymd' || first.length === 4) {
			return first.length === 4
				? dayOf(Number(first), Number(second), Number(third))
				: { ok: false, problem: 'notADate' };
		}
		if (!/^\d{2}(\d{2})?$/.test(third)) return { ok: false, problem: 'notADate' };
		const [day, month] = order === 'mdy' ? [second, first] : [first, second];
		return dayOf(fullYear(third), Number(month), Number(day));
	}

	// With the month in words: «25 марта 2027», "25 Mar 2027", "March 25, 2027".
	const names = monthNames(locale);
	const words = numbers.map((part) => part.replace(/\.$/, ''));
	const monthAt = words.findIndex((word) => !/^\d+$/.test(word));
	const month = monthAt === -1 ? undefined : monthOf(words[monthAt] ?? '', names);
	const rest = words.filter((_, index) => index !== monthAt);
	if (!month || !rest.every((word) => /^\d+$/.test(word)) || rest.length > 2) {
		return { ok: false, problem: 'notADate' };
	}
	if (rest.length < 2) return { ok: false, problem: 'incomplete' };
	const [day = '', year = ''] = rest;
	if (day.length > 2 || !/^\d{2}(\d{2})?$/.test(year)) return { ok: false, problem: 'notADate' };
	return dayOf(fullYear(year), month, Number(day));
}
