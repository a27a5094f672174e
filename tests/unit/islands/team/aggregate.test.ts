import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DISAGREEMENT_THRESHOLD, summarizeTeam } from '../../../../src/islands/team/aggregate';
import type { AssessmentModel } from '../../../../src/islands/assessment/model';
import { MODELS } from '../../support/assessments';

const band = (min: number, max: number, title: string) => ({
	min,
	max,
	title,
	advice: '',
	sectionHref: '#',
	sectionTitle: '',
});
const model: AssessmentModel = {
	id: 'client-level',
	kind: 'likert',
	version: 1,
	title: '',
	dimensions: [
		{ id: 'a', label: 'A' },
		{ id: 'b', label: 'B' },
	],
	questions: [
		{ id: 'a1', dimension: 'a', text: '' },
		{ id: 'b1', dimension: 'b', text: '' },
	],
	bands: [band(0, 49, 'low'), band(50, 100, 'high')],
};

describe('summarizeTeam()', () => {
	test('one person: their scores are the average and there is no spread or disagreement', () => {
		const summary = summarizeTeam(model, [{ name: 'Anna', answers: [5, 3] }]);
		expect(summary.people).toEqual([
			{ name: 'Anna', dimensions: [100, 50], overall: 75, bandTitle: 'high' },
		]);
		expect(
			summary.dimensions.map((d) => [d.average, d.min, d.max, d.spread, d.isMostDisputed])
		).toEqual([
			[100, 100, 100, 0, false],
			[50, 50, 50, 0, false],
		]);
	});

	test('identical answers: no spread and no disagreement', () => {
		const summary = summarizeTeam(model, [
			{ name: 'A', answers: [2, 4] },
			{ name: 'B', answers: [2, 4] },
			{ name: 'C', answers: [2, 4] },
		]);
		expect(summary.dimensions.every((d) => d.spread === 0 && !d.isMostDisputed)).toBe(true);
		expect(summary.overallAverage).toBe(50);
	});

	test('every extreme: the widest spread is marked and the averages sit in the middle', () => {
		const summary = summarizeTeam(model, [
			{ name: 'Low', answers: [1, 3] },
			{ name: 'High', answers: [5, 3] },
		]);
		expect(summary.dimensions[0]).toMatchObject({
			average: 50,
			min: 0,
			max: 100,
			spread: 100,
			isMostDisputed: true,
		});
		expect(summary.dimensions[1]).toMatchObject({ spread: 0, isMostDisputed: false });
		expect(summary.overallBandTitle).toBe('high');
	});

	test('a small spread is not called a disagreement', () => {
		const summary = summarizeTeam(model, [
			{ name: 'A', answers: [3, 3] },
			{ name: 'B', answers: [4, 3] },
		]);
		expect(summary.dimensions[0]?.spread).toBeGreaterThanOrEqual(DISAGREEMENT_THRESHOLD);
		const narrow = summarizeTeam(
			{ ...model, questions: [...model.questions, { id: 'a2', dimension: 'a', text: '' }] },
			[
				{ name: 'A', answers: [3, 3, 3] },
				{ name: 'B', answers: [4, 3, 3] },
			]
		);
		expect(narrow.dimensions[0]?.spread).toBeLessThan(DISAGREEMENT_THRESHOLD);
		expect(narrow.dimensions.some((d) => d.isMostDisputed)).toBe(false);
	});

	test.each(MODELS.map((m) => [m.id, m] as const))(
		'%s: averages lie between min and max, all within 0–100',
		(_, real) => {
			const choices = real.kind === 'likert' ? 5 : 2;
			const person = fc.record({
				name: fc.string(),
				answers: fc.array(fc.integer({ min: 1, max: choices }), {
					minLength: real.questions.length,
					maxLength: real.questions.length,
				}),
			});
			fc.assert(
				fc.property(fc.array(person, { minLength: 1, maxLength: 12 }), (team) => {
					const summary = summarizeTeam(real, team);
					expect(summary.people).toHaveLength(team.length);
					for (const dimension of summary.dimensions) {
						expect(dimension.min).toBeGreaterThanOrEqual(0);
						expect(dimension.max).toBeLessThanOrEqual(100);
						expect(dimension.average).toBeGreaterThanOrEqual(dimension.min);
						expect(dimension.average).toBeLessThanOrEqual(dimension.max);
						expect(dimension.spread).toBe(dimension.max - dimension.min);
					}
					const disputed = summary.dimensions.filter((d) => d.isMostDisputed);
					if (disputed.length > 0) {
						const widest = Math.max(...summary.dimensions.map((d) => d.spread));
						expect(
							disputed.every((d) => d.spread === widest && widest >= DISAGREEMENT_THRESHOLD)
						).toBe(true);
					}
				})
			);
		}
	);
});
