/** Share codes of the real assessments, for tests of the modules that read them. */
import fc from 'fast-check';
import type { Side } from '../../../src/links/share-code';
import { encodeShareCode, type ShareCodeModel } from '../../../src/links/share-code';
import { shareCodeModelOf } from '../../../src/islands/assessment/model';
import { FIRST_DATED_DAY, localDay } from '../../../src/links/result-days';
import { codeModels } from '../../../src/islands/team/team-merge';
import { MODELS } from '../../../scripts/lib/assessment-models';

/**
 * The reader's today: the real one, so that codes made today are accepted, but never before the
 * first dated day (a machine whose clock is behind would otherwise have no valid day at all).
 */
export const TODAY = [localDay(new Date()), FIRST_DATED_DAY].sort().at(-1) ?? FIRST_DATED_DAY;

/** The share-code model of every side of every real assessment. */
export const CODE_MODELS: ShareCodeModel[] = MODELS.map((model) => shareCodeModelOf(model));

/** The same, indexed as the team view indexes them. */
export const CODES = codeModels(CODE_MODELS);

/** The share-code model of one side of a real assessment; throws if there is none. */
export function codeModel(id: string, side: Side = 'agency'): ShareCodeModel {
	const model = CODES.get(id, side);
	if (!model) throw new Error(`no ${side} side of ${id}`);
	return model;
}

/** Any complete answer set for a model. */
export function answersFor(model: Pick<ShareCodeModel, 'questionCount' | 'choices'>) {
	return fc.array(fc.integer({ min: 1, max: model.choices }), {
		minLength: model.questionCount,
		maxLength: model.questionCount,
	});
}

/**
 * A deterministic answer set for a model: `seed` picks the pattern, so different seeds give
 * different codes.
 */
export function sampleAnswers(
	model: Pick<ShareCodeModel, 'questionCount' | 'choices'>,
	seed = 0
): number[] {
	return Array.from(
		{ length: model.questionCount },
		(_, index) => ((index * 7 + seed * 3 + Math.floor(seed / 5)) % model.choices) + 1
	);
}

/** A valid format-2 code of a real assessment. */
export function sampleCode(
	id: string,
	{
		seed = 0,
		date = TODAY,
		name = '',
		side = 'agency',
	}: { seed?: number; date?: string; name?: string; side?: Side } = {}
): string {
	const model = codeModel(id, side);
	return encodeShareCode(model, sampleAnswers(model, seed), date, name);
}
