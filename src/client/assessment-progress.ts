/**
 * Whether the reader has a result for an assessment, and the day of the last one, for the home
 * page (#16). Reads what the assessment island keeps under `clientship:v1:assessment:<id>` (see
 * `src/islands/assessment/answer-store.ts`: `{ version, answers, submitted, name, history:
 * [{ date: 'YYYY-MM-DD', version, answers }] }`) without trusting its shape, and never writes: the
 * island alone cleans up what it cannot use. Kept apart from the island's store so that the home
 * page does not load the share-code module.
 */
import { STORAGE_NAMESPACE, type KeyValueStorage } from './browser-storage';

/** What the home page says about one assessment. */
export interface AssessmentProgress {
	isDone: boolean;
	/** The day of the last dated result, `YYYY-MM-DD`. */
	lastDay?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The reader's progress with one assessment (the agency's side), from whatever is stored.
 * @example assessmentProgress(storageWith('{"history":[{"date":"2026-03-10","version":1,"answers":[4,5]}]}'), 'x') → { isDone: true, lastDay: '2026-03-10' }
 */
export function assessmentProgress(storage: KeyValueStorage, id: string): AssessmentProgress {
	let value: unknown;
	try {
		value = JSON.parse(storage.getItem(`${STORAGE_NAMESPACE}:assessment:${id}`) ?? 'null');
	} catch {
		return { isDone: false };
	}
	if (!isRecord(value)) return { isDone: false };
	const results = Array.isArray(value['history'])
		? value['history'].filter((entry) => isRecord(entry) && hasAnswers(entry['answers']))
		: [];
	const days = results
		.map((entry) => (entry as Record<string, unknown>)['date'])
		.filter(isDay)
		.sort();
	const isSubmitted = value['submitted'] === true && hasAnswers(value['answers']);
	const lastDay = days.at(-1);
	return {
		isDone: results.length > 0 || isSubmitted,
		...(lastDay === undefined ? {} : { lastDay }),
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasAnswers(value: unknown): boolean {
	return (
		Array.isArray(value) &&
		value.length > 0 &&
		value.length <= 200 &&
		value.every((answer) => Number.isInteger(answer) && (answer as number) > 0)
	);
}

/** A real calendar day written `YYYY-MM-DD`. */
function isDay(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = DAY.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 2000;
}
