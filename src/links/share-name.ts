/**
 * The display name in a share code: cleaned so that it is never markup, and carried as UTF-8 in
 * base64url (compact for Cyrillic, safe in any URL).
 */
import { decodeText, encodeText } from './base64url';
import { cutText } from './graphemes';

/** Longest display name, in characters as a reader counts them (grapheme clusters). */
export const MAX_NAME_LENGTH = 40;

/**
 * Longest display name in bytes of UTF-8: 40 characters of up to four bytes, as names were counted
 * before clusters were; only a name of many multi-part emoji reaches it before 40 characters. It
 * keeps every code short enough for any link (`MAX_CODE_LENGTH`).
 */
export const MAX_NAME_BYTES = 4 * MAX_NAME_LENGTH;

/**
 * Makes a display name safe to carry and show: control and bidirectional-override characters and
 * angle brackets removed (a name is never markup), white space collapsed, trimmed, and cut to 40
 * characters (never inside one). A decoded name that this would change was not made by
 * Clientship: the link is rejected.
 * @example sanitizeName('  Anna \n <b>Petrova</b>\u202e ') → 'Anna b Petrova/b'
 */
export function sanitizeName(name: string): string {
	return limitName(name).name;
}

/**
 * `sanitizeName`, and whether the name had to be cut to fit, for the page to say so.
 * @example limitName('x'.repeat(45)) → { name: 'xxx…' (40), isCut: true }
 */
export function limitName(name: string): { name: string; isCut: boolean } {
	const cleaned = name
		.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069<>]/gu, ' ')
		.replace(/\s+/gu, ' ')
		.trim();
	const cut = cutText(cleaned, MAX_NAME_LENGTH, MAX_NAME_BYTES);
	return { name: cut.text.trim(), isCut: cut.isCut };
}

/**
 * The name as base64url of its UTF-8, without padding; empty for no name.
 * @example encodeName('Anna') → 'QW5uYQ'
 */
export function encodeName(name: string): string {
	return name ? encodeText(name) : '';
}

/**
 * The name a code carries, or undefined if the field is not base64url of valid UTF-8 or is longer
 * than 40 characters of up to four bytes could be.
 * @example decodeName('QW5uYQ') → 'Anna'
 */
export function decodeName(encoded: string): string | undefined {
	// At most MAX_NAME_BYTES bytes, in base64 without padding: at most 214 characters.
	if (encoded.length > Math.ceil((MAX_NAME_BYTES * 4) / 3)) return undefined;
	return decodeText(encoded);
}
