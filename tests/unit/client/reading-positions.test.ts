import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	POSITIONS_KEY,
	clearPosition,
	latestPosition,
	readPositions,
	savePosition,
} from '../../../src/client/reading-positions';
import { memoryStorage } from '../support/memory-storage';

const at = (time: number, section = 1) => ({ section, progress: 0.5, at: time });

describe('savePosition()', () => {
	test('keeps one position per lesson, and two tabs on two lessons keep both (#24)', () => {
		const storage = memoryStorage();
		savePosition(storage, 'a', at(100), 1000);
		savePosition(storage, 'b', at(200), 1000);
		savePosition(storage, 'a', at(300, 4), 1000);
		expect(readPositions(storage)).toEqual({ a: at(300, 4), b: at(200) });
	});

	test('never replaces a later position with an earlier one (#24)', () => {
		const storage = memoryStorage();
		savePosition(storage, 'a', at(500, 7), 1000);
		// A tab left open on yesterday's place.
		savePosition(storage, 'a', at(400, 2), 1000);
		expect(readPositions(storage)['a']).toEqual(at(500, 7));
	});

	test('a stored time ahead of this clock does not freeze the lesson (#24)', () => {
		const storage = memoryStorage();
		savePosition(storage, 'a', at(9000, 7), 9000);
		// The clock was set back: 9000 is now in the future.
		savePosition(storage, 'a', at(100, 2), 200);
		expect(readPositions(storage)['a']).toEqual(at(100, 2));
	});

	test('refuses a slug or a position that could not be read back', () => {
		const storage = memoryStorage();
		savePosition(storage, '__proto__', at(1));
		savePosition(storage, 'a', { section: -1, progress: 2, at: Number.NaN });
		expect(storage.entries.size).toBe(0);
	});

	test('whatever is stored, saving keeps every valid entry and adds its own', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (junk) => {
				const storage = memoryStorage({ [POSITIONS_KEY]: junk });
				const before = readPositions(memoryStorage({ [POSITIONS_KEY]: junk }));
				savePosition(storage, 'fresh-lesson', at(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);
				const after = readPositions(storage);
				expect(after['fresh-lesson']).toEqual(at(Number.MAX_SAFE_INTEGER));
				for (const [slug, position] of Object.entries(before)) {
					if (slug !== 'fresh-lesson') expect(after[slug]).toEqual(position);
				}
			})
		);
	});
});

describe('readPositions()', () => {
	test('drops a corrupted entry alone and writes the rest back (#24)', () => {
		const storage = memoryStorage({
			[POSITIONS_KEY]: JSON.stringify({ a: at(5), b: { section: 'x' }, c: at(6, 3) }),
		});
		expect(readPositions(storage)).toEqual({ a: at(5), c: at(6, 3) });
		expect(JSON.parse(storage.getItem(POSITIONS_KEY) ?? '')).toEqual({ a: at(5), c: at(6, 3) });
	});

	test('removes a value that is not an object of positions', () => {
		for (const junk of ['{broken', '[1,2]', 'null', '"text"']) {
			const storage = memoryStorage({ [POSITIONS_KEY]: junk });
			expect(readPositions(storage)).toEqual({});
			expect(storage.getItem(POSITIONS_KEY)).toBeNull();
		}
	});

	test('never throws, and returns only whole positions', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.json(), fc.dictionary(fc.string(), fc.jsonValue())),
				(junk) => {
					const raw = typeof junk === 'string' ? junk : JSON.stringify(junk);
					const positions = readPositions(memoryStorage({ [POSITIONS_KEY]: raw }));
					for (const [slug, position] of Object.entries(positions)) {
						expect(slug).toMatch(/^[a-z0-9-]+$/);
						expect(Number.isInteger(position.section)).toBe(true);
						expect(position.progress).toBeGreaterThanOrEqual(0);
						expect(position.progress).toBeLessThanOrEqual(1);
					}
				}
			)
		);
	});
});

describe('clearPosition()', () => {
	test('forgets a lesson read to the end, unless another tab kept a later place (#24)', () => {
		const storage = memoryStorage();
		savePosition(storage, 'a', at(100), 1000);
		savePosition(storage, 'b', at(100), 1000);
		clearPosition(storage, 'a', 200, 1000);
		clearPosition(storage, 'b', 50, 1000);
		expect(readPositions(storage)).toEqual({ b: at(100) });
	});
});

describe('latestPosition()', () => {
	test('names the most recent position among the lessons asked about', () => {
		const positions = { a: at(5), b: at(9), c: at(20) };
		expect(latestPosition(positions, ['a', 'b'])).toEqual(['b', at(9)]);
		expect(latestPosition(positions, ['x'])).toBeUndefined();
		expect(latestPosition(positions, ['toString'])).toBeUndefined();
	});
});
