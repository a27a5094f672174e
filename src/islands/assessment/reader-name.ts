/**
 * The reader's display name for share links: one name for every assessment, typed once (DESIGN.md
 * "On a phone": a reader sending five results types it once), kept in this browser.
 *
 * Stored shape: `clientship:v1:name` holds the name as a JSON string, cleaned by `sanitizeName`.
 * Anything else found there is removed. Names typed before this existed were kept per assessment
 * (`SavedAnswers.legacyName`); the first one met becomes the name.
 */
import { STORAGE_NAMESPACE, type KeyValueStorage } from '../../client/browser-storage';
import { sanitizeName } from '../../links/share-name';

/** Where the name is kept. */
export const NAME_KEY = `${STORAGE_NAMESPACE}:name`;

/**
 * The reader's name, or '' when none is kept (or what is kept is unusable, and so removed).
 * @example loadReaderName(storageWith('"Anna"')) → 'Anna'
 */
export function loadReaderName(storage: KeyValueStorage): string {
	const raw = storage.getItem(NAME_KEY);
	if (raw === null) return '';
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		value = undefined;
	}
	if (typeof value !== 'string' || value.length > 1000 || sanitizeName(value) !== value) {
		storage.removeItem(NAME_KEY);
		return '';
	}
	return value;
}

/**
 * Keeps the reader's name (cleaned); an empty name removes it. Returns what was kept.
 * @example saveReaderName(storage, '  Anna ') → 'Anna'
 */
export function saveReaderName(storage: KeyValueStorage, name: string): string {
	const clean = sanitizeName(name);
	if (clean === '') storage.removeItem(NAME_KEY);
	else storage.setItem(NAME_KEY, JSON.stringify(clean));
	return clean;
}
