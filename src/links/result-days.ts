/**
 * The calendar days share codes and saved results record: `YYYY-MM-DD` strings, numbered from
 * 2026-01-01 in a code (base 36, two characters for years to come; negative before 2026). Day
 * precision only: a result records the reader's calendar day, never a time.
 *
 * The day is information, never a reason to refuse a result (DESIGN.md "Any clock"): a phone whose
 * clock fell back to 1970 after a flat battery, or runs days ahead, still makes and opens results;
 * `dayNote` says when a day looks wrong, for the page to show beside it.
 */

/** Day 0 of the `day` field. */
const EPOCH_DAY = Date.UTC(2026, 0, 1);

/** The day format 2 was first written: no real code is older. */
export const FIRST_DATED_DAY = '2026-11-30';

const DAY_MS = 86_400_000;

/**
 * The number of a `YYYY-MM-DD` day since 2026-01-01, or undefined if it is not a real day.
 * @example dayNumber('2026-11-30') → 333
 */
export function dayNumber(date: string): number | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const time = Date.UTC(year, month - 1, day);
	if (dayString((time - EPOCH_DAY) / DAY_MS) !== date) return undefined;
	return (time - EPOCH_DAY) / DAY_MS;
}

/**
 * The `YYYY-MM-DD` of a day number since 2026-01-01.
 * @example dayString(333) → '2026-11-30'
 */
export function dayString(day: number): string {
	return new Date(EPOCH_DAY + day * DAY_MS).toISOString().slice(0, 10);
}

/** The earliest and latest days a code can carry: four base-36 digits either side of day 0. */
const DAY_LIMIT = 36 ** 4 - 1;

/** The first day a device clock can show (a reset clock shows 1970-01-01, the Unix epoch). */
const EARLIEST_DEVICE_DAY = '1970-01-01';

/** The last day a code can carry (in the year 6624). */
const LATEST_CODE_DAY = dayString(DAY_LIMIT);

/**
 * Today's date in the reader's own calendar (not UTC), `YYYY-MM-DD`, whatever the device's clock
 * says: a clock before 1970 (or an invalid date) reads as 1970-01-01, so that a result can always
 * be made and carried in a code.
 * @example localDay(new Date(2026, 10, 30, 23, 30)) → '2026-11-30'
 * @example localDay(new Date(Number.NaN)) → '1970-01-01'
 */
export function localDay(now: Date): string {
	const year = now.getFullYear();
	if (!Number.isFinite(year) || year < 1970) return EARLIEST_DEVICE_DAY;
	if (year > 6000) return LATEST_CODE_DAY;
	const pad = (value: number) => String(value).padStart(2, '0');
	const day = `${year}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
	return day > LATEST_CODE_DAY ? LATEST_CODE_DAY : day;
}

/**
 * Whether a day number fits in a code's day field (`-zzzz` to `zzzz` in base 36) and is a day of
 * the years 0001–9999.
 * @example isCodeDay(333) → true
 */
export function isCodeDay(day: number): boolean {
	return (
		Number.isInteger(day) &&
		Math.abs(day) <= DAY_LIMIT &&
		/^\d{4}-/.test(dayString(day)) &&
		dayNumber(dayString(day)) === day
	);
}

/** Why a result's day looks wrong, for a note beside it: before Clientship dated results, or ahead of today. */
export type DayNote = 'before-dated' | 'ahead';

/**
 * Whether a result's day looks wrong seen from `today` (both `YYYY-MM-DD`): before dated results
 * existed (a device clock that fell back), or more than a day ahead (a day ahead is a time zone
 * across the date line, not a wrong clock).
 * @example dayNote('2025-06-01', '2026-12-07') → 'before-dated'
 * @example dayNote('2026-12-08', '2026-12-07') → undefined
 * @example dayNote('2026-12-20', '2026-12-07') → 'ahead'
 */
export function dayNote(date: string, today: string): DayNote | undefined {
	if (date < FIRST_DATED_DAY) return 'before-dated';
	const day = dayNumber(date);
	const now = dayNumber(today);
	return day !== undefined && now !== undefined && day > now + 1 ? 'ahead' : undefined;
}
