import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	STRIP,
	dimensionSlide,
	scoreX,
	slideOrder,
	stripGeometry,
	type StripPerson,
} from '../../../../src/islands/team/presenter-layout';
import { median, average } from '../../../../src/islands/team/aggregate';
import { buildGroupView } from '../../../../src/islands/team/group-view';
import { decodeEntry, type Member } from '../../../../src/islands/team/team-merge';
import { CODES, sampleCode } from '../../support/codes';
import { MODELS } from '../../../../scripts/lib/assessment-models';

const person: fc.Arbitrary<StripPerson> = fc.record({
	score: fc.integer({ min: 0, max: 100 }),
	name: fc.string({ minLength: 1, maxLength: 40 }).filter((name) => name.trim().length > 0),
});
const statsOf = (people: readonly StripPerson[]) => {
	const scores = people.map((entry) => entry.score);
	return {
		average: average(scores),
		median: median(scores),
		min: scores.length ? Math.min(...scores) : 0,
		max: scores.length ? Math.max(...scores) : 0,
	};
};

describe('stripGeometry()', () => {
	test('anonymous: no dot is labelled and no name appears anywhere in the layout', () => {
		fc.assert(
			fc.property(fc.array(person, { minLength: 1, maxLength: 60 }), (people) => {
				const strip = stripGeometry(people, { showNames: false, stats: statsOf(people) });
				expect(strip.dots).toHaveLength(people.length);
				expect(strip.dots.every((dot) => dot.label === undefined)).toBe(true);
				expect(strip.dots.every((dot) => Object.keys(dot).sort().join() === 'cx,cy,score')).toBe(
					true
				);
				// Not a single piece of text: nothing there could name anyone.
				expect(textsIn(strip)).toEqual([]);
			})
		);
	});

	test('anonymous: the dots are in score order, whatever order the people came in', () => {
		fc.assert(
			fc.property(fc.array(person, { minLength: 2, maxLength: 30 }), (people) => {
				const strip = stripGeometry(people, { showNames: false, stats: statsOf(people) });
				const scores = strip.dots.map((dot) => dot.score);
				expect(scores).toEqual([...scores].sort((a, b) => a - b));
				const reversed = stripGeometry([...people].reverse(), {
					showNames: false,
					stats: statsOf(people),
				});
				expect(reversed.dots.map((dot) => dot.score)).toEqual(scores);
			})
		);
	});

	test('with names: each dot is labelled with its own person’s name', () => {
		const people = [
			{ score: 80, name: 'Борис Петров' },
			{ score: 40, name: 'Anna' },
		];
		const strip = stripGeometry(people, { showNames: true, stats: statsOf(people) });
		expect(strip.dots.map((dot) => [dot.score, dot.label?.text])).toEqual([
			[40, 'Anna'],
			[80, 'Борис Петров'],
		]);
	});

	test('no two dots (or labels) in a lane overlap, and every dot sits at its score', () => {
		fc.assert(
			fc.property(
				fc.array(person, { minLength: 1, maxLength: 50 }),
				fc.boolean(),
				(people, showNames) => {
					const strip = stripGeometry(people, { showNames, stats: statsOf(people) });
					for (const dot of strip.dots) expect(dot.cx).toBeCloseTo(scoreX(dot.score));
					const byLane = new Map<number, number[]>();
					for (const dot of strip.dots) byLane.set(dot.cy, [...(byLane.get(dot.cy) ?? []), dot.cx]);
					for (const xs of byLane.values()) {
						const sorted = [...xs].sort((a, b) => a - b);
						for (let index = 1; index < sorted.length; index++) {
							expect((sorted[index] ?? 0) - (sorted[index - 1] ?? 0)).toBeGreaterThanOrEqual(
								2 * STRIP.dotRadius
							);
						}
					}
					for (const dot of strip.dots) {
						expect(dot.cy).toBeGreaterThan(strip.top);
						expect(dot.cy).toBeLessThan(strip.axisY);
					}
				}
			)
		);
	});

	test('marks the median, the average and the spread from the team’s figures', () => {
		const people = [10, 40, 40, 90].map((score, index) => ({ score, name: `P${index}` }));
		const strip = stripGeometry(people, { showNames: false, stats: statsOf(people) });
		expect(strip.median).toEqual({ value: 40, x: scoreX(40) });
		expect(strip.average).toEqual({ value: 45, x: scoreX(45) });
		expect(strip.spread).toEqual({ min: 10, max: 90, x1: scoreX(10), x2: scoreX(90) });
		expect(strip.ticks.map((tick) => tick.value)).toEqual([0, 25, 50, 75, 100]);
		expect(scoreX(0)).toBe(STRIP.padX);
		expect(scoreX(100)).toBe(STRIP.width - STRIP.padX);
	});

	test('shows the client’s view and the last round only when given', () => {
		const people = [{ score: 50, name: 'A' }];
		const plain = stripGeometry(people, { showNames: false, stats: statsOf(people) });
		expect(plain.client).toBeUndefined();
		expect(plain.previous).toBeUndefined();
		const both = stripGeometry(people, {
			showNames: false,
			stats: statsOf(people),
			clientAverage: 30,
			previousAverage: 70,
		});
		expect(both.client?.value).toBe(30);
		expect(both.previous?.value).toBe(70);
	});
});

describe('slideOrder()', () => {
	test('puts the widest disagreement first, ties in the assessment’s order', () => {
		expect(slideOrder([{ spread: 10 }, { spread: 40 }, { spread: 0 }, { spread: 40 }])).toEqual([
			1, 3, 0, 2,
		]);
	});
});

describe('dimensionSlide()', () => {
	const agency = MODELS.find(
		(model) => model.id === 'relationship-health' && model.side === 'agency'
	);
	const client = MODELS.find(
		(model) => model.id === 'relationship-health' && model.side === 'client'
	);
	const member = (seed: number, name: string, side: 'agency' | 'client' = 'agency'): Member => {
		const decoded = decodeEntry(
			{
				assessmentId: 'relationship-health',
				code: sampleCode('relationship-health', { seed, name, side }),
			},
			CODES
		);
		if (!decoded.ok) throw new Error(decoded.problem);
		return decoded.member;
	};

	test('anonymous slides of a real team carry no names; the numbers are the group view’s', () => {
		if (!agency) throw new Error('no relationship-health');
		const names = ['Анна Смирнова', 'Boris', 'Ilze', 'Tomás'];
		const members = names.map((name, index) => member(index + 1, name));
		const view = buildGroupView(agency, client, members, { colleague: 'C', client: 'K' });
		if (!view) throw new Error('no view');
		for (const index of slideOrder(view.current.summary.dimensions)) {
			const slide = dimensionSlide(view, index, false);
			const json = JSON.stringify(slide);
			for (const name of names) expect(json).not.toContain(name);
			expect(slide?.summary).toEqual(view.current.summary.dimensions[index]);
			expect(slide?.strip.median.value).toBe(view.current.summary.dimensions[index]?.median);
			const named = dimensionSlide(view, index, true);
			expect(named?.strip.dots.map((dot) => dot.label?.text).sort()).toEqual([...names].sort());
		}
	});

	test('shows the client’s view when the client’s side answered', () => {
		if (!agency || !client) return;
		const members = [member(1, 'A'), member(2, 'B'), member(3, 'Ольга', 'client')];
		const view = buildGroupView(agency, client, members, { colleague: 'C', client: 'K' });
		const slide = view && dimensionSlide(view, 0, false);
		expect(slide?.client?.average).toBe(view?.current.clientSummary?.dimensions[0]?.average);
		expect(slide?.strip.client?.value).toBe(slide?.client?.average);
		expect(JSON.stringify(slide)).not.toContain('Ольга');
	});

	test('marks the slide of the widest perception gap, and only that one (#22)', () => {
		if (!agency || !client) return;
		const members = [member(1, 'A'), member(2, 'B'), member(3, 'Ольга', 'client')];
		const view = buildGroupView(agency, client, members, { colleague: 'C', client: 'K' });
		if (!view) throw new Error('no view');
		const gaps = view.current.gaps ?? [];
		const slides = gaps.map((_, index) => dimensionSlide(view, index, false));
		expect(slides.map((slide) => slide?.client?.isWidest)).toEqual(gaps.map((gap) => gap.isWidest));
		// Without the client's side, no slide has a gap to mark.
		const agencyOnly = buildGroupView(agency, client, members.slice(0, 2), {
			colleague: 'C',
			client: 'K',
		});
		expect(agencyOnly && dimensionSlide(agencyOnly, 0, false)?.client).toBeUndefined();
	});
});

/** Every string anywhere in a value. */
function textsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(textsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(textsIn);
	return [];
}
