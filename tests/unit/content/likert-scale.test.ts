/**
 * The Likert midpoint means the same in both languages (#12): a neutral position, "neither agree
 * nor disagree", not uncertainty ("not sure", «не уверен»), ambivalence («и да, и нет») or a
 * don't-know answer («затрудняюсь ответить»), which survey methodology keeps apart from the scale.
 */
import { describe, expect, test } from 'vitest';
import en from '../../../src/i18n/en.json';
import ru from '../../../src/i18n/ru.json';

const MIDPOINT = 'assessment.scale3';

/** A neutral midpoint in each language: "neither … nor …" built the language's own way. */
const NEUTRAL: Record<'en' | 'ru', RegExp> = {
	en: /^Neither \S.* nor \S/,
	ru: /^Ни \S.*, ни \S/,
};

/** Labels that say something other than neutrality. */
const NOT_NEUTRAL =
	/not sure|unsure|undecided|don[’']t know|both|не уверен|затрудняюсь|не знаю|и да,? и нет/i;

describe('the Likert midpoint label', () => {
	test.each([
		['en', en[MIDPOINT]],
		['ru', ru[MIDPOINT]],
	] as const)('%s is a neutral “neither … nor”: %s', (lang, label) => {
		expect(label).toMatch(NEUTRAL[lang]);
		expect(label).not.toMatch(NOT_NEUTRAL);
	});

	test('the English midpoint is the standard wording', () => {
		expect(en[MIDPOINT]).toBe('Neither agree nor disagree');
	});
});
