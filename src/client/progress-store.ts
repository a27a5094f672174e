/**
 * Which lessons this browser has opened, for the progress line on the home page.
 *
 * Stored shape: `clientship:v1:progress` holds `{"opened":["slug", …]}`, in first-opened order.
 * A value that does not parse, or has another shape, is dropped and replaced; unknown slugs are
 * kept (a renamed lesson simply stops counting) but never shown.
 */
import { STORAGE_NAMESPACE, type KeyValueStorage } from './browser-storage';

/** Where opened lessons are recorded. */
export const PROGRESS_KEY = `${STORAGE_NAMESPACE}:progress`;

const MAX_SLUGS = 100;
const SLUG = /^[a-z0-9-]{1,80}$/;

/**
 * The slugs of the lessons opened so far; empty when nothing valid is stored.
 * @example readOpenedLessons(storageWith('{"opened":["a","b"]}')) → ['a', 'b']
 */
export function readOpenedLessons(storage: KeyValueStorage): string[] {
	const raw = storage.getItem(PROGRESS_KEY);
	if (raw === null) return [];
	const parsed = parseProgress(raw);
	if (!parsed) storage.removeItem(PROGRESS_KEY);
	return parsed ?? [];
}

/**
 * Records that a lesson was opened.
 * @example markLessonOpened(storage, 'marriage-or-mess')
 */
export function markLessonOpened(storage: KeyValueStorage, slug: string): void {
	if (!SLUG.test(slug)) return;
	const opened = readOpenedLessons(storage);
	if (opened.includes(slug)) return;
	storage.setItem(PROGRESS_KEY, JSON.stringify({ opened: [...opened, slug].slice(-MAX_SLUGS) }));
}

function parseProgress(raw: string): string[] | undefined {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null || !('opened' in value)) return undefined;
	const { opened } = value;
	if (!Array.isArray(opened) || opened.length > MAX_SLUGS) return undefined;
	if (!opened.every((slug): slug is string => typeof slug === 'string' && SLUG.test(slug)))
		return undefined;
	return [...new Set(opened)];
}
