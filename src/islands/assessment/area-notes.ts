/**
 * What a likert result says about each area (#25, DESIGN.md "Self-assessments"): what the area
 * looks like when it is healthy and when it is not, so that a score means the same to everyone,
 * and, for a low area, the lesson's step or exercise that works on it. Pure: the result view
 * renders what this returns.
 */
import type { AssessmentModel } from './model';
import type { DimensionScore } from './scoring';

/**
 * Below this score (out of 100) an area is low, and the result points to the step that works on
 * it. Agreeing on average with every statement of an area scores 75; 60 is answers between
 * "neither" and "agree", where the assessments' bands start to speak of weak spots.
 */
export const LOW_SCORE = 60;

/** One area of a result, described. */
export interface AreaNote {
	id: string;
	label: string;
	score: number;
	healthy: string;
	unhealthy: string;
	isLow: boolean;
	/** For a low area, where the lesson works on it. */
	practice?: { href: string; title: string } | undefined;
}

/**
 * The areas of a result that say what healthy and unhealthy look like, in the model's order; a
 * sort assessment's piles say nothing of the kind, so it has none.
 * @example areaNotes(model, [{ id: 'respect', score: 40 }])[0] → { id: 'respect', score: 40, isLow: true, practice: { href: '#step-1', title: 'step 1, “Count the orders monthly”' }, … }
 */
export function areaNotes(
	model: Pick<AssessmentModel, 'kind' | 'dimensions'>,
	scores: readonly DimensionScore[]
): AreaNote[] {
	if (model.kind !== 'likert') return [];
	return model.dimensions.flatMap((dimension) => {
		const { healthy, unhealthy, practiceHref, practiceTitle } = dimension;
		if (healthy === undefined || unhealthy === undefined) return [];
		const score = scores.find((candidate) => candidate.id === dimension.id)?.score ?? 0;
		const isLow = score < LOW_SCORE;
		return [
			{
				id: dimension.id,
				label: dimension.label,
				score,
				healthy,
				unhealthy,
				isLow,
				...(isLow &&
					practiceHref !== undefined &&
					practiceTitle !== undefined && {
						practice: { href: practiceHref, title: practiceTitle },
					}),
			},
		];
	});
}
