import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	PROGRESS_KEY,
	markLessonOpened,
	readOpenedLessons,
} from '../../../src/client/progress-store';
import { memoryStorage } from '../support/memory-storage';

describe('markLessonOpened()', () => {
	test('records each lesson once, in the order opened', () => {
		const storage = memoryStorage();
		markLessonOpened(storage, 'b');
		markLessonOpened(storage, 'a');
		markLessonOpened(storage, 'b');
		expect(readOpenedLessons(storage)).toEqual(['b', 'a']);
	});

	test('replaces a corrupted value instead of failing', () => {
		const storage = memoryStorage({ [PROGRESS_KEY]: '{"opened": [1, 2' });
		markLessonOpened(storage, 'a');
		expect(readOpenedLessons(storage)).toEqual(['a']);
	});
});

describe('readOpenedLessons()', () => {
	test('returns nothing when nothing is stored', () => {
		expect(readOpenedLessons(memoryStorage())).toEqual([]);
	});

	test('never throws and drops anything that is not a list of slugs', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (junk) => {
				const storage = memoryStorage({ [PROGRESS_KEY]: junk });
				const opened = readOpenedLessons(storage);
				expect(Array.isArray(opened)).toBe(true);
				expect(opened.every((slug) => /^[a-z0-9-]+$/.test(slug))).toBe(true);
			})
		);
	});
});
