/**
 * Share codes: a person's answers (and, if they like, their name) packed into the URL fragment of
 * an assessment page, so that a result can be shared by a link without any server.
 *
 * Format (version 1), five fields separated by dots, all URL-safe:
 *
 *     1.<assessment version>.<answers>.<name>.<check>
 *     1.2.4251324513.QW5uYQ.1k3x9q
 *
 * - `answers`: one digit per question, in question order (1–5 for likert, the pile's position for sort);
 * - `name`: the display name as UTF-8 in base64url, empty when none was given;
 * - `check`: a hash of the assessment id and the fields before it, so that a link altered by hand,
 *   truncated, or pasted onto another assessment's page is recognised as damaged.
 *
 * The code holds no text of the assessment, so it reads the same on the English and Russian pages.
 * `decodeShareCode` accepts any input whatsoever and never throws.
 */
import { choiceCount, type Answers, type AssessmentModel } from './model';

/** The format version written at the start of every code. */
export const SHARE_FORMAT = '1';

/** Longest display name, in characters. */
export const MAX_NAME_LENGTH = 40;

/** No valid code comes near this; longer input is rejected before it is looked at. */
export const MAX_CODE_LENGTH = 500;

/** The fragment parameter that holds a share code: `#r=<code>`. */
export const SHARE_PARAM = 'r';

/** What a code must match: the assessment it was made for. */
export interface ShareCodeModel {
	id: string;
	version: number;
	questionCount: number;
	/** Choices per question: 5 for likert, the number of piles for sort. */
	choices: number;
}

/**
 * What a share code of `model` must match: one source for the island, the team view and tests.
 * @example shareCodeModelOf(clientLevel) → { id: 'client-level', version: 1, questionCount: 12, choices: 5 }
 */
export function shareCodeModelOf(
	model: Pick<AssessmentModel, 'id' | 'version' | 'kind' | 'dimensions' | 'questions'>
): ShareCodeModel {
	return {
		id: model.id,
		version: model.version,
		questionCount: model.questions.length,
		choices: choiceCount(model),
	};
}

/** A decoded share: the answers and the display name (empty if none). */
export interface SharedResult {
	answers: number[];
	name: string;
}

/** Why a code could not be read. */
export type ShareCodeError =
	| 'empty'
	| 'too-long'
	| 'malformed'
	| 'unknown-format'
	| 'other-version'
	| 'wrong-length'
	| 'bad-answer'
	| 'bad-name'
	| 'checksum';

/** The outcome of decoding: the shared result, or why there is none. */
export type DecodeResult = { ok: true; value: SharedResult } | { ok: false; error: ShareCodeError };

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
 * Packs answers and an optional name into a share code.
 * @example encodeShareCode({ id: 'client-level', version: 1, questionCount: 3, choices: 5 }, [4, 2, 5], 'Anna') → '1.1.425.QW5uYQ.…'
 */
export function encodeShareCode(model: ShareCodeModel, answers: Answers, name = ''): string {
	if (
		answers.length !== model.questionCount ||
		answers.some((a) => !Number.isInteger(a) || a < 1 || a > model.choices)
	) {
		throw new RangeError(
			`encodeShareCode: answers must be ${model.questionCount} choices from 1 to ${model.choices}`
		);
	}
	const body = [
		SHARE_FORMAT,
		String(model.version),
		answers.join(''),
		encodeName(sanitizeName(name)),
	].join('.');
	return signShareCode(model.id, body);
}

/**
 * Reads a share code made for `model`; any input is accepted and a bad one yields an error.
 * @example decodeShareCode(model, '1.1.425.QW5uYQ.…') → { ok: true, value: { answers: [4, 2, 5], name: 'Anna' } }
 * @example decodeShareCode(model, '<script>') → { ok: false, error: 'malformed' }
 */
export function decodeShareCode(model: ShareCodeModel, code: unknown): DecodeResult {
	try {
		return decode(model, code);
	} catch {
		// decode() is written not to throw; this is the last line of defence for untrusted input.
		return { ok: false, error: 'malformed' };
	}
}

function decode(model: ShareCodeModel, code: unknown): DecodeResult {
	if (typeof code !== 'string' || code.trim() === '') return { ok: false, error: 'empty' };
	if (code.length > MAX_CODE_LENGTH) return { ok: false, error: 'too-long' };
	const fields = code.trim().split('.');
	if (fields.length !== 5 || !/^[0-9A-Za-z_.-]+$/.test(code.trim())) {
		return {
			ok: false,
			error:
				fields[0] && fields[0] !== SHARE_FORMAT && /^\d+$/.test(fields[0])
					? 'unknown-format'
					: 'malformed',
		};
	}
	const [format = '', version = '', digits = '', name = '', check = ''] = fields;
	if (format !== SHARE_FORMAT)
		return { ok: false, error: /^\d+$/.test(format) ? 'unknown-format' : 'malformed' };
	if (!/^\d{1,2}$/.test(version) || !/^\d*$/.test(digits) || !/^[0-9a-z]{1,7}$/.test(check)) {
		return { ok: false, error: 'malformed' };
	}
	if (signShareCode(model.id, fields.slice(0, 4).join('.')) !== code.trim())
		return { ok: false, error: 'checksum' };
	if (Number(version) !== model.version) return { ok: false, error: 'other-version' };
	if (digits.length !== model.questionCount) return { ok: false, error: 'wrong-length' };
	const answers = [...digits].map(Number);
	if (answers.some((answer) => answer < 1 || answer > model.choices))
		return { ok: false, error: 'bad-answer' };
	const decodedName = decodeName(name);
	if (decodedName === undefined || decodedName !== sanitizeName(decodedName))
		return { ok: false, error: 'bad-name' };
	return { ok: true, value: { answers, name: decodedName } };
}

/**
 * Finds the share code in a URL fragment (`#r=…`), if there is one.
 * @example readShareFragment('#r=1.1.425..abc') → '1.1.425..abc'; readShareFragment('#key-ideas') → undefined
 */
export function readShareFragment(hash: string): string | undefined {
	const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
	const prefix = `${SHARE_PARAM}=`;
	if (!fragment.startsWith(prefix)) return undefined;
	const value = fragment.slice(prefix.length);
	if (value.length > MAX_CODE_LENGTH * 3) return value; // too long to be real; decode reports it
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

/** The fragment for a code: `#r=<code>`. */
export function shareFragment(code: string): string {
	return `#${SHARE_PARAM}=${code}`;
}

/**
 * Appends the check field to a code's first four fields: FNV-1a (32 bits) of the assessment id and
 * the fields, in base 36. Exported for tests that forge hostile links.
 * @example signShareCode('client-level', '1.1.425.') → '1.1.425..1q2w3e'
 */
export function signShareCode(assessmentId: string, body: string): string {
	let hash = 0x811c9dc5;
	for (const char of `${assessmentId}|${body}`) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `${body}.${hash.toString(36)}`;
}

function encodeName(name: string): string {
	if (!name) return '';
	let binary = '';
	for (const byte of new TextEncoder().encode(name)) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeName(encoded: string): string | undefined {
	if (encoded === '') return '';
	if (
		!/^[A-Za-z0-9_-]+$/.test(encoded) ||
		encoded.length % 4 === 1 ||
		encoded.length > 4 * MAX_NAME_LENGTH
	) {
		return undefined;
	}
	try {
		const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
		const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}
