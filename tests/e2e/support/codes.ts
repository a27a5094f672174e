/**
 * Share links made in Node with the site's own code and the real assessments, so that tests start
 * from a result instead of taking an assessment through the page each time (the page itself is
 * tested once per assessment in assessments.spec.ts).
 */
import {
	encodeShareCode,
	shareCodeModelOf,
	shareFragment,
	type ShareCodeModel,
} from '../../../src/islands/assessment/share-code';
import type { AssessmentModel, Side } from '../../../src/islands/assessment/model';
import { scoreAnswers } from '../../../src/islands/assessment/scoring';
import { assessmentModels } from '../../unit/support/assessments';

/** Every side of every assessment, in English. */
export const MODELS: AssessmentModel[] = assessmentModels('en');

/** The model of one side of an assessment. */
export function modelOf(id: string, side: Side = 'agency'): AssessmentModel {
	const model = MODELS.find((candidate) => candidate.id === id && candidate.side === side);
	if (!model) throw new Error(`no ${side} side of ${id}`);
	return model;
}

/** The share-code model of one side of an assessment. */
export function codeModelOf(id: string, side: Side = 'agency'): ShareCodeModel {
	return shareCodeModelOf(modelOf(id, side));
}

/** A result made for a test: its code, link path and the scores the page must show. */
export interface MadeResult {
	code: string;
	/** `/<lang>/assessments/<id>/[client/]#r=<code>` */
	path: string;
	scores: number[];
	overall: number;
}

/**
 * Makes a share link as the page would: `choose(i)` answers statement i.
 * @example makeResult('relationship-health', 'en', () => 4, { name: 'Anna', date: '2026-11-30' })
 */
export function makeResult(
	id: string,
	lang: string,
	choose: (index: number) => number,
	{
		name = '',
		date = '2026-11-30',
		side = 'agency',
	}: { name?: string; date?: string; side?: Side } = {}
): MadeResult {
	const model = modelOf(id, side);
	const answers = model.questions.map((_, index) => choose(index));
	const code = encodeShareCode(shareCodeModelOf(model), answers, date, name);
	const result = scoreAnswers(model, answers);
	return {
		code,
		path: `/${lang}/assessments/${id}/${side === 'client' ? 'client/' : ''}${shareFragment(code)}`,
		scores: result.dimensions.map((dimension) => dimension.score),
		overall: result.overall,
	};
}
