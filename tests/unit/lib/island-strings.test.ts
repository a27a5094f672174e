/** An assessment island gets the strings it can show, and no others (#15). */
import { describe, expect, test } from 'vitest';
import { assessmentStrings } from '../../../src/lib/island-strings';
import { inPageSections } from '../../../src/lib/assessment-model';
import { assessmentModels } from '../support/assessments';

describe('assessmentStrings()', () => {
	test('gives a likert assessment its scale and no sorting words', () => {
		const strings = assessmentStrings('ru', { kind: 'likert', embedded: true });
		expect(strings.scale).toHaveLength(5);
		expect(strings.weakest).toContain('{{area}}');
		expect(strings.sortRight).toBeUndefined();
		expect(strings.sortedCorrectly).toBeUndefined();
	});

	test('gives a sort assessment its sorting words and no scale', () => {
		const strings = assessmentStrings('en', { kind: 'sort', embedded: false });
		expect(strings.scale).toBeUndefined();
		expect(strings.weakest).toBeUndefined();
		expect(strings.sortRight).toContain('{{pile}}');
		expect(strings.sortedCorrectly?.other).toContain('{{total}}');
	});

	test('gives the texts about opening a share link only to an assessment’s own page', () => {
		expect(assessmentStrings('en', { kind: 'sort', embedded: true }).linkError).toBeUndefined();
		expect(assessmentStrings('en', { kind: 'sort', embedded: true }).shared).toBeUndefined();
		const own = assessmentStrings('ru', { kind: 'likert', embedded: false });
		expect(own.linkError?.messages['other-assessment']).toContain('{{title}}');
		expect(own.shared?.heading).toContain('{{name}}');
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
