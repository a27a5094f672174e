/** Access to `localStorage` that never throws (storage may be disabled, full or blocked). */

/** The storage operations the site uses; tests pass an in-memory stand-in. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
	/** Every key stored, for a page that gathers what several others kept. */
	keys(): string[];
};

/** Every key the site writes starts with this; bump the version to drop all old data at once. */
export const STORAGE_NAMESPACE = 'clientship:v1';

const memoryFallback = new Map<string, string>();

/** A storage that does nothing but remember values for this page, when `localStorage` is unusable. */
const inMemoryStorage: KeyValueStorage = {
	getItem: (key) => memoryFallback.get(key) ?? null,
	setItem: (key, value) => void memoryFallback.set(key, value),
	removeItem: (key) => void memoryFallback.delete(key),
	keys: () => [...memoryFallback.keys()],
};

/**
 * The browser's `localStorage`, wrapped so that reading and writing never throw; falls back to an
 * in-memory store when storage is blocked.
 */
export function browserStorage(): KeyValueStorage {
	try {
		const storage = window.localStorage;
		return {
			getItem: (key) => {
				try {
					return storage.getItem(key);
				} catch {
					return null;
				}
			},
			setItem: (key, value) => {
				try {
					storage.setItem(key, value);
				} catch {
					// Quota exceeded or storage blocked: the value lives only as long as the page.
					inMemoryStorage.setItem(key, value);
				}
			},
			removeItem: (key) => {
				try {
					storage.removeItem(key);
				} catch {
					inMemoryStorage.removeItem(key);
				}
			},
			keys: () => {
				try {
					return Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '');
				} catch {
					return inMemoryStorage.keys();
				}
			},
		};
	} catch {
		return inMemoryStorage;
	}
}
