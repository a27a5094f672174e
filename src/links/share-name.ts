/**
 * The display name in a share code: cleaned so that it is never markup, and carried as UTF-8 in
 * base64url (compact for Cyrillic, safe in any URL).
 */
import { decodeText, encodeText } from './base64url';

/** Longest display name, in characters. */
export const MAX_NAME_LENGTH = 40;

/**
 * Makes a display name safe to carry and show: control and bidirectional-override characters and
 * angle brackets removed (a name is never markup), white space collapsed, trimmed, and cut to 40
 * characters. A decoded name that this would change was not made by Clientship: the link is rejected.
 * @example sanitizeName('  Anna \n <b>Petrova</b>\u202e ') → 'Anna b Petrova/b'
 */
export function sanitizeName(name: string): string {
	const cleaned = name
		.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069<>]/gu, ' ')
		.replace(/\s+/gu, ' ')
		.trim();
	return [...cleaned].slice(0, MAX_NAME_LENGTH).join('').trim();
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
	// 40 characters of up to 4 UTF-8 bytes each, in base64 without padding: at most 214 characters.
	if (encoded.length > Math.ceil((4 * MAX_NAME_LENGTH * 4) / 3)) return undefined;
	return decodeText(encoded);
}
