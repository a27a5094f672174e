/**
 * A reader's own answers to one assessment, kept in the browser between visits.
 *
 * Stored shape, under `clientship:v1:assessment:<id>`:
 *
 *     { "version": 2, "answers": [4, 0, 5, …], "submitted": true, "name": "Anna" }
 *
 * - `version`: the assessment's version when the answers were given. Answers to an older version
 *   no longer match its questions, so they are dropped.
 * - `answers`: one entry per question, 0 for unanswered (see `Answers`).
 * - `submitted`: whether the reader asked for their result with these answers.
 * - `name`: the display name they chose for share links.
 *
 * Anything else found under the key (corrupted, hand-edited, another shape) is removed and the
 * reader starts afresh; reading never throws.
 */
import { STORAGE_NAMESPACE, type KeyValueStorage } from '../../client/browser-storage';
import type { Answers } from './model';
import { MAX_NAME_LENGTH, sanitizeName, type ShareCodeModel } from './share-code';

/** What is kept for one assessment. */
export interface SavedAnswers {
	answers: number[];
	submitted: boolean;
	name: string;
}

/** The storage key for an assessment. */
export function answersKey(assessmentId: string): string {
	return `${STORAGE_NAMESPACE}:assessment:${assessmentId}`;
}

/** Nothing answered yet. */
export function emptyAnswers(questionCount: number): SavedAnswers {
	return { answers: Array.from({ length: questionCount }, () => 0), submitted: false, name: '' };
}

/**
 * The saved answers for `model`, or empty ones if none are saved or what is saved is unusable
 * (in which case it is removed).
 * @example loadAnswers(storage, model) → { answers: [4, 0, 5], submitted: false, name: '' }
 */
export function loadAnswers(storage: KeyValueStorage, model: ShareCodeModel): SavedAnswers {
	const key = answersKey(model.id);
	const raw = storage.getItem(key);
	if (raw === null) return emptyAnswers(model.questionCount);
	const parsed = parseSaved(raw, model);
	if (!parsed) {
		storage.removeItem(key);
		return emptyAnswers(model.questionCount);
	}
	return parsed;
}

/** Saves answers for `model`. */
export function saveAnswers(
	storage: KeyValueStorage,
	model: ShareCodeModel,
	saved: SavedAnswers
): void {
	storage.setItem(
		answersKey(model.id),
		JSON.stringify({
			version: model.version,
			answers: saved.answers,
			submitted: saved.submitted,
			name: sanitizeName(saved.name),
		})
	);
}

/** Removes everything saved for `model` ("Clear my answers"). */
export function clearAnswers(storage: KeyValueStorage, model: Pick<ShareCodeModel, 'id'>): void {
	storage.removeItem(answersKey(model.id));
}

function parseSaved(raw: string, model: ShareCodeModel): SavedAnswers | undefined {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const record = value as Record<string, unknown>;
	if (record['version'] !== model.version) return undefined;
	const answers: unknown = record['answers'];
	if (!Array.isArray(answers) || answers.length !== model.questionCount) return undefined;
	if (
		!answers.every(
			(answer): answer is number =>
				Number.isInteger(answer) && answer >= 0 && answer <= model.choices
		)
	) {
		return undefined;
	}
	const submitted = record['submitted'] === true;
	const name =
		typeof record['name'] === 'string' && record['name'].length <= MAX_NAME_LENGTH * 4
			? sanitizeName(record['name'])
			: '';
	// A result is only kept for complete answers.
	const isComplete = (answers as Answers).every((answer) => answer > 0);
	return { answers, submitted: submitted && isComplete, name };
}
