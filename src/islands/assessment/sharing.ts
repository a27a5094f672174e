/**
 * What the reader's own result hands on: its share link (which is also the page's address after
 * submitting, DESIGN.md "The address is the result"), the one-line text the share sheet sends
 * with it, and one link that carries the latest result of every assessment taken.
 */
import type { SavedAnswers } from './answer-store';
import type { AssessmentModel } from './model';
import type { AssessmentResult } from './scoring';
import { STORAGE_NAMESPACE, type KeyValueStorage } from '../../client/browser-storage';
import {
	encodeShareCode,
	shareFragment,
	type SharedResult,
	type ShareCodeModel,
} from '../../links/share-code';
import { teamFragment, type TeamEntry } from '../../links/team-link';
import { sessionPart } from '../../links/session-name';
import { fill } from '../../i18n/plural';

/**
 * The share code of the reader's latest result (the last one recorded), with their name.
 * @example ownCode(codeModel, saved, 'Anna', '2026-12-07') → '2.1.9a.425….QW5uYQ.…'
 */
export function ownCode(
	codeModel: ShareCodeModel,
	saved: Pick<SavedAnswers, 'answers' | 'history'>,
	name: string,
	today: string
): string {
	const latest = saved.history[saved.history.length - 1];
	return encodeShareCode(codeModel, saved.answers, latest?.date ?? today, name);
}

/**
 * Whether a result opened from the address is the reader's own latest one (their page reloaded,
 * or reopened from a bookmark): the same answers, version and day as what this browser keeps.
 * @example isOwnResult(shared, saved, model) → true
 */
export function isOwnResult(
	shared: SharedResult,
	saved: Pick<SavedAnswers, 'answers' | 'history' | 'submitted'>,
	codeModel: Pick<ShareCodeModel, 'version' | 'side'>
): boolean {
	const latest = saved.history[saved.history.length - 1];
	return (
		saved.submitted &&
		shared.side === codeModel.side &&
		shared.version === codeModel.version &&
		shared.answers.join() === saved.answers.join() &&
		(shared.date === undefined || latest?.date === undefined || shared.date === latest.date)
	);
}

/**
 * The address of the page with the reader's result in it: `path?query#r=<code>`, and the session
 * it was made for after it, outside the code (`&s=…`). Any other fragment (a section of a lesson)
 * gives way to it.
 * @example addressWithResult('/ru/lessons/a/', '', '2.1.9a…') → '/ru/lessons/a/#r=2.1.9a…'
 * @example addressWithResult('/ru/assessments/a/', '', '2.1.9a…', 'Юг') → '/ru/assessments/a/#r=2.1.9a…&s=%D0%AE%D0%B3'
 */
export function addressWithResult(
	pathname: string,
	search: string,
	code: string,
	session = ''
): string {
	return `${pathname}${search}${shareFragment(code)}${sessionPart(session)}`;
}

/**
 * The text the share sheet sends with the link: the title, the score and, for a likert result,
 * the weakest area.
 * @example shareText(strings, model, result) → 'My result on “Relationship health”: 62 out of 100. Weakest area: “Respect”.'
 */
export function shareText(
	strings: { shareSummary: string; shareSummaryOverall: string },
	model: Pick<AssessmentModel, 'kind' | 'title' | 'dimensions'>,
	result: AssessmentResult
): string {
	const weakest = weakestArea(model, result);
	return weakest
		? fill(strings.shareSummary, { title: model.title, score: result.overall, area: weakest })
		: fill(strings.shareSummaryOverall, { title: model.title, score: result.overall });
}

/**
 * The label of a likert result's lowest dimension, when one is lower than another.
 * @example weakestArea(model, result) → 'Respect'
 */
export function weakestArea(
	model: Pick<AssessmentModel, 'kind' | 'dimensions'>,
	result: AssessmentResult
): string | undefined {
	if (model.kind !== 'likert' || result.dimensions.length < 2) return undefined;
	const sorted = [...result.dimensions].sort((a, b) => a.score - b.score);
	const [lowest, highest] = [sorted[0], sorted[sorted.length - 1]];
	if (!lowest || !highest || lowest.score === highest.score) return undefined;
	return model.dimensions.find((dimension) => dimension.id === lowest.id)?.label;
}

/** Where the assessment island keeps each side's answers: `clientship:v1:assessment:<id>[:client]`. */
const ANSWERS_KEY = new RegExp(`^${STORAGE_NAMESPACE}:assessment:([a-z0-9-]{1,60})(:client)?$`);

/**
 * Every assessment side the reader has a dated result for in this browser, with the code of their
 * latest one (its day, its statements' version, their name): the entries of one team link that
 * carries all their results. Read from storage alone, so a page needs to know nothing about the
 * other assessments of the series; whoever opens the link checks each code against its assessment.
 * @example allResultEntries(storage, 'Anna') → [{ assessmentId: 'client-level', code: '2.1.…' }, …]
 */
export function allResultEntries(storage: KeyValueStorage, name: string): TeamEntry[] {
	return storage
		.keys()
		.flatMap((key) => {
			const match = ANSWERS_KEY.exec(key);
			const latest = match && latestResult(storage.getItem(key));
			if (!match?.[1] || !latest) return [];
			const codeModel: ShareCodeModel = {
				id: match[1],
				side: match[2] ? 'client' : 'agency',
				version: latest.version,
				questionCount: latest.answers.length,
				choices: Math.max(...latest.answers),
				earlier: [],
			};
			try {
				return [
					{
						assessmentId: codeModel.id,
						code: encodeShareCode(codeModel, latest.answers, latest.date, name),
					},
				];
			} catch {
				return [];
			}
		})
		.sort((a, b) => a.assessmentId.localeCompare(b.assessmentId));
}

/**
 * The team link of all the reader's latest results, on the team page `teamHref`, with the session
 * the page was opened for, if any.
 * @example allResultsLink('https://x.org/ru/team/', entries) → 'https://x.org/ru/team/#t=client-level!2.1…~…'
 */
export function allResultsLink(
	teamHref: string,
	entries: readonly TeamEntry[],
	session = ''
): string {
	return `${teamHref}${teamFragment({ entries: [...entries], actions: '', session })}`;
}

// The last dated result kept in a stored value, if it is a usable one (anything else is skipped:
// the island of that assessment cleans up its own value).
function latestResult(
	raw: string | null
): { date: string; version: number; answers: number[] } | undefined {
	let value: unknown;
	try {
		value = JSON.parse(raw ?? 'null');
	} catch {
		return undefined;
	}
	const history =
		typeof value === 'object' && value !== null
			? (value as { history?: unknown }).history
			: undefined;
	const latest: unknown = Array.isArray(history) ? history.at(-1) : undefined;
	if (typeof latest !== 'object' || latest === null) return undefined;
	const { date, version, answers } = latest as Record<string, unknown>;
	if (typeof date !== 'string' || typeof version !== 'number' || !Number.isInteger(version))
		return undefined;
	if (!Array.isArray(answers) || answers.length === 0 || answers.length > 40) return undefined;
	if (!answers.every((answer) => Number.isInteger(answer) && answer >= 1 && answer <= 9))
		return undefined;
	return { date, version, answers: answers as number[] };
}
