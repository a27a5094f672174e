/** The assessment island's strings: one full set per language, for its cached file (#15). */
import { describe, expect, test } from 'vitest';
import { assessmentLinkStrings, assessmentStrings } from '../../../src/lib/island-strings';
import { likertScale } from '../../../src/islands/assessment/strings';
import { inPageSections } from '../../../src/lib/assessment-model';
import { assessmentModels } from '../../../scripts/lib/assessment-models';

describe('assessmentStrings()', () => {
	test('gives both kinds their wording, in one set per language, and no texts about opening links', () => {
		const strings = assessmentStrings('ru');
		expect(likertScale(strings)).toHaveLength(5);
		expect(likertScale(strings)[0]).toBe('Точно нет');
		expect(strings.weakest).toContain('{{area}}');
		expect(strings.sortRight).toContain('{{pile}}');
		expect(strings.sortedCorrectly.many).toContain('{{total}}');
		expect(strings).not.toHaveProperty('linkError');
		expect(strings).not.toHaveProperty('shared');
		const links = assessmentLinkStrings('ru');
		expect(links.linkError.messages['other-assessment']).toContain('{{title}}');
		expect(links.shared.heading).toContain('{{name}}');
	});

	test('has the same strings in English and Russian, none of them empty', () => {
		const keys = (value: unknown, path = ''): string[] =>
			typeof value === 'object' && value !== null
				? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${path}.${key}`))
				: [`${path}${value === '' ? ' (empty)' : ''}`];
		const en = keys(assessmentStrings('en'));
		expect(en.some((key) => key.endsWith('(empty)'))).toBe(false);
		expect(keys(assessmentStrings('ru')).filter((key) => !/\.(few|many)$/.test(key))).toEqual(
			en.filter((key) => !/\.(few|many)$/.test(key))
		);
	});
});

describe('inPageSections()', () => {
	test('makes links to the lesson’s own sections relative, for the assessment inside it', () => {
		const [model] = assessmentModels('en');
		if (!model) throw new Error('no assessment');
		const lesson = '/en/lessons/some-lesson/';
		const absolute = {
			...model,
			bands: model.bands.map((band) => ({ ...band, sectionHref: `${lesson}${band.sectionHref}` })),
		};
		const local = inPageSections(absolute, lesson);
		expect(local.bands.map((band) => band.sectionHref)).toEqual(
			model.bands.map((band) => band.sectionHref)
		);
		expect(inPageSections(absolute, '/en/lessons/another/').bands).toEqual(absolute.bands);
	});
});
