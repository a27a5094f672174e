/**
 * Which lessons this browser has opened, and which it has read to the end, for the home page.
 *
 * Stored shape: `clientship:v1:progress` holds `{"opened":["slug", …],"read":["slug", …]}`, each
 * in first-time order. `read` came later (#16): a value without it has read nothing yet. A value
 * that does not parse, or has another shape, is dropped and replaced; unknown slugs are kept (a
 * renamed lesson simply stops counting) but never shown.
 */
import { STORAGE_NAMESPACE, type KeyValueStorage } from './browser-storage';

/** Where opened lessons are recorded. */
export const PROGRESS_KEY = `${STORAGE_NAMESPACE}:progress`;

/** What the home page shows: the lessons opened and the lessons read to their takeaways. */
export interface LessonProgress {
	opened: string[];
	read: string[];
}

const MAX_SLUGS = 100;
const SLUG = /^[a-z0-9-]{1,80}$/;

/**
 * The lessons opened and read so far; empty when nothing valid is stored.
 * @example readProgress(storageWith('{"opened":["a","b"],"read":["a"]}')) → { opened: ['a', 'b'], read: ['a'] }
 */
export function readProgress(storage: KeyValueStorage): LessonProgress {
	const raw = storage.getItem(PROGRESS_KEY);
	if (raw === null) return { opened: [], read: [] };
	const parsed = parseProgress(raw);
	if (!parsed) storage.removeItem(PROGRESS_KEY);
	return parsed ?? { opened: [], read: [] };
}

/**
 * The slugs of the lessons opened so far; empty when nothing valid is stored.
 * @example readOpenedLessons(storageWith('{"opened":["a","b"]}')) → ['a', 'b']
 */
export function readOpenedLessons(storage: KeyValueStorage): string[] {
	return readProgress(storage).opened;
}

/**
 * Records that a lesson was opened.
 * @example markLessonOpened(storage, 'marriage-or-mess')
 */
export function markLessonOpened(storage: KeyValueStorage, slug: string): void {
	record(storage, slug, 'opened');
}

/**
 * Records that a lesson was read to the end (its takeaways came into view); it counts as opened.
 * @example markLessonRead(storage, 'marriage-or-mess')
 */
export function markLessonRead(storage: KeyValueStorage, slug: string): void {
	record(storage, slug, 'opened');
	record(storage, slug, 'read');
}

function record(storage: KeyValueStorage, slug: string, list: keyof LessonProgress): void {
	if (!SLUG.test(slug)) return;
	const progress = readProgress(storage);
	if (progress[list].includes(slug)) return;
	progress[list] = [...progress[list], slug].slice(-MAX_SLUGS);
	storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
}

function parseProgress(raw: string): LessonProgress | undefined {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null || !('opened' in value)) return undefined;
	const opened = parseSlugs(value.opened);
	const read = 'read' in value ? parseSlugs(value.read) : [];
	return opened && read ? { opened, read } : undefined;
}

function parseSlugs(value: unknown): string[] | undefined {
	if (!Array.isArray(value) || value.length > MAX_SLUGS) return undefined;
	if (!value.every((slug): slug is string => typeof slug === 'string' && SLUG.test(slug)))
		return undefined;
	return [...new Set(value)];
}
