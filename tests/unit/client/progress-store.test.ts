import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	PROGRESS_KEY,
	markLessonOpened,
	markLessonRead,
	readOpenedLessons,
	readProgress,
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

describe('markLessonRead() and readProgress()', () => {
	test('a lesson read to the end is also opened; data from before `read` has read nothing (#16)', () => {
		const storage = memoryStorage({ [PROGRESS_KEY]: '{"opened":["a"]}' });
		expect(readProgress(storage)).toEqual({ opened: ['a'], read: [] });
		markLessonRead(storage, 'b');
		markLessonRead(storage, 'b');
		expect(readProgress(storage)).toEqual({ opened: ['a', 'b'], read: ['b'] });
	});

	test('drops a broken `read` list with the rest, never throwing', () => {
		fc.assert(
			fc.property(fc.json(), (junk) => {
				const storage = memoryStorage({ [PROGRESS_KEY]: `{"opened":["a"],"read":${junk}}` });
				const { opened, read } = readProgress(storage);
				expect(read.every((slug) => /^[a-z0-9-]+$/.test(slug))).toBe(true);
				expect(opened.length).toBeLessThanOrEqual(1);
			})
		);
	});
});
