import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	answersKey,
	clearAnswers,
	loadAnswers,
	saveAnswers,
} from '../../../../src/islands/assessment/answer-store';
import { memoryStorage } from '../../support/memory-storage';

const model = { id: 'client-level', version: 2, questionCount: 3, choices: 5 };
const key = answersKey(model.id);

describe('loadAnswers()', () => {
	test('returns empty answers when nothing is saved', () => {
		expect(loadAnswers(memoryStorage(), model)).toEqual({
			answers: [0, 0, 0],
			submitted: false,
			name: '',
		});
	});

	test('returns what saveAnswers() saved', () => {
		const storage = memoryStorage();
		saveAnswers(storage, model, { answers: [4, 0, 5], submitted: false, name: 'Anna' });
		expect(loadAnswers(storage, model)).toEqual({
			answers: [4, 0, 5],
			submitted: false,
			name: 'Anna',
		});
	});

	test('drops answers saved for another version of the assessment', () => {
		const storage = memoryStorage({
			[key]: JSON.stringify({ version: 1, answers: [1, 2, 3], submitted: true, name: '' }),
		});
		expect(loadAnswers(storage, model).answers).toEqual([0, 0, 0]);
		expect(storage.entries.has(key)).toBe(false);
	});

	test('does not keep a result for incomplete answers', () => {
		const storage = memoryStorage({
			[key]: JSON.stringify({ version: 2, answers: [1, 0, 3], submitted: true, name: '' }),
		});
		expect(loadAnswers(storage, model).submitted).toBe(false);
	});

	test('never throws on junk, drops it and starts afresh', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((value) => JSON.stringify(value))
				),
				(junk) => {
					const storage = memoryStorage({ [key]: junk });
					const loaded = loadAnswers(storage, model);
					expect(loaded.answers).toHaveLength(3);
					expect(
						loaded.answers.every((answer) => Number.isInteger(answer) && answer >= 0 && answer <= 5)
					).toBe(true);
					expect(typeof loaded.name).toBe('string');
				}
			)
		);
	});
});

describe('clearAnswers()', () => {
	test('removes the saved answers', () => {
		const storage = memoryStorage();
		saveAnswers(storage, model, { answers: [1, 2, 3], submitted: true, name: '' });
		clearAnswers(storage, model);
		expect(storage.entries.size).toBe(0);
	});
});
