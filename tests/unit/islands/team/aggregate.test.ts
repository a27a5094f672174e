import fc from 'fast-check';
import { SIGNIFICANT_POINTS } from '../../../../src/islands/shared/points';
import { describe, expect, test } from 'vitest';
import {
	average,
	median,
	scorePerson,
	summarizeTeam,
} from '../../../../src/islands/team/aggregate';
import { choiceCount, type AssessmentModel } from '../../../../src/islands/assessment/model';
import { MODELS } from '../../../../scripts/lib/assessment-models';

const band = (min: number, max: number, title: string) => ({
	min,
	max,
	title,
	advice: '',
	sectionHref: '#',
	sectionTitle: '',
});
/** A two-statement model, small enough to check the arithmetic by hand. */
const model: AssessmentModel = {
	id: 'client-level',
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
		{ id: 'b1', dimension: 'b', text: '' },
	],
	bands: [band(0, 49, 'low'), band(50, 100, 'high')],
};

/** People scored as the team view scores them. */
const team = (scoring: Parameters<typeof scorePerson>[0], people: [string, number[]][]) =>
	people.map(([name, answers]) => scorePerson(scoring, name, answers));

describe('scorePerson()', () => {
	test('scores one person’s answers per dimension, overall and by band', () => {
		expect(scorePerson(model, 'Anna', [5, 3])).toEqual({
			name: 'Anna',
			dimensions: [100, 50],
			overall: 75,
			bandTitle: 'high',
		});
		expect(scorePerson(model, 'Boris', [1, 2])).toMatchObject({ overall: 13, bandTitle: 'low' });
	});

	test('scores answers to earlier statements with their own key', () => {
		const reversedBefore = {
			...model,
			questions: [
				{ dimension: 'a', reversed: true },
				{ dimension: 'b', reversed: false },
			],
		};
		expect(scorePerson(reversedBefore, 'Anna', [5, 3]).dimensions).toEqual([0, 50]);
	});
});

describe('summarizeTeam()', () => {
	test('one person: their scores are the average and there is no spread or disagreement', () => {
		const summary = summarizeTeam(model, team(model, [['Anna', [5, 3]]]));
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
		const summary = summarizeTeam(
			model,
			team(model, [
				['A', [2, 4]],
				['B', [2, 4]],
				['C', [2, 4]],
			])
		);
		expect(summary.dimensions.every((d) => d.spread === 0 && !d.isMostDisputed)).toBe(true);
		expect(summary.overallAverage).toBe(50);
	});

	test('every extreme: the widest spread is marked and the averages sit in the middle', () => {
		const summary = summarizeTeam(
			model,
			team(model, [
				['Low', [1, 3]],
				['High', [5, 3]],
			])
		);
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
		const summary = summarizeTeam(
			model,
			team(model, [
				['A', [3, 3]],
				['B', [4, 3]],
			])
		);
		expect(summary.dimensions[0]?.spread).toBeGreaterThanOrEqual(SIGNIFICANT_POINTS);
		const longer = {
			...model,
			questions: [...model.questions, { id: 'a2', dimension: 'a', text: '' }],
		};
		const narrow = summarizeTeam(
			longer,
			team(longer, [
				['A', [3, 3, 3]],
				['B', [4, 3, 3]],
			])
		);
		expect(narrow.dimensions[0]?.spread).toBeLessThan(SIGNIFICANT_POINTS);
		expect(narrow.dimensions.some((d) => d.isMostDisputed)).toBe(false);
	});

	test.each(MODELS.map((m) => [m.id, m] as const))(
		'%s: averages and medians lie between min and max, all within 0–100',
		(_, real) => {
			const choices = choiceCount(real);
			const person = fc.record({
				name: fc.string(),
				answers: fc.array(fc.integer({ min: 1, max: choices }), {
					minLength: real.questions.length,
					maxLength: real.questions.length,
				}),
			});
			fc.assert(
				fc.property(fc.array(person, { minLength: 1, maxLength: 12 }), (members) => {
					const people = members.map(({ name, answers }) => scorePerson(real, name, answers));
					const summary = summarizeTeam(real, people);
					expect(summary.people).toEqual(people);
					for (const dimension of summary.dimensions) {
						expect(dimension.min).toBeGreaterThanOrEqual(0);
						expect(dimension.max).toBeLessThanOrEqual(100);
						expect(dimension.average).toBeGreaterThanOrEqual(dimension.min);
						expect(dimension.average).toBeLessThanOrEqual(dimension.max);
						expect(dimension.spread).toBe(dimension.max - dimension.min);
						expect(dimension.median).toBeGreaterThanOrEqual(dimension.min);
						expect(dimension.median).toBeLessThanOrEqual(dimension.max);
					}
					const disputed = summary.dimensions.filter((d) => d.isMostDisputed);
					if (disputed.length > 0) {
						const widest = Math.max(...summary.dimensions.map((d) => d.spread));
						expect(disputed.every((d) => d.spread === widest && widest >= SIGNIFICANT_POINTS)).toBe(
							true
						);
					}
				})
			);
		}
	);

	test('one person is never a disagreement, and no one gives zeros', () => {
		expect(
			summarizeTeam(model, team(model, [['Solo', [1, 5]]])).dimensions.some((d) => d.isMostDisputed)
		).toBe(false);
		const empty = summarizeTeam(model, []);
		expect(empty.dimensions.map((d) => [d.average, d.min, d.max, d.median])).toEqual([
			[0, 0, 0, 0],
			[0, 0, 0, 0],
		]);
		expect(empty.overallAverage).toBe(0);
	});

	test('gives the median of each dimension', () => {
		const summary = summarizeTeam(
			model,
			team(model, [
				['A', [1, 1]],
				['B', [2, 1]],
				['C', [5, 1]],
			])
		);
		expect(summary.dimensions[0]).toMatchObject({ median: 25, average: 42 });
	});
});

describe('average() and median()', () => {
	test('round to whole points and give 0 for nobody', () => {
		expect(average([50, 75])).toBe(63);
		expect(average([])).toBe(0);
		expect(median([10, 40, 90])).toBe(40);
		expect(median([90, 10])).toBe(50);
		expect(median([10, 40])).toBe(25);
		expect(median([])).toBe(0);
	});
});

describe('the two weakest dimensions (#22)', () => {
	const fourAreas: AssessmentModel = {
		...model,
		dimensions: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase() })),
		questions: ['a', 'b', 'c', 'd'].map((dimension) => ({
			id: `${dimension}1`,
			dimension,
			text: '',
		})),
	};

	test('marks the two lowest averages, worked by hand: 1→0, 2→25, 3→50, 4→75 per answer', () => {
		// A answers 4 and 2 → 50; B 5 and 5 → 100; C 1 and 3 → 25; D 3 and 2 → 38.
		const summary = summarizeTeam(
			fourAreas,
			team(fourAreas, [
				['Anna', [4, 5, 1, 3]],
				['Boris', [2, 5, 3, 2]],
			])
		);
		expect(summary.dimensions.map((d) => d.average)).toEqual([50, 100, 25, 38]);
		expect(summary.dimensions.map((d) => d.isWeakest)).toEqual([false, false, true, true]);
	});

	test('a tie keeps the assessment’s order; two dimensions or fewer mark none', () => {
		const tied = summarizeTeam(fourAreas, team(fourAreas, [['Anna', [3, 3, 3, 3]]]));
		expect(tied.dimensions.map((d) => d.isWeakest)).toEqual([true, true, false, false]);
		const two = summarizeTeam(model, team(model, [['Anna', [1, 5]]]));
		expect(two.dimensions.map((d) => d.isWeakest)).toEqual([false, false]);
	});
});
