/**
 * Team statistics for one assessment: each person's scores, and per dimension the average, the
 * spread (lowest to highest) and whether the team disagrees there more than anywhere else.
 */
import type { AssessmentModel, Answers } from '../assessment/model';
import { findBand, scoreAnswers } from '../assessment/scoring';

/** One colleague's answers. */
export interface Person {
	name: string;
	answers: Answers;
}

/** One colleague's scores. */
export interface PersonScores {
	name: string;
	dimensions: number[];
	overall: number;
	bandTitle: string;
}

/** The team on one dimension. */
export interface DimensionSummary {
	id: string;
	label: string;
	average: number;
	min: number;
	max: number;
	/** `max - min`. */
	spread: number;
	/** The team disagrees most here (see `DISAGREEMENT_THRESHOLD`). */
	isMostDisputed: boolean;
}

/** The team on one assessment. */
export interface TeamSummary {
	people: PersonScores[];
	dimensions: DimensionSummary[];
	overallAverage: number;
	overallBandTitle: string;
}

/**
 * A spread smaller than this (in points out of 100) is ordinary variation, not a disagreement
 * worth a discussion: one step on a five-point scale across a whole dimension is 25 points.
 */
export const DISAGREEMENT_THRESHOLD = 20;

const average = (values: number[]) =>
	values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0;

/**
 * Scores every person and summarises the team. Dimensions whose spread is the largest (ties
 * included) are marked most disputed, provided that spread reaches `DISAGREEMENT_THRESHOLD`.
 * @example summarizeTeam(model, [{ name: 'A', answers }, { name: 'B', answers: other }]).dimensions[0] → { average: 63, min: 50, max: 75, spread: 25, … }
 */
export function summarizeTeam(
	model: Pick<AssessmentModel, 'kind' | 'dimensions' | 'questions' | 'bands'>,
	team: readonly Person[]
): TeamSummary {
	const people = team.map((person) => {
		const result = scoreAnswers(model, person.answers);
		return {
			name: person.name,
			dimensions: result.dimensions.map((dimension) => dimension.score),
			overall: result.overall,
			bandTitle: result.band?.title ?? '',
		};
	});
	const dimensions = model.dimensions.map((dimension, index) => {
		const scores = people.map((person) => person.dimensions[index] ?? 0);
		const min = scores.length ? Math.min(...scores) : 0;
		const max = scores.length ? Math.max(...scores) : 0;
		return {
			id: dimension.id,
			label: dimension.label,
			average: average(scores),
			min,
			max,
			spread: max - min,
			isMostDisputed: false,
		};
	});
	const widest = Math.max(0, ...dimensions.map((dimension) => dimension.spread));
	for (const dimension of dimensions) {
		dimension.isMostDisputed =
			people.length > 1 && widest >= DISAGREEMENT_THRESHOLD && dimension.spread === widest;
	}
	const overallAverage = average(people.map((person) => person.overall));
	return {
		people,
		dimensions,
		overallAverage,
		overallBandTitle: findBand(model.bands, overallAverage)?.title ?? '',
	};
}
