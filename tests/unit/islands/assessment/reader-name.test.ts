/** One name for every assessment, typed once and kept in this browser (#24). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	loadReaderName,
	NAME_KEY,
	saveReaderName,
} from '../../../../src/islands/assessment/reader-name';
import { memoryStorage } from '../../support/memory-storage';

describe('the reader’s name', () => {
	test('is kept cleaned, read back, and removed when emptied', () => {
		const storage = memoryStorage();
		expect(loadReaderName(storage)).toBe('');
		expect(saveReaderName(storage, '  Анна \n Смирнова ')).toBe('Анна Смирнова');
		expect(loadReaderName(storage)).toBe('Анна Смирнова');
		saveReaderName(storage, '   ');
		expect(storage.entries.has(NAME_KEY)).toBe(false);
	});

	test('whatever is stored under its key, reading never throws and gives a clean name or none', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (junk) => {
				const storage = memoryStorage({ [NAME_KEY]: junk });
				const name = loadReaderName(storage);
				expect(typeof name).toBe('string');
				if (name === '') return;
				expect(saveReaderName(memoryStorage(), name)).toBe(name);
			})
		);
	});
});
