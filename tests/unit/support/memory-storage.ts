/** An in-memory stand-in for `localStorage`. */
import type { KeyValueStorage } from '../../../src/client/browser-storage';

/** A storage holding the given entries. */
export function memoryStorage(
	entries: Record<string, string> = {}
): KeyValueStorage & { entries: Map<string, string> } {
	const map = new Map(Object.entries(entries));
	return {
		entries: map,
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => void map.set(key, String(value)),
		removeItem: (key) => void map.delete(key),
		keys: () => [...map.keys()],
	};
}
