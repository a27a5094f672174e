/**
 * The one way a browser script that is not an island gets its UI strings: its component writes
 * the area's bundle as JSON into `data-strings` at build time (`bundle()`), and the script reads it
 * back here against the same area (Starlight passes `data-translations` the same way). A missing
 * or damaged attribute gives undefined, and the script leaves its server-rendered text as it is.
 */
import type { PluralForms } from '../i18n/plural';
import type { Bundle, StringArea } from '../i18n/string-areas';

/**
 * Reads the strings of `area` from a `data-strings` value; undefined if any of its keys is
 * missing or not of its kind (a string, or an object of plural forms). Never throws.
 * @example readStrings('{"loading":"Searching…","results":{"one":"{{count}} result"}}', SEARCH_STRINGS) → { loading: 'Searching…', results: { one: '{{count}} result' } } (when the area has just those keys)
 * @example readStrings('{broken', SEARCH_STRINGS) → undefined
 */
export function readStrings<Area extends StringArea>(
	raw: string | undefined,
	area: Area
): Bundle<Area> | undefined {
	let value: unknown;
	try {
		value = JSON.parse(raw ?? '');
	} catch {
		return undefined;
	}
	if (!isRecord(value)) return undefined;
	const strings: Record<string, string | PluralForms> = {};
	for (const key of area.strings) {
		const text = value[key];
		if (typeof text !== 'string') return undefined;
		strings[key] = text;
	}
	for (const key of area.plurals) {
		const forms = value[key];
		if (!isRecord(forms)) return undefined;
		strings[key] = Object.fromEntries(
			Object.entries(forms).filter(
				(entry): entry is [string, string] => typeof entry[1] === 'string'
			)
		);
	}
	return strings as Bundle<Area>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
