/**
 * Which rows of a team table are the reader's own (#22): a participant who opens the team link on
 * the phone they answered on finds their row marked "You", from the result this device keeps
 * (`assessment/answer-store.ts`), compared as the assessment page compares a reopened result
 * (`isOwnResult`): the same side, statements' version and answers, and the same day when both
 * have one. Nothing is stored or sent for it.
 */
import { loadAnswers, type PastResult, type SavedAnswers } from '../assessment/answer-store';
import { shareCodeModelOf, type AssessmentModel } from '../assessment/model';
import type { KeyValueStorage } from '../../client/browser-storage';
import type { Side } from '../../links/share-code';

/** What a row's result says of itself: the fields a team member carries. */
export interface RowResult {
	assessmentId: string;
	side: Side;
	answers: readonly number[];
	date?: string | undefined;
	version: number;
}

/** What this device keeps for one side of one assessment, and its statements' current version. */
export interface KeptResults {
	saved: Pick<SavedAnswers, 'answers' | 'submitted' | 'history'>;
	version: number;
}

/**
 * The indexes of the rows whose result is one this device made: its latest submitted answers or
 * any result of its history (a reader in both rounds is marked in both). `keptFor` reads what is
 * kept for an assessment's side, undefined when nothing is.
 * @example ownRows(members, (id, side) => ({ saved: loadAnswers(storage, model), version: 2 })) → Set {3}
 */
export function ownRows(
	rows: readonly RowResult[],
	keptFor: (assessmentId: string, side: Side) => KeptResults | undefined
): Set<number> {
	const own = new Set<number>();
	rows.forEach((row, index) => {
		const kept = keptFor(row.assessmentId, row.side);
		if (!kept) return;
		const results: PastResult[] = [...kept.saved.history];
		if (kept.saved.submitted) {
			const latest = kept.saved.history[kept.saved.history.length - 1];
			results.push({ date: latest?.date, version: kept.version, answers: kept.saved.answers });
		}
		if (results.some((result) => sameResult(row, result))) own.add(index);
	});
	return own;
}

function sameResult(row: RowResult, result: PastResult): boolean {
	return (
		row.version === result.version &&
		row.answers.join() === result.answers.join() &&
		(row.date === undefined || result.date === undefined || row.date === result.date)
	);
}

/**
 * Reads what this device keeps for an assessment's side, for `ownRows`: undefined for a side the
 * site does not have. (Reading drops a stored value that is not usable, as the assessment page
 * does.)
 */
export function keptOnDevice(
	storage: KeyValueStorage,
	models: readonly AssessmentModel[]
): (assessmentId: string, side: Side) => KeptResults | undefined {
	return (assessmentId, side) => {
		const model = models.find(
			(candidate) => candidate.id === assessmentId && candidate.side === side
		);
		if (!model) return undefined;
		const codeModel = shareCodeModelOf(model);
		return { saved: loadAnswers(storage, codeModel), version: codeModel.version };
	};
}
