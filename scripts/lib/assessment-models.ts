/** The real assessments from `content/assessments/`, built into island models as the site builds them. */
import { assessmentSchema } from '../../src/schemas/assessment';
import { buildAssessmentModel } from '../../src/lib/assessment-model';
import type { AssessmentModel } from '../../src/islands/assessment/model';
import type { Side } from '../../src/links/share-code';
import type { Locale } from '../../src/i18n/locales';
import { readAssessmentFiles } from './content-files';

/**
 * Every assessment, validated by the content schema and built into a model in `lang`. Section links
 * point at `#<section id>`: the lesson pages are not built here.
 */
export function assessmentModels(lang: Locale = 'en'): AssessmentModel[] {
	return readAssessmentFiles().flatMap((file) => {
		const data = assessmentSchema.parse(file.data);
		const build = (side: Side) =>
			buildAssessmentModel(file.id, data, lang, side, (id) => ({ href: `#${id}`, title: id }));
		return data.client ? [build('agency'), build('client')] : [build('agency')];
	});
}

/** Every side of every assessment in English. */
export const MODELS: AssessmentModel[] = assessmentModels('en');

/**
 * One side of an assessment, in English.
 * @throws Error when the assessment has no such side
 */
export function modelOf(id: string, side: Side = 'agency'): AssessmentModel {
	const model = MODELS.find((candidate) => candidate.id === id && candidate.side === side);
	if (!model) throw new Error(`no ${side} side of ${id}`);
	return model;
}
