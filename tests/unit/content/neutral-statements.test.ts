/**
 * A Russian statement speaks for a reader of any gender (#25). In Russian the first person shows
 * gender in the conditional («я бы пользовался»), the past tense and short adjectives («я уверен»),
 * and in «я сам», so the statements say these things another way («мне было бы спокойно…», «мне
 * удалось…»). This test catches the forms that slip in most easily: a clause with «я» that also
 * has «бы», «сам/сама» or one of the common short adjectives.
 */
import { describe, expect, test } from 'vitest';
import { assessmentSchema } from '../../../src/schemas/assessment';
import { readAssessmentFiles } from '../../../scripts/lib/content-files';

/** Words that, in one clause with «я», make the speaker masculine or feminine. */
const GENDERED_WITH_I =
	/(?:^|[^а-яё])(?:бы|сам|сама|уверен|уверена|готов|готова|рад|рада|должен|должна|согласен|согласна|доволен|довольна)(?=[^а-яё]|$)/i;
const I = /(?:^|[^а-яё])я(?=[^а-яё]|$)/i;

/** The clauses of a sentence: what commas, dashes, colons and full stops set apart. */
function clauses(text: string): string[] {
	return text.split(/[,.;:—!?]/);
}

/** Whether a statement makes its first-person speaker masculine or feminine. */
function isGendered(text: string): boolean {
	return clauses(text).some((clause) => I.test(clause) && GENDERED_WITH_I.test(clause));
}

describe('isGendered()', () => {
	test.each([
		'Я бы сам без сомнений пользовался продуктом этого клиента.',
		'Я уверен, что клиент доволен.',
		'Когда клиент возражает, я сама переписываю бриф.',
	])('finds the gender in %s', (text) => {
		expect(isGendered(text)).toBe(true);
	});

	test.each([
		'Лично мне было бы спокойно пользоваться продуктом этого клиента.',
		'Если клиент отказался от идеи, я не возвращаюсь к ней, пока он сам не проявит интерес.',
		'Мне кажется, люди из агентства без сомнений пользовались бы нашим продуктом сами.',
	])('finds none in %s', (text) => {
		expect(isGendered(text)).toBe(false);
	});
});

const statements = readAssessmentFiles().flatMap((file) => {
	const data = assessmentSchema.parse(file.data);
	return [...data.questions, ...(data.client?.questions ?? [])].map(
		(question) => [`${file.id}/${question.id}`, question.text.ru] as const
	);
});

test.each(statements)('%s speaks for a reader of any gender: %s', (_, text) => {
	expect(isGendered(text)).toBe(false);
});
