/**
 * The reader's results over time (DESIGN.md "My history"): each past result scored with the key of
 * the statements it answered, the change per dimension since the previous one, and the trend.
 */
import type { PastResult } from './answer-store';
import type { AssessmentModel } from './model';
import { scoreAnswers, scoringModelFor } from './scoring';

/** A past result as numbers. */
export interface ScoredResult {
	date?: string | undefined;
	/** Per dimension, in the model's order, 0–100. */
	scores: number[];
	overall: number;
}

/** The change since the previous result. */
export interface Change {
	/** The previous result's day, if it had one. */
	since?: string | undefined;
	/** Per dimension: this result's score minus the previous one's, in points. */
	deltas: number[];
}

type HistoryModel = Pick<
	AssessmentModel,
	'kind' | 'dimensions' | 'bands' | 'questions' | 'version' | 'earlierKeys'
>;

/**
 * Scores every past result with its own version's key; a result whose key is gone is left out.
 * @example scoreHistory(model, [{ date: '2026-03-10', version: 1, answers }]) → [{ date: '2026-03-10', scores: [75, 50, …], overall: 63 }]
 */
export function scoreHistory(model: HistoryModel, history: readonly PastResult[]): ScoredResult[] {
	return history.flatMap((past) => {
		const scoring = scoringModelFor(model, past.version);
		if (!scoring) return [];
		const result = scoreAnswers(scoring, past.answers);
		return [
			{ date: past.date, scores: result.dimensions.map((d) => d.score), overall: result.overall },
		];
	});
}

/**
 * The change per dimension from the second-to-last result to the last; undefined with fewer than two.
 * @example changeSincePrevious([{ date: '2026-03-10', scores: [50] }, { date: '2026-06-12', scores: [65] }]) → { since: '2026-03-10', deltas: [15] }
 */
export function changeSincePrevious(results: readonly ScoredResult[]): Change | undefined {
	const latest = results[results.length - 1];
	const previous = results[results.length - 2];
	if (!latest || !previous) return undefined;
	return {
		since: previous.date,
		deltas: latest.scores.map((score, index) => score - (previous.scores[index] ?? score)),
	};
}
