/**
 * The client's side of an assessment compares like with like (#25, DESIGN.md "The client's side"):
 * each client statement mirrors one of the agency's (the schema checks the dimension and the
 * direction), `relationship-health`'s mirror all of the agency's one to one, and so a client who
 * answers every mirrored statement as the agency did shows no perception gap at all.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assessmentSchema } from '../../../src/schemas/assessment';
import { scoreAnswers } from '../../../src/islands/assessment/scoring';
import { assessmentModels } from '../../../scripts/lib/assessment-models';
import { readAssessmentFiles } from '../../../scripts/lib/content-files';

const withClientSide = readAssessmentFiles()
	.map((file) => ({ file, data: assessmentSchema.parse(file.data) }))
	.filter(({ data }) => data.client !== undefined);

test('relationship-health has a client’s side', () => {
	expect(withClientSide.map(({ file }) => file.id)).toContain('relationship-health');
});

const models = assessmentModels('en');

describe.each(withClientSide.map(({ file, data }) => [file.path, file.id, data] as const))(
	'%s',
	(_, id, data) => {
		const clientQuestions = data.client?.questions ?? [];

		test('mirrors every agency statement exactly once', () => {
			expect(clientQuestions.map((question) => question.mirrors).sort()).toEqual(
				data.questions.map((question) => question.id).sort()
			);
		});

		test('a client answering each mirrored statement as the agency did scores the same in every area', () => {
			const agency = models.find((model) => model.id === id && model.side === 'agency');
			const client = models.find((model) => model.id === id && model.side === 'client');
			if (!agency || !client) throw new Error('no models for this assessment');
			const position = new Map(data.questions.map((question, index) => [question.id, index]));
			fc.assert(
				fc.property(
					fc.array(fc.integer({ min: 1, max: 5 }), {
						minLength: data.questions.length,
						maxLength: data.questions.length,
					}),
					(agencyAnswers) => {
						const clientAnswers = clientQuestions.map(
							(question) => agencyAnswers[position.get(question.mirrors) ?? -1] ?? 0
						);
						expect(scoreAnswers(client, clientAnswers).dimensions).toEqual(
							scoreAnswers(agency, agencyAnswers).dimensions
						);
					}
				)
			);
		});
	}
);
