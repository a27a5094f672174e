/**
 * Text carried in a link: UTF-8 bytes in base64url (RFC 4648 §5, no padding), which every tool
 * that touches a link leaves alone. Used for display names in share codes and for the agreed
 * actions in a team link.
 */

/**
 * Encodes text as base64url of its UTF-8 bytes.
 * @example encodeText('Anna') → 'QW5uYQ'
 * @example encodeText('Анна') → '0JDQvdC90LA'
 */
export function encodeText(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Decodes base64url back to text; undefined when it is not base64url of valid UTF-8 (such text was
 * not written by `encodeText`). Never throws.
 * @example decodeText('QW5uYQ') → 'Anna'
 * @example decodeText('_w') → undefined (the byte 0xFF is not UTF-8)
 */
export function decodeText(encoded: string): string | undefined {
	if (encoded === '') return '';
	if (!/^[A-Za-z0-9_-]+$/.test(encoded) || encoded.length % 4 === 1) return undefined;
	let binary: string;
	try {
		binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
	} catch {
		return undefined;
	}
	const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
	const text = new TextDecoder().decode(bytes);
	// Invalid UTF-8 decodes to replacement characters, which encode back to other bytes; so do
	// leftover bits in the last character, which a canonical encoding leaves at zero.
	return encodeText(text) === encoded ? text : undefined;
}
