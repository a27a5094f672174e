/**
 * The shape of an assessment as the island sees it: one language's texts, resolved by the page
 * from `content/assessments/<id>.yaml`. Plain data, because Astro serialises island props.
 */
import type { Answers, ShareCodeModel, Side } from '../../links/share-code';

/** A dimension (likert) or a pile (sort). */
export interface DimensionModel {
	id: string;
	label: string;
	/** Link to the lesson section to reread, if any. */
	sectionHref?: string | undefined;
	/** The heading text of that section, for the link. */
	sectionTitle?: string | undefined;
	/** Likert: what the dimension looks like when it is healthy. */
	healthy?: string | undefined;
	/** Likert: what it looks like when it is not. */
	unhealthy?: string | undefined;
	/** Link to the lesson's step or exercise that works on the dimension (agency's side only). */
	practiceHref?: string | undefined;
	/** What that link names: `step 3, “See the plant…”`. */
	practiceTitle?: string | undefined;
}

/** One statement. */
export interface QuestionModel {
	id: string;
	/** Likert: the dimension it scores. Sort: the pile it belongs in. */
	dimension: string;
	text: string;
	/** Likert: agreeing is the warning sign. */
	reversed?: boolean | undefined;
	/** Sort: why it belongs in its pile. */
	reason?: string | undefined;
}

/** A condition on one dimension's score, inclusive at both ends. */
export interface BandCondition {
	dimension: string;
	min?: number | undefined;
	max?: number | undefined;
}

/** A range of overall scores and what it means. */
export interface BandModel {
	min: number;
	max: number;
	/** The band applies only when every condition holds; such bands are tried first. */
	when?: BandCondition[] | undefined;
	title: string;
	advice: string;
	/** Link to the lesson section the advice points to. */
	sectionHref: string;
	/** The heading text of that section, for the link. */
	sectionTitle: string;
}

/**
 * How an earlier version of the statements was scored: per statement, its dimension and whether
 * it was reversed. Enough to score an old share link with the numbers it had.
 */
export interface ScoringKey {
	version: number;
	questions: { dimension: string; reversed?: boolean | undefined }[];
}

/** One side of an assessment in one language. */
export interface AssessmentModel {
	id: string;
	kind: 'likert' | 'sort';
	side: Side;
	/** The version of the statements shown; share links made with other versions say theirs. */
	version: number;
	/** Scoring keys of earlier versions of these statements, oldest first. */
	earlierKeys: ScoringKey[];
	title: string;
	dimensions: DimensionModel[];
	questions: QuestionModel[];
	bands: BandModel[];
}

/** The number of choices a question offers: five for likert, one per pile for sort. */
export function choiceCount(model: Pick<AssessmentModel, 'kind' | 'dimensions'>): number {
	return model.kind === 'likert' ? 5 : model.dimensions.length;
}

/** Whether every question has an answer. */
export function isComplete(answers: Answers, questionCount: number): boolean {
	return answers.length === questionCount && answers.every((answer) => answer > 0);
}

/**
 * What a share code of `model` must match: one source for the island, the team view and tests.
 * @example shareCodeModelOf(clientLevel) → { id: 'client-level', side: 'agency', version: 1, questionCount: 12, choices: 5, earlier: [] }
 */
export function shareCodeModelOf(
	model: Pick<
		AssessmentModel,
		'id' | 'side' | 'version' | 'kind' | 'dimensions' | 'questions' | 'earlierKeys'
	>
): ShareCodeModel {
	return {
		id: model.id,
		side: model.side,
		version: model.version,
		questionCount: model.questions.length,
		choices: choiceCount(model),
		earlier: model.earlierKeys.map((key) => ({
			version: key.version,
			questionCount: key.questions.length,
		})),
	};
}

/**
 * Seconds to read one statement and choose an answer. Survey practice reckons 5–10 seconds for a
 * five-point agreement item; the upper end, because a sort statement also shows a reason to read.
 */
const SECONDS_PER_STATEMENT = 10;

/**
 * Whole minutes to answer a self-assessment of `statements` statements, rounded up, at least one.
 * @example answeringMinutes(12) → 2; answeringMinutes(21) → 4
 */
export function answeringMinutes(statements: number): number {
	return Math.max(1, Math.ceil((statements * SECONDS_PER_STATEMENT) / 60));
}
