/**
 * Where the reader stopped in each lesson, on this device, for "Continue: lesson 3, «Where this
 * breaks down», 3 min left" on the home page and the lesson (#24).
 *
 * Stored shape: `clientship:v1:positions` holds one entry per lesson slug,
 * `{"marriage-or-mess":{"section":7,"progress":0.42,"at":1733590000000}, …}`: the index of the
 * section in the lesson's contents (the same in both languages, so a lesson read in English
 * continues in Russian), how far through the lesson the reader was (0–1), and when (ms since
 * 1970, this device's clock). New in v1 (#24): nothing older to read.
 *
 * Every tab writes here. A write re-reads the stored value and changes only its own lesson's
 * entry, so tabs reading different lessons never undo each other; an entry taken later is never
 * replaced by one taken earlier (a tab left open on yesterday's place does not win over today's),
 * unless the stored time is ahead of this device's clock, which a clock set back would otherwise
 * freeze. A value that is not an object is dropped; an entry that does not parse is dropped
 * alone, the others kept.
 */
import { STORAGE_NAMESPACE, type KeyValueStorage } from './browser-storage';

/** Where reading positions are kept. */
export const POSITIONS_KEY = `${STORAGE_NAMESPACE}:positions`;

/** Where the reader stopped in one lesson. */
export interface ReadingPosition {
	/** The section's index in the lesson's contents, from 0. */
	section: number;
	/** How far through the lesson, from 0 to 1. */
	progress: number;
	/** When, in ms since 1970 by this device's clock. */
	at: number;
}

const MAX_LESSONS = 100;
const MAX_SECTIONS = 500;
const SLUG = /^[a-z0-9-]{1,80}$/;

/**
 * The valid positions stored, by lesson slug; a corrupted entry is left out (and the stored value
 * without it is written back), a value that is not an object at all is removed.
 * @example readPositions(storageWith('{"a":{"section":2,"progress":0.3,"at":5},"b":7}')) → { a: { section: 2, progress: 0.3, at: 5 } }
 */
export function readPositions(storage: KeyValueStorage): Record<string, ReadingPosition> {
	const raw = storage.getItem(POSITIONS_KEY);
	if (raw === null) return {};
	const parsed = parsePositions(raw);
	if (!parsed) {
		storage.removeItem(POSITIONS_KEY);
		return {};
	}
	if (parsed.dropped) storage.setItem(POSITIONS_KEY, JSON.stringify(parsed.positions));
	return parsed.positions;
}

/**
 * Keeps where the reader is in a lesson, unless a later position of that lesson is stored already.
 * @example savePosition(storage, 'marriage-or-mess', { section: 7, progress: 0.42, at: Date.now() })
 */
export function savePosition(
	storage: KeyValueStorage,
	slug: string,
	position: ReadingPosition,
	now: number = Date.now()
): void {
	if (!SLUG.test(slug) || !isPosition(position)) return;
	const positions = readPositions(storage);
	const stored = positions[slug];
	if (stored && isLater(stored, position.at, now)) return;
	positions[slug] = position;
	storage.setItem(POSITIONS_KEY, JSON.stringify(newest(positions)));
}

/**
 * Forgets a lesson's position once it is read to the end at `at`, unless the position was taken
 * after that (in another tab, say).
 * @example clearPosition(storage, 'marriage-or-mess', Date.now())
 */
export function clearPosition(
	storage: KeyValueStorage,
	slug: string,
	at: number,
	now: number = Date.now()
): void {
	const positions = readPositions(storage);
	const stored = positions[slug];
	if (!stored || isLater(stored, at, now)) return;
	delete positions[slug];
	storage.setItem(POSITIONS_KEY, JSON.stringify(positions));
}

/**
 * The most recent position among the given lessons, with its slug; undefined when none is stored.
 * @example latestPosition({ a: { section: 1, progress: 0.1, at: 5 }, b: { section: 2, progress: 0.5, at: 9 } }, ['a', 'b']) → ['b', { section: 2, progress: 0.5, at: 9 }]
 */
export function latestPosition(
	positions: Readonly<Record<string, ReadingPosition>>,
	slugs: readonly string[]
): [string, ReadingPosition] | undefined {
	let latest: [string, ReadingPosition] | undefined;
	for (const slug of slugs) {
		const position = Object.hasOwn(positions, slug) ? positions[slug] : undefined;
		if (position && (!latest || position.at > latest[1].at)) latest = [slug, position];
	}
	return latest;
}

/** Whether `stored` was taken after `at` by a clock that agrees with this device's `now`. */
function isLater(stored: ReadingPosition, at: number, now: number): boolean {
	return stored.at > at && stored.at <= now;
}

/** The `MAX_LESSONS` most recent positions. */
function newest(positions: Record<string, ReadingPosition>): Record<string, ReadingPosition> {
	const entries = Object.entries(positions);
	if (entries.length <= MAX_LESSONS) return positions;
	return Object.fromEntries(entries.sort((a, b) => b[1].at - a[1].at).slice(0, MAX_LESSONS));
}

function parsePositions(
	raw: string
): { positions: Record<string, ReadingPosition>; dropped: boolean } | undefined {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const positions: Record<string, ReadingPosition> = {};
	let dropped = false;
	for (const [slug, entry] of Object.entries(value)) {
		if (SLUG.test(slug) && isPosition(entry)) {
			positions[slug] = { section: entry.section, progress: entry.progress, at: entry.at };
		} else dropped = true;
	}
	return { positions, dropped };
}

function isPosition(value: unknown): value is ReadingPosition {
	if (typeof value !== 'object' || value === null) return false;
	const { section, progress, at } = value as Record<string, unknown>;
	return (
		Number.isInteger(section) &&
		(section as number) >= 0 &&
		(section as number) < MAX_SECTIONS &&
		typeof progress === 'number' &&
		progress >= 0 &&
		progress <= 1 &&
		Number.isSafeInteger(at) &&
		(at as number) >= 0
	);
}
