/**
 * Team statistics for one assessment: each person's scores, and per dimension the average, the
 * spread (lowest to highest) and whether the team disagrees there more than anywhere else.
 */
import type { AssessmentModel } from '../assessment/model';
import type { Answers } from '../../links/share-code';
import { findBand, scoreAnswers, type ScoringModel } from '../assessment/scoring';
import { SIGNIFICANT_POINTS } from '../shared/points';

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
	/** The middle score (the mean of the two middle ones for an even count), rounded. */
	median: number;
	/** The team disagrees most here (see `SIGNIFICANT_POINTS`). */
	isMostDisputed: boolean;
	/**
	 * One of the two lowest averages: the "two weakest pillars" lesson 3's exercise starts from.
	 * Set only when the assessment has more than two dimensions.
	 */
	isWeakest: boolean;
}

/** How many of the lowest averages are marked as the weakest. */
export const WEAKEST_COUNT = 2;

/** The team on one assessment. */
export interface TeamSummary {
	people: PersonScores[];
	dimensions: DimensionSummary[];
	overallAverage: number;
	overallBandTitle: string;
}

/**
 * The mean of a list of scores, rounded; 0 for none.
 * @example average([50, 75]) → 63
 */
export const average = (values: readonly number[]): number =>
	values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : 0;

/**
 * One person's scores, from answers scored with the key of the statements they answered.
 * @example scorePerson(model, 'Anna', [5, 4, …]) → { name: 'Anna', dimensions: [75, 50, 100], overall: 75, bandTitle: 'Strong' }
 */
export function scorePerson(model: ScoringModel, name: string, answers: Answers): PersonScores {
	const result = scoreAnswers(model, answers);
	return {
		name,
		dimensions: result.dimensions.map((dimension) => dimension.score),
		overall: result.overall,
		bandTitle: result.band?.title ?? '',
	};
}

/**
 * Summarises scored people per dimension. Dimensions whose spread is the largest (ties included)
 * are marked most disputed, provided that spread reaches `SIGNIFICANT_POINTS`.
 * @example summarizeTeam(model, [anna, boris]).dimensions[0] → { average: 63, min: 50, max: 75, spread: 25, median: 63, … }
 */
export function summarizeTeam(
	model: Pick<AssessmentModel, 'dimensions' | 'bands'>,
	people: readonly PersonScores[]
): TeamSummary {
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
			median: median(scores),
			isMostDisputed: false,
			isWeakest: false,
		};
	});
	if (people.length > 0 && dimensions.length > WEAKEST_COUNT) {
		// Lowest first; a tie keeps the assessment's order, so the same table always marks the same two.
		const lowest = [...dimensions]
			.map((dimension, index) => ({ dimension, index }))
			.sort((a, b) => a.dimension.average - b.dimension.average || a.index - b.index)
			.slice(0, WEAKEST_COUNT);
		for (const { dimension } of lowest) dimension.isWeakest = true;
	}
	const widest = Math.max(0, ...dimensions.map((dimension) => dimension.spread));
	for (const dimension of dimensions) {
		dimension.isMostDisputed =
			people.length > 1 && widest >= SIGNIFICANT_POINTS && dimension.spread === widest;
	}
	const overallAverage = average(people.map((person) => person.overall));
	return {
		people: [...people],
		dimensions,
		overallAverage,
		overallBandTitle:
			findBand(
				model.bands,
				overallAverage,
				dimensions.map((dimension) => ({ id: dimension.id, score: dimension.average }))
			)?.title ?? '',
	};
}

/**
 * The middle of a list of scores, rounded; 0 for none.
 * @example median([10, 40, 90]) → 40; median([10, 40]) → 25
 */
export function median(values: readonly number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] ?? 0)
		: Math.round(((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2);
}
