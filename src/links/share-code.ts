/**
 * Share codes: a person's answers (and, if they like, their name) packed into the URL fragment of
 * an assessment page, so that a result can be shared by a link without any server.
 *
 * Format 2 (written since 2026-11-30), six fields separated by dots, all URL-safe:
 *
 *     2.<assessment version><side>.<day>.<answers>.<name>.<check>
 *     2.1.99.5454445434345544.QW5uYQ.1k3x9q        agency side, made on 2026-11-30
 *     2.1c.99.4454345444345434..q81kz               the client's side
 *
 * Format 1 (2026-11 until format 2), five fields, no day, always the agency's side:
 *
 *     1.<assessment version>.<answers>.<name>.<check>
 *
 * - `assessment version`: the version of the statements the answers belong to; an older version
 *   is read with the scoring key the assessment keeps for it (`earlierKeys`);
 * - `side`: empty for the agency's own view, `c` for the client's side of the relationship;
 * - `day`: the calendar day the result was made, as days since 2026-01-01 in base 36 (no time,
 *   nothing else about the person); negative, with a leading `-`, for a device whose clock is
 *   before 2026 (written since 2026-12; earlier readers call such a code malformed, and no earlier
 *   writer could make one). A day that looks wrong is opened with a note (`dayNote`), never refused;
 * - `answers`: one digit per statement, in order (1–5 for likert, the pile's position for sort);
 * - `name`: the display name as UTF-8 in base64url, empty when none was given;
 * - `check`: FNV-1a of the assessment id and the fields before it, so that a link altered by
 *   hand, truncated, or pasted onto another assessment's page is recognised as damaged.
 *
 * The code holds no text of the assessment, so it reads the same on the English and Russian pages.
 * Every format ever written stays readable: `tests/fixtures/share-links-v1.json` freezes real
 * format-1 links with their numbers. `decodeShareCode` accepts any input whatsoever and never throws.
 */
import { dayNumber, dayString, isCodeDay } from './result-days';
import { decodeName, encodeName, sanitizeName } from './share-name';
import { SHARE_PARAM } from './share-param';

export { SHARE_PARAM } from './share-param';

/**
 * Whose view a result gives: the agency's own (every assessment), or the client's view of the
 * agency (assessments that define a client's side, `relationship-health` first).
 */
export type Side = 'agency' | 'client';

/**
 * Answers, one per statement in order: a choice from 1 to the number of choices, or 0 for
 * unanswered. Likert: 1 = strongly disagree … 5 = strongly agree. Sort: the pile's position, from 1.
 */
export type Answers = readonly number[];

/** The format version this site writes. */
export const SHARE_FORMAT = 2;

/** No valid code comes near this; longer input is rejected before it is looked at. */
export const MAX_CODE_LENGTH = 500;

/** Characters a share code is made of; everything else around a code is not part of it. */
export const CODE_CHARACTERS = '0-9A-Za-z._-';

/** What a share code must match: one side of one assessment. */
export interface ShareCodeModel {
	id: string;
	side: Side;
	/** The version of the statements the page shows. */
	version: number;
	questionCount: number;
	/** Choices per question: 5 for likert, the number of piles for sort. */
	choices: number;
	/** Earlier versions of the statements this side can still read, with their statement counts. */
	earlier: readonly { version: number; questionCount: number }[];
}

/** A decoded share: whose result, made when, on which side, with which statements. */
export interface SharedResult {
	answers: number[];
	/** The display name, empty if none was given. */
	name: string;
	/** The day the result was made, `YYYY-MM-DD`; undefined for format-1 codes, which have none. */
	date?: string | undefined;
	side: Side;
	/** The version of the statements answered; below the model's version for older links. */
	version: number;
}

/** Why a code could not be read. */
export type ShareCodeError =
	/** Nothing there. */
	| 'empty'
	/** Far longer than any code. */
	| 'too-long'
	/** Not a share code at all. */
	| 'malformed'
	/** The start of a valid code: the link was cut off. */
	| 'cut-off'
	/** Complete, but a character was changed: the check does not match. */
	| 'altered'
	/** A valid code of another assessment. */
	| 'other-assessment'
	/** A valid code of this assessment's other side (agency ↔ client). */
	| 'other-side'
	/** Made by a newer version of Clientship (a newer format or newer statements). */
	| 'newer-version'
	/** Made with statements this version can no longer score. */
	| 'unknown-version'
	/** A day field that is no day of the years 0001–9999 (never written by Clientship). */
	| 'bad-date'
	/** A name that Clientship would not have written (markup, control characters). */
	| 'bad-name';

/** The outcome of decoding: the shared result, or why there is none (and whose code it is, if known). */
export type DecodeResult =
	| { ok: true; value: SharedResult }
	| { ok: false; error: ShareCodeError; assessmentId?: string | undefined };

/**
 * Packs a complete answer set, the day and an optional name into a format-2 share code.
 * @param date the reader's calendar day, `YYYY-MM-DD`
 * @throws RangeError when the answers do not fit the model or the day is not a day
 * @example encodeShareCode(clientLevel, [4, 2, 5, …], '2026-11-30', 'Anna') → '2.1.99.425….QW5uYQ.…'
 */
export function encodeShareCode(
	model: ShareCodeModel,
	answers: Answers,
	date: string,
	name = ''
): string {
	if (
		answers.length !== model.questionCount ||
		answers.some((a) => !Number.isInteger(a) || a < 1 || a > model.choices)
	) {
		throw new RangeError(
			`encodeShareCode: answers must be ${model.questionCount} choices from 1 to ${model.choices}`
		);
	}
	const day = dayNumber(date);
	if (day === undefined || !isCodeDay(day))
		throw new RangeError(`encodeShareCode: "${date}" is not a day a code can carry`);
	const body = [
		String(SHARE_FORMAT),
		`${model.version}${model.side === 'client' ? 'c' : ''}`,
		day.toString(36),
		answers.join(''),
		encodeName(sanitizeName(name)),
	].join('.');
	return signShareCode(model.id, body);
}

/**
 * Reads a share code made for `model`; any input is accepted and a bad one yields an error saying
 * what happened to it. Any day is read, however implausible (see `dayNote`): a result is never
 * refused for its day. `otherAssessments` lets the error name the assessment a foreign code
 * belongs to.
 * @example decodeShareCode(model, '2.1.99.425.QW5uYQ.…') → { ok: true, value: { answers: [4, 2, 5], name: 'Anna', date: '2026-11-30', side: 'agency', version: 1 } }
 * @example decodeShareCode(model, '<script>') → { ok: false, error: 'malformed' }
 */
export function decodeShareCode(
	model: ShareCodeModel,
	code: unknown,
	otherAssessments: readonly string[] = []
): DecodeResult {
	if (typeof code !== 'string' || code.trim() === '') return { ok: false, error: 'empty' };
	if (code.length > MAX_CODE_LENGTH) return { ok: false, error: 'too-long' };
	const trimmed = code.trim();
	const parsed = parseFields(trimmed);
	if (!parsed.ok) return parsed;
	const { fields } = parsed;
	const body = fields.slice(0, -1).join('.');
	const expected = signShareCode(model.id, body);
	if (expected !== trimmed) {
		// A check that is the start of the right one: the last characters were cut off.
		if (expected.startsWith(trimmed)) return { ok: false, error: 'cut-off' };
		const owner = otherAssessments.find(
			(id) => id !== model.id && signShareCode(id, body) === trimmed
		);
		return owner
			? { ok: false, error: 'other-assessment', assessmentId: owner }
			: { ok: false, error: 'altered' };
	}
	const format = Number(fields[0]);
	const [versionField = '', dayField, digits = '', name = ''] =
		format === 1
			? [fields[1], undefined, fields[2], fields[3]]
			: [fields[1], fields[2], fields[3], fields[4]];
	const side: Side = versionField.endsWith('c') ? 'client' : 'agency';
	if (side !== model.side) return { ok: false, error: 'other-side' };
	const version = Number.parseInt(versionField, 10);
	const questionCount =
		version === model.version
			? model.questionCount
			: model.earlier.find((earlier) => earlier.version === version)?.questionCount;
	if (questionCount === undefined) {
		return { ok: false, error: version > model.version ? 'newer-version' : 'unknown-version' };
	}
	if (digits.length !== questionCount) return { ok: false, error: 'altered' };
	const answers = [...digits].map(Number);
	if (answers.some((answer) => answer < 1 || answer > model.choices))
		return { ok: false, error: 'altered' };
	let date: string | undefined;
	if (dayField !== undefined) {
		// Any day a device could have shown is read; how plausible it is, is for a note (`dayNote`).
		const day = Number.parseInt(dayField, 36);
		if (!isCodeDay(day)) return { ok: false, error: 'bad-date' };
		date = dayString(day);
	}
	const decodedName = decodeName(name);
	if (decodedName === undefined || decodedName !== sanitizeName(decodedName))
		return { ok: false, error: 'bad-name' };
	// Each result has one code: a field written another way (`01` for `1`, `099` for `99`, base64
	// with other spare bits) was not made by Clientship, and would make one result look like two.
	const canonical = [
		String(format),
		`${version}${side === 'client' ? 'c' : ''}`,
		...(dayField === undefined ? [] : [(dayNumber(date ?? '') ?? -1).toString(36)]),
		digits,
		encodeName(decodedName),
	].join('.');
	if (canonical !== body) return { ok: false, error: 'altered' };
	return { ok: true, value: { answers, name: decodedName, date, side, version } };
}

// Each field's shape, per format. A code whose fields all have their shape but that has too few of
// them is the start of a real code: the link was cut off.
const FIELD_SHAPES: Record<number, RegExp[]> = {
	1: [/^1$/, /^\d{1,2}$/, /^[1-9]{1,40}$/, /^[A-Za-z0-9_-]*$/, /^[0-9a-z]{1,7}$/],
	2: [
		/^2$/,
		/^\d{1,2}c?$/,
		/^-?[0-9a-z]{1,4}$/,
		/^[1-9]{1,40}$/,
		/^[A-Za-z0-9_-]*$/,
		/^[0-9a-z]{1,7}$/,
	],
};

function parseFields(
	code: string
): { ok: true; fields: string[] } | { ok: false; error: ShareCodeError } {
	if (!new RegExp(`^[${CODE_CHARACTERS}]+$`).test(code)) return { ok: false, error: 'malformed' };
	const fields = code.split('.');
	const format = /^\d{1,3}$/.test(fields[0] ?? '') ? Number(fields[0]) : undefined;
	if (format === undefined) return { ok: false, error: 'malformed' };
	if (format > SHARE_FORMAT) return { ok: false, error: 'newer-version' };
	const shapes = FIELD_SHAPES[format];
	if (!shapes) return { ok: false, error: 'malformed' };
	if (fields.length > shapes.length) return { ok: false, error: 'malformed' };
	const last = fields.length - 1;
	const wholeBeforeLast = fields.slice(0, last).every((field, index) => shapes[index]?.test(field));
	const lastFits = shapes[last]?.test(fields[last] ?? '') ?? false;
	if (fields.length < shapes.length || fields[last] === '') {
		// The start of a real code, every field whole but the last: the link was cut off.
		return {
			ok: false,
			error: wholeBeforeLast && (lastFits || fields[last] === '') ? 'cut-off' : 'malformed',
		};
	}
	return wholeBeforeLast && lastFits ? { ok: true, fields } : { ok: false, error: 'malformed' };
}

/**
 * Whether `code` has the shape of a whole share code, every field in place, without checking it
 * against an assessment (its check needs the assessment's id): for pages that know no assessment,
 * such as the 404 page. A code of a newer format counts, so that its page can say so.
 * @example looksLikeShareCode('2.1.99.425.QW5uYQ.1k3x9q') → true; looksLikeShareCode('2.1.99') → false
 */
export function looksLikeShareCode(code: string): boolean {
	const parsed = parseFields(code);
	return parsed.ok || (parsed.error === 'newer-version' && code.split('.').length >= 5);
}

/** The fragment for a code: `#r=<code>`. */
export function shareFragment(code: string): string {
	return `#${SHARE_PARAM}=${code}`;
}

/**
 * Appends the check field to a code's other fields: FNV-1a (32 bits) of the assessment id and
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

/**
 * The same code without its display name (the name is the field before the check in every
 * format), signed again: for a shorter team link that names no one.
 * @example dropName('client-level', '2.1.99.425.QW5uYQ.1k3x9q') → '2.1.99.425..<new check>'
 */
export function dropName(assessmentId: string, code: string): string {
	const fields = code.split('.');
	if (fields.length < 5) return code;
	fields[fields.length - 2] = '';
	return signShareCode(assessmentId, fields.slice(0, -1).join('.'));
}
