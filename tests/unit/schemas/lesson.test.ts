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
		exercise: { title: 'Do it', goal: 'To do it.', stages: [{ minutes: 10, text: 'Do.' }] },
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

	test('needs a date it was updated', () => {
		expect(messages({ ...valid, updated: 'someday' })).toHaveLength(1);
	});
});
