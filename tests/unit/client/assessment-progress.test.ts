import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assessmentProgress } from '../../../src/client/assessment-progress';
import { memoryStorage } from '../support/memory-storage';

const KEY = 'clientship:v1:assessment:relationship-health';
const progressOf = (stored: unknown) =>
	assessmentProgress(
		memoryStorage({ [KEY]: typeof stored === 'string' ? stored : JSON.stringify(stored) }),
		'relationship-health'
	);

describe('assessmentProgress()', () => {
	test('is done with the day of the latest dated result (#16)', () => {
		expect(
			progressOf({
				version: 2,
				answers: [4, 4],
				submitted: true,
				name: '',
				history: [
					{ date: '2026-06-12', version: 2, answers: [4, 4] },
					{ date: '2026-03-10', version: 1, answers: [3, 5] },
				],
			})
		).toEqual({ isDone: true, lastDay: '2026-06-12' });
	});

	test('is done without a day for a result saved before dates were kept', () => {
		expect(progressOf({ version: 1, answers: [4, 5], submitted: true })).toEqual({ isDone: true });
	});

	test('is not done for answers in progress, nothing stored, or another shape', () => {
		expect(progressOf({ version: 2, answers: [4, 0], submitted: false, history: [] })).toEqual({
			isDone: false,
		});
		expect(assessmentProgress(memoryStorage(), 'relationship-health')).toEqual({ isDone: false });
		expect(progressOf('{"history": [')).toEqual({ isDone: false });
		expect(progressOf({ history: [{ date: '2026-13-40', answers: [] }] })).toEqual({
			isDone: false,
		});
	});

	test('ignores impossible days and never throws on any stored text', () => {
		expect(progressOf({ history: [{ date: '2026-02-30', answers: [4] }] })).toEqual({
			isDone: true,
		});
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (junk) => {
				const result = progressOf(junk);
				expect(typeof result.isDone).toBe('boolean');
				if (result.lastDay !== undefined) expect(result.lastDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			})
		);
	});
});
