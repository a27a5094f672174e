/**
 * A session's name (DESIGN.md "Team sessions in the room"): what the facilitator calls the
 * session, usually the client («Северный ветер»). It is optional, plain text and never checked:
 * it labels results, it does not vouch for them.
 *
 * It travels in the part of an address after `#`, beside whatever else is there, so it never
 * reaches a server and never enters a share code's checksum:
 *
 *     …/assessments/relationship-health/#s=%D0%A1%D0%B5%D0%B2%D0%B5%D1%80%D0%BD%D1%8B%D0%B9   the invitation
 *     …/assessments/relationship-health/#r=2.4.9g.12345….1ciizix&s=%D0%A1…                      a result made from it
 *
 * - `s` is percent-encoded UTF-8 in which only ASCII letters and digits stay as they are: a space,
 *   a dot or a dash at its end is `%20`, `%2E`, `%2D`, so the punctuation that chats and mail glue
 *   to a link (`.`, `)`, `»`) can always be told from the name, and a browser's address bar shows
 *   the name in letters;
 * - readers from before session names stop a share code at `&` (`CODE_CHARACTERS`), so an old
 *   page opens such a result and ignores the name; a link without `s` opens as it always did;
 * - the team link carries the name in its own named part, as base64url (`team-link.ts`).
 *
 * A name is at most `MAX_SESSION_NAME_LENGTH` characters as a reader counts them; control and
 * bidirectional-override characters are removed and white space collapsed. Markup is kept as typed
 * and always shown as text.
 */
import { cutText } from './graphemes';
import { lenientDecode, stripInvisible } from './percent';

/** The fragment parameter that holds a session's name: `#s=…` or `…&s=…`. */
export const SESSION_PARAM = 's';

/**
 * Longest session name, in characters as a reader counts them: a client's or a project's name.
 * Each Cyrillic letter is six characters of the invitation's address; 40 keep its QR code
 * coarse enough to scan from the back of a room.
 */
export const MAX_SESSION_NAME_LENGTH = 40;

/** At most four bytes of UTF-8 per character, as a share code's name. */
const MAX_SESSION_NAME_BYTES = 4 * MAX_SESSION_NAME_LENGTH;

const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A session name as it is kept and shown: control and bidirectional-override characters removed,
 * white space collapsed, trimmed, cut to `MAX_SESSION_NAME_LENGTH` characters, and without a
 * closing quote or bracket at its end that nothing opened (what a chat glues to a link arrives
 * percent-encoded, like the name, so it is told apart this way). Says whether it cut.
 * @example cleanSessionName('  Северный \n ветер» ') → { name: 'Северный ветер', isCut: false }
 * @example cleanSessionName('«Ветер»') → { name: '«Ветер»', isCut: false }
 */
export function cleanSessionName(text: string): { name: string; isCut: boolean } {
	const cleaned = trimGlued(text.replace(UNSAFE, ' ').replace(/\s+/gu, ' '));
	const cut = cutText(cleaned, MAX_SESSION_NAME_LENGTH, MAX_SESSION_NAME_BYTES);
	return { name: cut.isCut ? trimGlued(cut.text) : cleaned, isCut: cut.isCut };
}

// Each closing mark a chat may glue to a link, with the mark that opens it.
const OPENERS: Record<string, string> = {
	'»': '«',
	'”': '“',
	'“': '„',
	'’': '‘',
	')': '(',
	']': '[',
	'>': '<',
	'"': '"',
	"'": "'",
};

const TRAILING_SPACE = /[\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+$/u;

/** Removes trailing white space and invisible characters, and closing marks nothing opened. */
function trimGlued(text: string): string {
	let rest = text.replace(/^\s+/u, '').replace(TRAILING_SPACE, '');
	for (;;) {
		const last = rest.at(-1) ?? '';
		const opener = OPENERS[last];
		if (opener === undefined) return rest;
		const count = (mark: string) => rest.split(mark).length - 1;
		const isBalanced = opener === last ? count(last) % 2 === 0 : count(opener) >= count(last);
		if (isBalanced) return rest;
		rest = rest.slice(0, -1).replace(TRAILING_SPACE, '');
	}
}

/**
 * A session name being typed: cut to the limit, spaces kept (the next word is coming). Says
 * whether it had to cut.
 * @example limitSessionInput('Северный ') → { text: 'Северный ', isCut: false }
 */
export function limitSessionInput(text: string): { text: string; isCut: boolean } {
	const cut = cutText(text.replace(UNSAFE, ' '), MAX_SESSION_NAME_LENGTH, MAX_SESSION_NAME_BYTES);
	return { text: cut.text, isCut: cut.isCut };
}

/**
 * The name as the `s` parameter carries it: percent-encoded UTF-8, only ASCII letters and digits
 * left as they are; empty for no name.
 * @example encodeSessionName('Nord 2.') → 'Nord%202%2E'
 */
export function encodeSessionName(name: string): string {
	let out = '';
	for (const byte of new TextEncoder().encode(cleanSessionName(name).name)) {
		const char = String.fromCharCode(byte);
		out += /[A-Za-z0-9]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
	}
	return out;
}

/**
 * Reads the value of an `s` parameter, however it arrived: percent-encoded, shown in letters by a
 * chat, or with a broken escape left by a tool (dropped). Never throws; empty when there is no name.
 * @example decodeSessionName('%D0%A1%D0%B5%D0%B2%D0%B5%D1%80') → 'Север'
 * @example decodeSessionName('Nord%2') → 'Nord'
 */
export function decodeSessionName(value: string): string {
	// What is left of an escape is not text: a tool cut it, or it was never UTF-8.
	const whole = value
		.slice(0, MAX_SESSION_NAME_BYTES * 3 + 16)
		.replace(/%(?![0-9A-Fa-f]{2})[0-9A-Fa-f]?/g, '');
	return cleanSessionName(lenientDecode(whole, true)).name;
}

// The value of `s`, as far as a tool left it: escapes, ASCII letters and digits, and the letters a
// chat may show decoded (`#s=Северный%20ветер`). Anything else ends it: `&`, a quote, a bracket.
const VALUE = /^[A-Za-z0-9%\p{L}\p{M}\p{N}]*/u;

// The start of the `s` part: `&s=`, or `%26s%3D` in an address encoded once more.
const PART_START = new RegExp(`^(?:&|%26)${SESSION_PARAM}(?:=|%3D)`, 'i');

/**
 * The session name in an address's fragment (`#s=…`, `#r=…&s=…`); empty when there is none.
 * @example sessionInFragment('#r=2.4.9g.1234.x.1c&s=Nord') → 'Nord'
 * @example sessionInFragment('#s=%D0%AE%D0%B3') → 'Юг'
 */
export function sessionInFragment(fragment: string): string {
	const text = stripInvisible(fragment.slice(0, 4000));
	const at = new RegExp(`(?:^#?|&|%26)${SESSION_PARAM}(?:=|%3D)`, 'i').exec(text);
	return at ? readValue(text.slice(at.index + at[0].length)).name : '';
}

/**
 * The `&s=…` part at the very start of `text` (what follows a share code in a link), and how many
 * characters of `text` it takes; no name and 0 when `text` does not start with one.
 * @example sessionPartAt('&s=Nord». Thanks') → { name: 'Nord', length: 7 }
 */
export function sessionPartAt(text: string): { name: string; length: number } {
	const start = PART_START.exec(text.slice(0, 16));
	if (!start) return { name: '', length: 0 };
	const value = readValue(text.slice(start[0].length, start[0].length + 4000));
	return { name: value.name, length: start[0].length + value.length };
}

function readValue(text: string): { name: string; length: number } {
	const value = VALUE.exec(text)?.[0] ?? '';
	// An address encoded once more (a mail scanner's) leaves `%25` before each escape.
	const once = /%25[0-9A-Fa-f]{2}/.test(value) ? lenientDecode(value) : value;
	return { name: decodeSessionName(once), length: value.length };
}

/**
 * The named part that appends a session to a fragment: `&s=…`, or empty for no name.
 * @example sessionPart('Nord') → '&s=Nord'
 */
export function sessionPart(name: string): string {
	const encoded = encodeSessionName(name);
	return encoded ? `&${SESSION_PARAM}=${encoded}` : '';
}

/**
 * The fragment of an invitation that names a session, `#s=…`, or empty for no name.
 * @example sessionFragment('Nord') → '#s=Nord'
 */
export function sessionFragment(name: string): string {
	const encoded = encodeSessionName(name);
	return encoded ? `#${SESSION_PARAM}=${encoded}` : '';
}

/**
 * Whether two session names name the same session: case, spacing and Unicode forms aside.
 * @example isSameSession('Северный ветер', ' северный  ВЕТЕР') → true
 */
export function isSameSession(a: string, b: string): boolean {
	return sessionKey(a) === sessionKey(b);
}

function sessionKey(name: string): string {
	return cleanSessionName(name.normalize('NFC')).name.toLocaleLowerCase();
}

/**
 * The name as part of a file name: characters file systems refuse replaced, spaces as dashes.
 * @example fileNamePart('Ветер: «Север»/2') → 'Ветер-«Север»-2'
 */
export function fileNamePart(name: string): string {
	return cleanSessionName(name)
		.name.replace(/[\\/:*?"<>|]+/g, ' ')
		.trim()
		.replace(/[\s.]+$/u, '')
		.replace(/\s+/gu, '-');
}
