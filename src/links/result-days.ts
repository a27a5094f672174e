/**
 * The calendar days share codes and saved results record: `YYYY-MM-DD` strings, numbered from
 * 2026-01-01 in a code (base 36, two characters for years to come). Day precision only: a result
 * records the reader's calendar day, never a time.
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

/**
 * Today's date in the reader's own calendar (not UTC), `YYYY-MM-DD`.
 * @example localDay(new Date(2026, 10, 30, 23, 30)) → '2026-11-30'
 */
export function localDay(now: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
