/**
 * The actions a team agrees on in a session, and how they travel in the team link after `&a=`:
 *
 *     2~<action>~<action>….<check>
 *     action = <what>.<who>.<due>.<area>.<status>.<round>
 *     2~Q2FsbCBJbHpl.VG9tw6Fz.20270315.relationship-health_respect.p.20270310.k2x9q1
 *
 * - `2`: the format of this part;
 * - `what` (at most 140 characters) and `who` (at most 40, may be empty): UTF-8 text in base64url;
 * - `due`: the day it is due by, `YYYYMMDD`, or empty;
 * - `area`: the dimension it answers, `<assessment id>_<dimension id>`, or empty;
 * - `status`: `o` open, `p` in progress, `d` done, `x` dropped (#22);
 * - `round`: the first day of the round it was agreed in, `YYYYMMDD`, or empty when the view had
 *   no dated results then; it is how a later round knows which actions to review;
 * - `check`: FNV-1a of the rest (as share codes are signed), so that a cut or altered part is
 *   recognised. Such a part loses the actions, never the results beside it in the link.
 *
 * Text is kept as the person typed it, markup included: it is always shown as text, never as
 * HTML. Control and bidirectional-override characters are removed and white space collapsed; a
 * decoded text that this would change was not written here, and the whole part is rejected.
 *
 * Format 1 (until 2026-12) had no status and no round: `1~<what>.<who>.<due>.<area>~….<check>`.
 * Every part written in it keeps opening, its actions open and of no known round; this site
 * writes format 2 only.
 */
import { signShareCode } from './share-code';
import { dayNumber } from './result-days';
import { decodeText, encodeText } from './base64url';
import { cutText } from './graphemes';

/** The longest action, in characters. */
export const MAX_WHAT_LENGTH = 140;

/** The longest owner's name, in characters. */
export const MAX_WHO_LENGTH = 40;

/** More actions than a one-hour session agrees on; the handout is laid out for five. */
export const MAX_ACTIONS = 12;

/** The format of the actions part this site writes. */
export const ACTIONS_FORMAT = 2;

/** Where an agreed action stands, from the round after it was agreed on. */
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;

/** Where an agreed action stands; `open` until someone says otherwise. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Each status's letter in the link, in the order of `ACTION_STATUSES`. */
const STATUS_LETTERS: Record<ActionStatus, string> = {
	open: 'o',
	'in-progress': 'p',
	done: 'd',
	dropped: 'x',
};

/** The dimension an action answers. */
export interface ActionArea {
	assessmentId: string;
	dimensionId: string;
}

/** One agreed action. */
export interface AgreedAction {
	/** What will be done, at most 140 characters. */
	what: string;
	/** Who does it, at most 40 characters; may be empty. */
	who: string;
	/** The day it is due by, `YYYY-MM-DD`, or empty. */
	due: string;
	/** The dimension it answers, if any. */
	area?: ActionArea | undefined;
	/** Where it stands; absent means `open` (and a kept action never says `open`). */
	status?: ActionStatus | undefined;
	/**
	 * The first day of the round it was agreed in, `YYYY-MM-DD`; absent when unknown (no dated
	 * results in the view then, or a link of format 1).
	 */
	round?: string | undefined;
}

/**
 * Whether a value is one of the statuses, for values read from a form or storage.
 * @example isActionStatus('done') → true; isActionStatus('closed') → false
 */
export function isActionStatus(value: unknown): value is ActionStatus {
	return (ACTION_STATUSES as readonly unknown[]).includes(value);
}

/**
 * Where an action stands: its status, or `open` when it has none.
 * @example statusOf({ what: 'Call Ilze', who: '', due: '' }) → 'open'
 */
export function statusOf(action: Pick<AgreedAction, 'status'>): ActionStatus {
	return action.status ?? 'open';
}

/** Why an actions part could not be read. */
export type ActionsProblem = 'damaged' | 'newer-version';

/** The outcome of reading an actions part. */
export type ActionsReading =
	{ ok: true; actions: AgreedAction[] } | { ok: false; problem: ActionsProblem };

const ID = /^[a-z0-9-]{1,60}$/;
// Twelve actions of 140 four-byte characters each, with owners, fit; nothing longer is real.
const MAX_PART_LENGTH = 16_000;
// The signing key: an actions part cannot pass for a share code, or the other way round.
const SIGNING_KEY = 'actions';

/**
 * Text as an action keeps it: control and bidirectional-override characters removed, white space
 * collapsed, trimmed, and cut to `max` characters. Says whether it had to cut.
 * @example cleanText('  Call\nIlze  ', 140) → { text: 'Call Ilze', isCut: false }
 * @example cleanText('x'.repeat(150), 140) → { text: 'xxx…' (140), isCut: true }
 */
export function cleanText(text: string, max: number): { text: string; isCut: boolean } {
	const cleaned = text
		.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
		.replace(/\s+/gu, ' ')
		.trim();
	const cut = cutText(cleaned, max, 4 * max);
	return { text: cut.isCut ? cut.text.trim() : cleaned, isCut: cut.isCut };
}

/**
 * Limits text typed into a field to `max` characters, keeping the typist's spaces (they may be
 * typing the next word) but dropping control characters. Says whether it had to cut.
 * @example limitInput('a'.repeat(41), 40) → { text: 'a'.repeat(40), isCut: true }
 */
export function limitInput(text: string, max: number): { text: string; isCut: boolean } {
	const characters = [...text.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')];
	return characters.length <= max
		? { text: characters.join(''), isCut: false }
		: { text: characters.slice(0, max).join(''), isCut: true };
}

/**
 * An action as it will be kept: texts cleaned and cut, a due day or round that is not a real day
 * dropped, an `open` status left out (it is the default). Undefined when there is nothing to do
 * (an empty "what").
 * @example normalizeAction({ what: ' Call Ilze ', who: '', due: '2027-02-30', status: 'open' }) → { what: 'Call Ilze', who: '', due: '' }
 */
export function normalizeAction(action: AgreedAction): AgreedAction | undefined {
	const what = cleanText(action.what, MAX_WHAT_LENGTH).text;
	if (what === '') return undefined;
	const area = action.area;
	return {
		what,
		who: cleanText(action.who, MAX_WHO_LENGTH).text,
		due: dayNumber(action.due) === undefined ? '' : action.due,
		...(area && ID.test(area.assessmentId) && ID.test(area.dimensionId) ? { area } : {}),
		...(isActionStatus(action.status) && action.status !== 'open' ? { status: action.status } : {}),
		...(action.round && dayNumber(action.round) !== undefined ? { round: action.round } : {}),
	};
}

/**
 * The actions part of a team link; empty when there are no actions. Actions are normalised first,
 * and those beyond `MAX_ACTIONS` are left out.
 * @example encodeActions([{ what: 'Call Ilze', who: 'Tomás', due: '2027-03-15' }]) → '1~Q2FsbCBJbHpl.VG9tw6Fz.20270315..<check>'
 */
export function encodeActions(actions: readonly AgreedAction[]): string {
	const kept = actions
		.map(normalizeAction)
		.filter((action): action is AgreedAction => action !== undefined)
		.slice(0, MAX_ACTIONS);
	if (kept.length === 0) return '';
	return signShareCode(SIGNING_KEY, actionsBody(kept, ACTIONS_FORMAT));
}

/** The signed body of normalised actions in a format: format 1 has no status and no round. */
function actionsBody(actions: readonly AgreedAction[], format: number): string {
	return [
		String(format),
		...actions.map((action) =>
			[
				encodeText(action.what),
				encodeText(action.who),
				action.due.replace(/-/g, ''),
				action.area ? `${action.area.assessmentId}_${action.area.dimensionId}` : '',
				...(format === 1
					? []
					: [STATUS_LETTERS[statusOf(action)], (action.round ?? '').replace(/-/g, '')]),
			].join('.')
		),
	].join('~');
}

/**
 * Reads the actions part of a team link. Any input is accepted: an empty part is no actions; a
 * part that was cut, altered or written another way is `damaged`. Never throws.
 * @example decodeActions(encodeActions(actions)) → { ok: true, actions }
 * @example decodeActions('1~abc.x') → { ok: false, problem: 'damaged' }
 */
export function decodeActions(part: unknown): ActionsReading {
	if (part === '' || part === undefined) return { ok: true, actions: [] };
	if (typeof part !== 'string' || part.length > MAX_PART_LENGTH) {
		return { ok: false, problem: 'damaged' };
	}
	const format = /^(\d{1,3})~/.exec(part)?.[1];
	if (format !== undefined && Number(format) > ACTIONS_FORMAT) {
		return { ok: false, problem: 'newer-version' };
	}
	const last = part.lastIndexOf('.');
	const body = part.slice(0, last);
	if (
		(format !== '1' && format !== String(ACTIONS_FORMAT)) ||
		signShareCode(SIGNING_KEY, body) !== part
	) {
		return { ok: false, problem: 'damaged' };
	}
	const version = Number(format);
	const records = body.split('~').slice(1);
	if (records.length === 0 || records.length > MAX_ACTIONS) {
		return { ok: false, problem: 'damaged' };
	}
	const actions: AgreedAction[] = [];
	for (const record of records) {
		const action = readRecord(record, version);
		if (!action) return { ok: false, problem: 'damaged' };
		actions.push(action);
	}
	// Only what this site writes (or wrote, in format 1) is accepted: one action, one way of
	// writing it.
	const kept = actions.map(normalizeAction);
	return kept.length === actions.length &&
		kept.every((action, index) => JSON.stringify(action) === JSON.stringify(actions[index])) &&
		actionsBody(actions, version) === body
		? { ok: true, actions }
		: { ok: false, problem: 'damaged' };
}

function readRecord(record: string, format: number): AgreedAction | undefined {
	const fields = record.split('.');
	if (fields.length !== (format === 1 ? 4 : 6)) return undefined;
	const [
		whatField = '',
		whoField = '',
		dueField = '',
		areaField = '',
		statusField = 'o',
		roundField = '',
	] = fields;
	const what = decodeText(whatField);
	const who = decodeText(whoField);
	if (what === undefined || who === undefined || what === '') return undefined;
	if (cleanText(what, MAX_WHAT_LENGTH).text !== what) return undefined;
	if (cleanText(who, MAX_WHO_LENGTH).text !== who) return undefined;
	const due = readDay(dueField);
	const round = readDay(roundField);
	if (due === undefined || round === undefined) return undefined;
	const status = ACTION_STATUSES.find((candidate) => STATUS_LETTERS[candidate] === statusField);
	if (!status) return undefined;
	let area: ActionArea | undefined;
	if (areaField !== '') {
		const [assessmentId = '', dimensionId = '', ...rest] = areaField.split('_');
		if (rest.length > 0 || !ID.test(assessmentId) || !ID.test(dimensionId)) return undefined;
		area = { assessmentId, dimensionId };
	}
	return {
		what,
		who,
		due,
		...(area ? { area } : {}),
		...(status === 'open' ? {} : { status }),
		...(round ? { round } : {}),
	};
}

/** A `YYYYMMDD` field as `YYYY-MM-DD`: empty for an empty field, undefined for no real day. */
function readDay(field: string): string | undefined {
	if (field === '') return '';
	const match = /^(\d{4})(\d{2})(\d{2})$/.exec(field);
	const day = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
	return dayNumber(day) === undefined ? undefined : day;
}

/**
 * Moves an action up (`-1`) or down (`1`) the list; a move past either end changes nothing.
 * @example moveAction([a, b, c], 2, -1) → [a, c, b]
 */
export function moveAction<T>(actions: readonly T[], index: number, step: -1 | 1): T[] {
	const target = index + step;
	const moved = [...actions];
	const item = moved[index];
	if (item === undefined || target < 0 || target >= moved.length) return moved;
	moved.splice(index, 1);
	moved.splice(target, 0, item);
	return moved;
}
