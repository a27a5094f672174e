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
const goals = { id: 'goals', label: text, healthy: text, unhealthy: text, practice: 'step-1' };
const valid = {
	kind: 'likert',
	version: 1,
	title: text,
	intro: text,
	dimensions: [goals],
	questions: [{ id: 'q1', dimension: 'goals', text, measures: 'key-idea-1' }],
	bands: [band(0, 49), band(50, 100)],
};
const client = {
	version: 1,
	title: text,
	intro: text,
	questions: [{ id: 'c1', dimension: 'goals', text, mirrors: 'q1' }],
	bands: [band(0, 100)],
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
			messages({
				...valid,
				questions: [{ id: 'q1', dimension: 'nope', text, measures: 'step-1' }],
			})
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

	test('names a statement that says nothing of what it measures, or says it badly (#25)', () => {
		const bare = { id: 'q1', dimension: 'goals', text };
		expect(messages({ ...valid, questions: [bare] })).toContainEqual(
			expect.stringMatching(/^questions\.0\.measures: /)
		);
		expect(
			messages({ ...valid, questions: [{ ...valid.questions[0], measures: 'idea 1' }] })
		).toContainEqual(
			'questions.0.measures: a lesson part is "key-idea-N" or "step-N", N counted from 1'
		);
	});

	test('a likert dimension says what healthy and unhealthy look like and where to work on it (#25)', () => {
		expect(messages({ ...valid, dimensions: [{ id: 'goals', label: text }] })).toEqual([
			expect.stringMatching(/^dimensions\.0\.healthy: dimension "goals" needs "healthy"/),
			expect.stringMatching(/^dimensions\.0\.unhealthy: /),
			expect.stringMatching(/^dimensions\.0\.practice: /),
		]);
		expect(messages({ ...valid, dimensions: [{ ...goals, practice: 'step three' }] })).toEqual([
			'dimensions.0.practice: a practice is "step-N" (N counted from 1) or "exercise"',
		]);
		expect(messages({ ...valid, dimensions: [{ ...goals, practice: 'exercise' }] })).toEqual([]);
	});

	test('a band’s conditions name known dimensions; only the bands without them must cover 0–100 (#25)', () => {
		const quiet = { ...band(0, 100), when: [{ dimension: 'goals', max: 59 }] };
		expect(messages({ ...valid, bands: [quiet, band(0, 49), band(50, 100)] })).toEqual([]);
		expect(
			messages({
				...valid,
				bands: [{ ...quiet, when: [{ dimension: 'nope', max: 59 }] }, ...valid.bands],
			})
		).toEqual(['bands.0.when.0.dimension: "nope" is not a dimension (known: goals)']);
		expect(messages({ ...valid, bands: [quiet, band(0, 49)] })).toEqual([
			'bands: scores 50–100 fall in no band',
		]);
		expect(
			messages({ ...valid, bands: [{ ...quiet, when: [{ dimension: 'goals' }] }, ...valid.bands] })
		).toEqual(['bands.0.when.0: a condition needs a min, a max or both']);
	});

	test('each client statement mirrors an agency statement of the same dimension and direction (#25)', () => {
		const two = {
			...valid,
			dimensions: [goals, { ...goals, id: 'pace' }],
			questions: [
				...valid.questions,
				{ id: 'q2', dimension: 'pace', text, reversed: true, measures: 'step-2' },
			],
		};
		expect(messages({ ...two, client })).toEqual([
			'client.questions: dimension "pace" has no questions',
		]);
		const mirror = (id: string, mirrors: string, dimension = 'pace', reversed = true) => ({
			id,
			dimension,
			text,
			mirrors,
			...(reversed && { reversed }),
		});
		const withClient = (...questions: object[]) =>
			messages({ ...two, client: { ...client, questions: [...client.questions, ...questions] } });
		expect(withClient(mirror('c2', 'q2'))).toEqual([]);
		expect(withClient(mirror('c2', 'q9'))).toEqual([
			'client.questions.1.mirrors: client question "c2" mirrors "q9", which is not one of the agency\'s statements',
		]);
		expect(withClient(mirror('c2', 'q2', 'pace', false))).toEqual([
			'client.questions.1.mirrors: client question "c2" and its mirror "q2" point different ways: both or neither are reversed',
		]);
		expect(withClient(mirror('c2', 'q2'), mirror('c3', 'q1', 'pace', false))).toEqual([
			'client.questions.2.mirrors: client question "c3" is in "pace" but mirrors "q1" in "goals": a mirror compares the same dimension',
			'client.questions.2.mirrors: client questions "c1" and "c3" both mirror "q1"',
		]);
		expect(
			messages({
				...two,
				client: { ...client, questions: [{ ...client.questions[0], mirrors: undefined }] },
			})
		).toContainEqual(expect.stringMatching(/^client\.questions\.0\.mirrors: /));
	});
});
