/** The real assessments from `content/assessments/`, as the island's modules see them. */
import { assessmentSchema } from '../../../src/schemas/assessment';
import type { AssessmentModel } from '../../../src/islands/assessment/model';
import { choiceCount } from '../../../src/islands/assessment/model';
import type { ShareCodeModel } from '../../../src/islands/assessment/share-code';
import { readAssessmentFiles } from '../support/content-files';

/** Every assessment, validated and turned into an English model (links are not needed here). */
export const MODELS: AssessmentModel[] = readAssessmentFiles().map((file) => {
	const data = assessmentSchema.parse(file.data);
	return {
		id: data.id,
		kind: data.kind,
		version: data.version,
		title: data.title.en,
		dimensions: data.dimensions.map((d) => ({ id: d.id, label: d.label.en })),
		questions: data.questions.map((q) => ({
			id: q.id,
			dimension: q.dimension,
			text: q.text.en,
			reversed: q.reversed,
			reason: q.reason?.en,
		})),
		bands: data.bands.map((b) => ({
			min: b.min,
			max: b.max,
			title: b.title.en,
			advice: b.advice.en,
			sectionHref: '#',
			sectionTitle: '',
		})),
	};
});

/** The share-code view of a model. */
export function codeModelOf(model: AssessmentModel): ShareCodeModel {
	return {
		id: model.id,
		version: model.version,
		questionCount: model.questions.length,
		choices: choiceCount(model),
	};
}
