import { describe, expect, test } from 'vitest';
import { assessmentSchema, findBandProblems } from '../../../src/schemas/assessment';

const text = { en: 'Text', ru: 'Текст' };
const band = (min: number, max: number) => ({
	min,
	max,
	title: text,
	advice: text,
	section: { en: 'a', ru: 'б' },
});
const valid = {
	kind: 'likert',
	version: 1,
	title: text,
	intro: text,
	dimensions: [{ id: 'goals', label: text }],
	questions: [{ id: 'q1', dimension: 'goals', text }],
	bands: [band(0, 49), band(50, 100)],
};

const messages = (data: unknown) => {
	const result = assessmentSchema.safeParse(data);
	return result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('findBandProblems()', () => {
	test('accepts bands that cover 0–100 once', () => {
		expect(
			findBandProblems([
				{ min: 50, max: 100 },
				{ min: 0, max: 49 },
			])
		).toEqual([]);
	});

	test('finds a gap', () => {
		expect(
			findBandProblems([
				{ min: 0, max: 49 },
				{ min: 60, max: 100 },
			])
		).toEqual(['scores 50–59 fall in no band']);
	});

	test('finds an overlap', () => {
		expect(
			findBandProblems([
				{ min: 0, max: 50 },
				{ min: 50, max: 100 },
			])
		).toEqual(['band 50–100 overlaps the band before it']);
	});

	test('finds a missing top or bottom', () => {
		expect(findBandProblems([{ min: 10, max: 90 }])).toEqual([
			'scores 0–9 fall in no band',
			'scores 91–100 fall in no band',
		]);
	});
});

describe('assessmentSchema', () => {
	test('accepts a valid definition', () => {
		expect(messages(valid)).toEqual([]);
	});

	test('names a text that lacks its Russian', () => {
		expect(messages({ ...valid, title: { en: 'Only English' } })).toContainEqual(
			expect.stringMatching(/^title\.ru: /)
		);
	});

	test('names a question with an unknown dimension', () => {
		expect(
			messages({ ...valid, questions: [{ id: 'q1', dimension: 'nope', text }] })
		).toContainEqual(expect.stringContaining('question "q1" names an unknown dimension "nope"'));
	});

	test('rejects bands with a gap or an overlap', () => {
		expect(messages({ ...valid, bands: [band(0, 40), band(50, 100)] })).toContainEqual(
			'bands: scores 41–49 fall in no band'
		);
		expect(messages({ ...valid, bands: [band(0, 60), band(50, 100)] })).toContainEqual(
			expect.stringContaining('overlaps')
		);
	});

	test('requires a reason on every sort statement and exactly two piles', () => {
		const sort = { ...valid, kind: 'sort', dimensions: [{ id: 'goals', label: text }] };
		expect(messages(sort)).toEqual(
			expect.arrayContaining([
				expect.stringContaining('needs a reason'),
				'dimensions: a sort assessment has exactly two piles',
			])
		);
	});
});
