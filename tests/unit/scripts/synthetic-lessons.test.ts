import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { numberTitles } from '../../../scripts/lib/synthetic-lessons';

/** The parts of an assessment file this test reads. */
interface Assessment {
	title: { en: string; ru: string };
	intro: unknown;
	questions: unknown;
	client: { title: { en: string; ru: string } };
}

const source = readFileSync(
	new URL('../../../content/assessments/relationship-health.yaml', import.meta.url),
	'utf8'
);

describe('numberTitles()', () => {
	test('numbers the titles of both sides in both languages, and leaves the statements', () => {
		const original = parse(source) as Assessment;
		const numbered = parse(numberTitles(source, 7)) as Assessment;
		expect(numbered.title).toEqual({
			en: `7. ${original.title.en}`,
			ru: `7. ${original.title.ru}`,
		});
		expect(numbered.client.title.ru).toBe(`7. ${original.client.title.ru}`);
		expect(numbered.intro).toEqual(original.intro);
		expect(numbered.questions).toEqual(original.questions);
	});
});
