/**
 * Scores a completed assessment. Every score is a whole number from 0 to 100.
 *
 * - Likert: a statement scores 0 (strongly disagree) to 100 (strongly agree), reversed for
 *   `reversed` statements; a dimension scores the mean of its statements; the overall score is
 *   the mean of the dimensions, so each dimension weighs the same whatever its length.
 * - Sort: a pile scores the share of its statements sorted into it; the overall score is the share
 *   of all statements sorted correctly.
 */
import type { AssessmentModel, BandCondition, BandModel } from './model';
import type { Answers } from '../../links/share-code';

/** The score of one dimension. */
export interface DimensionScore {
	id: string;
	score: number;
}

/** A scored assessment. */
export interface AssessmentResult {
	dimensions: DimensionScore[];
	overall: number;
	band: BandModel | undefined;
}

/** What scoring needs of a model: its kind, dimensions, bands, and each statement's key. */
export type ScoringModel = Pick<AssessmentModel, 'kind' | 'dimensions' | 'bands'> & {
	questions: readonly Pick<AssessmentModel['questions'][number], 'dimension' | 'reversed'>[];
};

/**
 * The model to score answers made with statements of `version`: the model itself for its own
 * version, else the same dimensions and bands with that version's scoring key. Undefined when the
 * model keeps no key for that version.
 * @example scoringModelFor(relationshipHealth, 1) → relationshipHealth with version 1's 16 keyed statements
 */
export function scoringModelFor(
	model: Pick<
		AssessmentModel,
		'kind' | 'dimensions' | 'bands' | 'questions' | 'version' | 'earlierKeys'
	>,
	version: number
): ScoringModel | undefined {
	if (version === model.version) return model;
	const key = model.earlierKeys.find((earlier) => earlier.version === version);
	return key && { ...model, questions: key.questions };
}

const clampToScore = (value: number) => Math.min(100, Math.max(0, Math.round(value)));
const mean = (values: number[]) =>
	values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;

/**
 * Points (0–1) for one answered question.
 * @example questionPoints(likert, { reversed: true }, 5) → 0
 */
export function questionPoints(
	model: Pick<AssessmentModel, 'kind' | 'dimensions'>,
	question: ScoringModel['questions'][number],
	answer: number
): number {
	if (model.kind === 'sort') return model.dimensions[answer - 1]?.id === question.dimension ? 1 : 0;
	const agreement = (Math.min(5, Math.max(1, answer)) - 1) / 4;
	return question.reversed ? 1 - agreement : agreement;
}

/**
 * Whether a sort answer puts the statement in its pile.
 * @example isCorrectlySorted(model, question, 2) → true when the second pile is the question's
 */
export function isCorrectlySorted(
	model: Pick<AssessmentModel, 'dimensions'>,
	question: Pick<AssessmentModel['questions'][number], 'dimension'>,
	answer: number
): boolean {
	return model.dimensions[answer - 1]?.id === question.dimension;
}

/**
 * Scores a set of answers; unanswered questions (0) are left out.
 * @example scoreAnswers(relationshipHealth, [5, 5, 1, …]) → { dimensions: [{ id: 'respect', score: 100 }, …], overall: 81, band }
 */
export function scoreAnswers(model: ScoringModel, answers: Answers): AssessmentResult {
	const points = model.questions.map((question, index) => {
		const answer = answers[index] ?? 0;
		return answer > 0 ? questionPoints(model, question, answer) : undefined;
	});
	const dimensions = model.dimensions.map((dimension) => ({
		id: dimension.id,
		score: clampToScore(
			100 *
				mean(
					model.questions.flatMap((question, index) => {
						const value = points[index];
						return question.dimension === dimension.id && value !== undefined ? [value] : [];
					})
				)
		),
	}));
	const overall =
		model.kind === 'likert'
			? clampToScore(mean(dimensions.map((dimension) => dimension.score)))
			: clampToScore(100 * mean(points.filter((value): value is number => value !== undefined)));
	return { dimensions, overall, band: findBand(model.bands, overall, dimensions) };
}

/**
 * The band a result falls in: the first band with conditions whose range holds the overall score
 * and whose every condition the dimension scores meet, else the band without conditions that holds
 * the overall score. Without dimension scores, no condition is met.
 * @example findBand([{ min: 0, max: 49 }, { min: 50, max: 100 }], 72) → the second band
 * @example findBand([quiet, ...plain], 80, [{ id: 'commitment', score: 40 }]) → quiet, when quiet.when is [{ dimension: 'commitment', max: 59 }]
 */
export function findBand<
	T extends { min: number; max: number; when?: BandCondition[] | undefined },
>(bands: readonly T[], score: number, dimensions: readonly DimensionScore[] = []): T | undefined {
	const inRange = (band: T) => score >= band.min && score <= band.max;
	const holds = (condition: BandCondition) => {
		const found = dimensions.find((dimension) => dimension.id === condition.dimension);
		return (
			found !== undefined &&
			found.score >= (condition.min ?? 0) &&
			found.score <= (condition.max ?? 100)
		);
	};
	return (
		bands.find((band) => band.when !== undefined && inRange(band) && band.when.every(holds)) ??
		bands.find((band) => band.when === undefined && inRange(band))
	);
}
