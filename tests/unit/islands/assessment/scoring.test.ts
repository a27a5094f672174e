import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { choiceCount, type AssessmentModel } from '../../../../src/islands/assessment/model';
import {
	findBand,
	scoreAnswers,
	scoringModelFor,
} from '../../../../src/islands/assessment/scoring';
import { MODELS } from '../../../../scripts/lib/assessment-models';

const band = (min: number, max: number) => ({
	min,
	max,
	title: `${min}`,
	advice: '',
	sectionHref: '#',
	sectionTitle: '',
});

const likert: AssessmentModel = {
	id: 'relationship-health',
	kind: 'likert',
	side: 'agency',
	version: 1,
	earlierKeys: [],
	title: '',
	dimensions: [
		{ id: 'a', label: 'A' },
		{ id: 'b', label: 'B' },
	],
	questions: [
		{ id: 'a1', dimension: 'a', text: '' },
		{ id: 'a2', dimension: 'a', text: '', reversed: true },
		{ id: 'b1', dimension: 'b', text: '' },
	],
	bands: [band(0, 49), band(50, 100)],
};

const sort: AssessmentModel = {
	...likert,
	kind: 'sort',
	dimensions: [
		{ id: 'doing', label: 'Doing' },
		{ id: 'being', label: 'Being' },
	],
	questions: [
		{ id: 's1', dimension: 'doing', text: '' },
		{ id: 's2', dimension: 'being', text: '' },
		{ id: 's3', dimension: 'being', text: '' },
	],
};

describe('scoreAnswers()', () => {
	test('scores likert answers 0–100 per dimension, reversing reversed statements', () => {
		expect(scoreAnswers(likert, [5, 1, 3]).dimensions).toEqual([
			{ id: 'a', score: 100 },
			{ id: 'b', score: 50 },
		]);
		expect(scoreAnswers(likert, [1, 5, 1]).dimensions).toEqual([
			{ id: 'a', score: 0 },
			{ id: 'b', score: 0 },
		]);
	});

	test('weighs likert dimensions equally in the overall score', () => {
		expect(scoreAnswers(likert, [5, 1, 1]).overall).toBe(50);
	});

	test('scores a sort by the share of statements in their right pile', () => {
		const result = scoreAnswers(sort, [1, 2, 1]);
		expect(result.dimensions).toEqual([
			{ id: 'doing', score: 100 },
			{ id: 'being', score: 50 },
		]);
		expect(result.overall).toBe(67);
	});

	test('picks the band of the overall score', () => {
		expect(scoreAnswers(likert, [5, 1, 5]).band?.min).toBe(50);
		expect(scoreAnswers(likert, [1, 5, 1]).band?.min).toBe(0);
	});

	test.each(MODELS.map((model) => [model.id, model] as const))(
		'keeps every score of %s within 0–100 and always finds a band',
		(_, model) => {
			const choices = choiceCount(model);
			fc.assert(
				fc.property(
					fc.array(fc.integer({ min: 0, max: choices }), {
						minLength: model.questions.length,
						maxLength: model.questions.length,
					}),
					(answers) => {
						const result = scoreAnswers(model, answers);
						for (const score of [result.overall, ...result.dimensions.map((d) => d.score)]) {
							expect(Number.isInteger(score)).toBe(true);
							expect(score).toBeGreaterThanOrEqual(0);
							expect(score).toBeLessThanOrEqual(100);
						}
						expect(result.band).toBeDefined();
					}
				)
			);
		}
	);

	test.each(MODELS.filter((m) => m.kind === 'likert').map((model) => [model.id, model] as const))(
		'%s: the healthiest answers score 100 and the worst score 0',
		(_, model) => {
			const best = model.questions.map((question) => (question.reversed ? 1 : 5));
			const worst = model.questions.map((question) => (question.reversed ? 5 : 1));
			expect(scoreAnswers(model, best).overall).toBe(100);
			expect(scoreAnswers(model, worst).overall).toBe(0);
		}
	);
});

describe('findBand()', () => {
	test('finds the band that contains the score, edges included', () => {
		const bands = [band(0, 49), band(50, 100)];
		expect(findBand(bands, 49)?.min).toBe(0);
		expect(findBand(bands, 50)?.min).toBe(50);
		expect(findBand(bands, 100)?.min).toBe(50);
	});
});

describe('scoringModelFor()', () => {
	const changed: AssessmentModel = {
		...likert,
		version: 3,
		earlierKeys: [
			{ version: 1, questions: [{ dimension: 'b' }, { dimension: 'a', reversed: true }] },
			{ version: 2, questions: [{ dimension: 'a' }, { dimension: 'a' }, { dimension: 'b' }] },
		],
	};

	test('scores the model’s own version with the model itself', () => {
		expect(scoringModelFor(changed, 3)).toBe(changed);
	});

	test('scores an earlier version with its own key, the same dimensions and bands', () => {
		const old = scoringModelFor(changed, 1);
		expect(old?.questions).toEqual([{ dimension: 'b' }, { dimension: 'a', reversed: true }]);
		expect(old?.dimensions).toBe(changed.dimensions);
		expect(old?.bands).toBe(changed.bands);
		if (!old) return;
		expect(scoreAnswers(old, [5, 5]).dimensions).toEqual([
			{ id: 'a', score: 0 },
			{ id: 'b', score: 100 },
		]);
	});

	test('has no key for a version it never kept', () => {
		expect(scoringModelFor(changed, 4)).toBeUndefined();
		expect(scoringModelFor(changed, 0)).toBeUndefined();
	});

	test.each(MODELS.map((model) => [`${model.id} (${model.side})`, model] as const))(
		'%s keeps a key for each earlier version, as long as the statements were',
		(_, model) => {
			for (const key of model.earlierKeys) {
				const old = scoringModelFor(model, key.version);
				expect(old?.questions).toHaveLength(key.questions.length);
				for (const question of key.questions) {
					expect(model.dimensions.map((dimension) => dimension.id)).toContain(question.dimension);
				}
			}
		}
	);
});
