/**
 * Calendar days as a reader writes them, in the browser or at build time, with the platform's
 * `Intl` (no date library). Days are `YYYY-MM-DD` strings: a result records the day, never a time.
 */
import { LOCALE_TAGS, isLocale } from './locales';

/**
 * A day in words: "10 March 2026" / «10 марта 2026 г.»; the year is left out when it is the
 * current one and `short` is set.
 * @example formatDay('2026-03-10', 'ru') → '10 марта 2026 г.'
 */
export function formatDay(day: string, lang: string, short = false, today = new Date()): string {
	const [year, month, date] = day.split('-').map(Number);
	const value = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1));
	const sameYear = short && value.getUTCFullYear() === today.getFullYear();
	// The site's own locale tag (`en-GB`: "10 March 2026", the way the lessons write dates).
	return new Intl.DateTimeFormat(isLocale(lang) ? LOCALE_TAGS[lang].intl : lang, {
		day: 'numeric',
		month: 'long',
		...(sameYear ? {} : { year: 'numeric' }),
		timeZone: 'UTC',
	}).format(value);
}

/**
 * A date-only value from frontmatter (`updated: 2026-11-30`, which YAML and Zod make a `Date` at
 * UTC midnight) in words, the same whatever the build machine's time zone: formatted in local
 * time, it would read 29 November on a machine west of Greenwich.
 * @example formatDateOnly(new Date('2026-11-30'), 'ru') → '30 ноября 2026 г.'
 */
export function formatDateOnly(date: Date, lang: string): string {
	return formatDay(date.toISOString().slice(0, 10), lang);
}

/**
 * A moment on this device's clock in words, for lists of things kept on this device: "7 December,
 * 10:14" / «7 декабря, 10:14», with the year when it is not the current one. `time` is ms since
 * 1970.
 * @example formatMoment(Date.UTC(2026, 11, 7, 10, 14), 'en', new Date('2026-12-08')) → '7 December, 10:14' (in UTC)
 */
export function formatMoment(time: number, lang: string, today = new Date()): string {
	const value = new Date(time);
	return new Intl.DateTimeFormat(isLocale(lang) ? LOCALE_TAGS[lang].intl : lang, {
		day: 'numeric',
		month: 'long',
		...(value.getFullYear() === today.getFullYear() ? {} : { year: 'numeric' }),
		hour: '2-digit',
		minute: '2-digit',
	}).format(value);
}
