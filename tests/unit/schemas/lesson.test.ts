import { describe, expect, test } from 'vitest';
import { lessonSchema } from '../../../src/schemas/lesson';

const valid = {
	title: 'A lesson',
	description: 'Short.',
	order: 1,
	assessment: 'doing-or-being',
	source: { title: 'An article', language: 'en', note: 'What we took.' },
	updated: '2026-11-22',
	forTeams: {
		questions: ['One?', 'Two?', 'Three?'],
		exercise: {
			title: 'Do it',
			goal: 'To do it.',
			stages: [{ minutes: 10, text: 'Do.' }],
			output: 'A list on paper.',
		},
	},
	takeaways: ['One.', 'Two.', 'Three.'],
};

const messages = (data: unknown) => {
	const result = lessonSchema.safeParse(data);
	return result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('lessonSchema', () => {
	test('accepts a valid lesson', () => {
		expect(messages(valid)).toEqual([]);
	});

	test('names a description over 160 characters', () => {
		expect(messages({ ...valid, description: 'x'.repeat(161) })).toEqual([
			'description: 161 characters, at most 160 allowed',
		]);
	});

	test('needs three discussion questions', () => {
		expect(messages({ ...valid, forTeams: { ...valid.forTeams, questions: ['One?'] } })).toEqual([
			'forTeams.questions: forTeams.questions needs at least three discussion questions',
		]);
	});

	test('accepts the source’s author, publication and series, and the exercise’s materials and output', () => {
		expect(
			messages({
				...valid,
				source: {
					...valid.source,
					author: 'Ayta Luzgina',
					publication: 'A blog',
					series: 'Key Client Management Lessons',
				},
				forTeams: {
					...valid.forTeams,
					exercise: {
						...valid.forTeams.exercise,
						materials: ['Role card: the client, who has already promised the board a launch date.'],
						output: 'A one-page map of each client’s decision arc.',
					},
				},
			})
		).toEqual([]);
	});

	test('names empty or overlong exercise materials', () => {
		const withMaterials = (materials: string[]) => ({
			...valid,
			forTeams: { ...valid.forTeams, exercise: { ...valid.forTeams.exercise, materials } },
		});
		expect(messages(withMaterials([]))).toEqual([
			'forTeams.exercise.materials: forTeams.exercise.materials, when given, lists at least one item',
		]);
		expect(messages(withMaterials(['x'.repeat(401)]))).toEqual([
			'forTeams.exercise.materials.0: forTeams.exercise.materials has an item of 401 characters; the limit is 400',
		]);
	});

	test('rejects an empty author', () => {
		expect(messages({ ...valid, source: { ...valid.source, author: ' ' } })).toHaveLength(1);
	});

	test('needs what the exercise leaves on paper (#12)', () => {
		const exercise = { ...valid.forTeams.exercise, output: undefined };
		expect(messages({ ...valid, forTeams: { ...valid.forTeams, exercise } })).toEqual([
			'forTeams.exercise.output: forTeams.exercise.output says what the group takes away on paper',
		]);
	});

	test('needs a date it was updated', () => {
		expect(messages({ ...valid, updated: 'someday' })).toHaveLength(1);
	});
});
