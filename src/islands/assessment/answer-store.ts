/**
 * A reader's own answers to one side of one assessment, and their last results, kept in the
 * browser between visits.
 *
 * Stored shape, under `clientship:v1:assessment:<id>` (the client's side: `…:<id>:client`):
 *
 *     { "version": 2, "answers": [4, 0, 5, …], "submitted": true,
 *       "history": [{ "date": "2026-03-10", "version": 1, "answers": [4, 4, 5, …] }, …] }
 *
 * - `version`: the statements' version when the answers were given. Answers in progress to an
 *   older version no longer match its statements, so they are dropped (the history stays).
 * - `answers`: one entry per statement, 0 for unanswered (see `Answers`).
 * - `submitted`: whether the reader asked for their result with these answers.
 * - `name`: written until 2026-12, when one name for every assessment took its place
 *   (`reader-name.ts`); still read, as `legacyName`, so that a name typed before is not lost.
 * - `history`: up to `MAX_HISTORY` results, oldest first, one per day (the last of that day), each
 *   with the statements' version it answered, so that it is scored with that version's key.
 *   Data saved before the history existed has none: its submitted result becomes the first entry,
 *   undated.
 *
 * Anything else found under the key (corrupted, hand-edited, another shape) is removed and the
 * reader starts afresh; a broken history entry is dropped alone. Reading never throws.
 *
 * Every tab of the site shares this value (DESIGN.md "Nothing lost"): a write goes through
 * `updateAnswers`, which applies one change to what is stored now rather than writing a tab's
 * own copy over it, so a tab that still shows an older state never drops a result another tab
 * recorded; pages follow the `storage` event to show what the other tab did.
 */
import { STORAGE_NAMESPACE, type KeyValueStorage } from '../../client/browser-storage';
import type { Side } from '../../links/share-code';
import { dayNumber } from '../../links/result-days';
import { MAX_NAME_LENGTH, sanitizeName } from '../../links/share-name';
import type { ShareCodeModel } from '../../links/share-code';

/** Results kept per assessment side (DESIGN.md "My history"). */
export const MAX_HISTORY = 12;

/** One past result. */
export interface PastResult {
	/** The day it was made, `YYYY-MM-DD`; undefined for a result saved before dates were kept. */
	date?: string | undefined;
	/** The statements' version it answered. */
	version: number;
	answers: number[];
}

/** What is kept for one side of one assessment. */
export interface SavedAnswers {
	answers: number[];
	submitted: boolean;
	history: PastResult[];
	/** A display name saved with these answers before names were kept once for all assessments. */
	legacyName?: string | undefined;
}

/**
 * The storage key for one side of an assessment.
 * @example answersKey('relationship-health', 'client') → 'clientship:v1:assessment:relationship-health:client'
 */
export function answersKey(assessmentId: string, side: Side = 'agency'): string {
	return `${STORAGE_NAMESPACE}:assessment:${assessmentId}${side === 'client' ? ':client' : ''}`;
}

/** Nothing answered yet, and no history. */
export function emptyAnswers(questionCount: number): SavedAnswers {
	return {
		answers: Array.from({ length: questionCount }, () => 0),
		submitted: false,
		history: [],
	};
}

/**
 * The saved answers for `model`, or empty ones if none are saved or what is saved is unusable
 * (in which case it is removed).
 * @example loadAnswers(storage, model) → { answers: [4, 0, 5], submitted: false, name: '', history: [] }
 */
export function loadAnswers(storage: KeyValueStorage, model: ShareCodeModel): SavedAnswers {
	const key = answersKey(model.id, model.side);
	const raw = storage.getItem(key);
	if (raw === null) return emptyAnswers(model.questionCount);
	const parsed = parseSaved(raw, model);
	if (!parsed) {
		storage.removeItem(key);
		return emptyAnswers(model.questionCount);
	}
	return parsed;
}

/**
 * Applies one change to what is stored for `model` now (whatever another tab wrote since this one
 * last read it), saves the outcome and returns it, for the page to show.
 * @example updateAnswers(storage, model, (stored) => ({ ...stored, answers: [4, 0, 5] })) → the stored answers with the new ones, history as stored
 */
export function updateAnswers(
	storage: KeyValueStorage,
	model: ShareCodeModel,
	change: (stored: SavedAnswers) => SavedAnswers
): SavedAnswers {
	const next = change(loadAnswers(storage, model));
	storage.setItem(
		answersKey(model.id, model.side),
		JSON.stringify({
			version: model.version,
			answers: next.answers,
			submitted: next.submitted,
			history: next.history.slice(-MAX_HISTORY),
		})
	);
	return { ...next, legacyName: undefined };
}

/** Removes everything saved for `model`, history included ("Clear my answers"). */
export function clearAnswers(
	storage: KeyValueStorage,
	model: Pick<ShareCodeModel, 'id' | 'side'>
): void {
	storage.removeItem(answersKey(model.id, model.side));
}

/**
 * Records a result in the history: it replaces a result of the same day (a reader who changes an
 * answer after seeing the result has one result that day), and the oldest go beyond `MAX_HISTORY`.
 * @example recordResult([{ date: '2026-03-10', version: 1, answers }], { date: '2026-06-12', version: 1, answers: other }) → both, oldest first
 */
export function recordResult(history: readonly PastResult[], result: PastResult): PastResult[] {
	return mergeHistory(history, [result]);
}

/**
 * Two histories as one, in the order the results were made: the results of `older` that `newer`
 * does not replace (a result of the same day, or the same undated result), then those of `newer`;
 * at most `MAX_HISTORY`, the oldest going first. Order is kept as recorded, not sorted by day, so
 * that a result made on a device whose clock is wrong is still the latest.
 * @example mergeHistory([{ date: '2026-03-10', … }], [{ date: '2026-06-12', … }]) → both, oldest first
 */
export function mergeHistory(
	older: readonly PastResult[],
	newer: readonly PastResult[]
): PastResult[] {
	const kept = older.filter(
		(result) =>
			!newer.some((other) =>
				result.date === undefined ? sameResult(result, other) : other.date === result.date
			)
	);
	return [...kept, ...newer].slice(-MAX_HISTORY);
}

function sameResult(a: PastResult, b: PastResult): boolean {
	return a.date === b.date && a.version === b.version && a.answers.join() === b.answers.join();
}

function parseSaved(raw: string, model: ShareCodeModel): SavedAnswers | undefined {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return undefined;
	}
	if (!isRecord(value)) return undefined;
	const history = Array.isArray(value['history'])
		? value['history'].flatMap((entry) => parsePast(entry, model))
		: [];
	const legacyName =
		typeof value['name'] === 'string' && value['name'].length <= MAX_NAME_LENGTH * 4
			? sanitizeName(value['name'])
			: '';
	const answers = isAnswerList(value['answers'], model.questionCount, model.choices, 0)
		? value['answers']
		: undefined;
	const isCurrent = value['version'] === model.version && answers !== undefined;
	if (!isCurrent && history.length === 0) return undefined;
	const current = isCurrent ? answers : emptyAnswers(model.questionCount).answers;
	// A result is only kept for complete answers.
	const submitted = isCurrent && value['submitted'] === true && current.every((a) => a > 0);
	// Saved before the history existed: the submitted result becomes the first, undated entry.
	if (!Array.isArray(value['history']) && submitted) {
		history.push({ version: model.version, answers: [...current] });
	}
	return {
		answers: [...current],
		submitted,
		history: history.slice(-MAX_HISTORY),
		...(legacyName ? { legacyName } : {}),
	};
}

function parsePast(entry: unknown, model: ShareCodeModel): PastResult[] {
	if (!isRecord(entry)) return [];
	const { date, version, answers } = entry;
	const questionCount =
		version === model.version
			? model.questionCount
			: model.earlier.find((earlier) => earlier.version === version)?.questionCount;
	if (typeof version !== 'number' || questionCount === undefined) return [];
	if (!isAnswerList(answers, questionCount, model.choices, 1)) return [];
	if (date !== undefined && (typeof date !== 'string' || dayNumber(date) === undefined)) return [];
	return [{ ...(date === undefined ? {} : { date }), version, answers: [...answers] }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAnswerList(
	value: unknown,
	length: number,
	choices: number,
	lowest: 0 | 1
): value is number[] {
	return (
		Array.isArray(value) &&
		value.length === length &&
		value.every(
			(answer) =>
				Number.isInteger(answer) && (answer as number) >= lowest && (answer as number) <= choices
		)
	);
}
