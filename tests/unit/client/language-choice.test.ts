import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	LANGUAGE_KEY,
	pickLanguage,
	readLanguageChoice,
	saveLanguageChoice,
} from '../../../src/client/language-choice';
import { memoryStorage } from '../support/memory-storage';

describe('pickLanguage()', () => {
	test('prefers the remembered choice over the browser', () => {
		expect(pickLanguage('en', ['ru-RU', 'ru'])).toBe('en');
	});

	test('takes the first browser language the site has', () => {
		expect(pickLanguage(undefined, ['de-DE', 'ru-RU', 'en'])).toBe('ru');
		expect(pickLanguage(undefined, ['EN-us'])).toBe('en');
	});

	test('falls back to English', () => {
		expect(pickLanguage(undefined, ['de', 'fr'])).toBe('en');
		expect(pickLanguage(undefined, [])).toBe('en');
	});
});

describe('readLanguageChoice()', () => {
	test('returns a stored language', () => {
		expect(readLanguageChoice(memoryStorage({ [LANGUAGE_KEY]: 'ru' }))).toBe('ru');
	});

	test('drops any other stored value', () => {
		fc.assert(
			fc.property(
				fc.string().filter((value) => value !== 'en' && value !== 'ru'),
				(junk) => {
					const storage = memoryStorage({ [LANGUAGE_KEY]: junk });
					expect(readLanguageChoice(storage)).toBeUndefined();
					expect(storage.entries.has(LANGUAGE_KEY)).toBe(false);
				}
			)
		);
	});
});

describe('saveLanguageChoice()', () => {
	test('stores a site language and ignores anything else', () => {
		const storage = memoryStorage();
		saveLanguageChoice(storage, 'de');
		expect(storage.entries.size).toBe(0);
		saveLanguageChoice(storage, 'ru');
		expect(storage.entries.get(LANGUAGE_KEY)).toBe('ru');
	});
});
