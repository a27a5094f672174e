import { describe, expect, test } from 'vitest';
import { areaNotes, LOW_SCORE } from '../../../../src/islands/assessment/area-notes';
import type { AssessmentModel } from '../../../../src/islands/assessment/model';
import { assessmentModels } from '../../../../scripts/lib/assessment-models';

const model: Pick<AssessmentModel, 'kind' | 'dimensions'> = {
	kind: 'likert',
	dimensions: [
		{
			id: 'respect',
			label: 'Respect',
			healthy: 'Heard out.',
			unhealthy: 'Orders.',
			practiceHref: '#step-1',
			practiceTitle: 'step 1, “Count the orders”',
		},
		{ id: 'belief', label: 'Belief', healthy: 'Defended.', unhealthy: 'Faked.' },
		{ id: 'bare', label: 'Bare' },
	],
};

describe('areaNotes()', () => {
	test('describes each area that says what healthy and unhealthy look like, in order', () => {
		const notes = areaNotes(model, [
			{ id: 'respect', score: 80 },
			{ id: 'belief', score: 30 },
			{ id: 'bare', score: 0 },
		]);
		expect(notes.map((note) => [note.id, note.score, note.isLow])).toEqual([
			['respect', 80, false],
			['belief', 30, true],
		]);
	});

	test('points a low area to the step that works on it, and only a low one (#25)', () => {
		const at = (score: number) => areaNotes(model, [{ id: 'respect', score }])[0]?.practice;
		expect(at(LOW_SCORE - 1)).toEqual({ href: '#step-1', title: 'step 1, “Count the orders”' });
		expect(at(LOW_SCORE)).toBeUndefined();
	});

	test('a sort assessment’s piles have no notes', () => {
		expect(areaNotes({ ...model, kind: 'sort' }, [{ id: 'respect', score: 0 }])).toEqual([]);
	});

	test.each(['en', 'ru'] as const)(
		'every likert area of every assessment is described in %s, and only the agency’s side links to a step',
		(lang) => {
			for (const real of assessmentModels(lang).filter((one) => one.kind === 'likert')) {
				const low = real.dimensions.map((dimension) => ({ id: dimension.id, score: 0 }));
				const notes = areaNotes(real, low);
				expect(notes.map((note) => note.id)).toEqual(real.dimensions.map((d) => d.id));
				for (const note of notes) {
					expect(note.healthy.length, `${real.id} ${note.id}`).toBeGreaterThan(20);
					expect(note.unhealthy.length, `${real.id} ${note.id}`).toBeGreaterThan(20);
					expect(Boolean(note.practice), `${real.id} ${real.side} ${note.id}`).toBe(
						real.side === 'agency'
					);
				}
			}
		}
	);
});
