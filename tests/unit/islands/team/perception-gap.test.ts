import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { perceptionGaps } from '../../../../src/islands/team/perception-gap';
import { SIGNIFICANT_POINTS } from '../../../../src/islands/shared/points';
import { MODELS, assessmentModels } from '../../../../scripts/lib/assessment-models';

const relationship = MODELS.find((model) => model.id === 'relationship-health');
if (!relationship) throw new Error('no relationship-health');
/** The four dimensions of relationship-health, as the team view passes them. */
const DIMS = relationship.dimensions.map(({ id, label }) => ({ id, label }));

const widest = (gaps: ReturnType<typeof perceptionGaps>) =>
	gaps.filter((gap) => gap.isWidest).map((gap) => gap.id);

describe('perceptionGaps()', () => {
	test('sets both sides’ averages side by side, the gap being the client’s minus the agency’s', () => {
		const gaps = perceptionGaps(DIMS, [[80, 70, 60, 50]], [[50, 75, 60, 90]]);
		expect(gaps.map(({ id, agency, client, gap }) => ({ id, agency, client, gap }))).toEqual([
			{ id: 'respect', agency: 80, client: 50, gap: -30 },
			{ id: 'belief', agency: 70, client: 75, gap: 5 },
			{ id: 'growth', agency: 60, client: 60, gap: 0 },
			{ id: 'attention', agency: 50, client: 90, gap: 40 },
		]);
		expect(widest(gaps)).toEqual(['attention']);
		expect(gaps.map((gap) => gap.label)).toEqual(DIMS.map((dimension) => dimension.label));
	});

	test('marks the widest gap only when it reaches SIGNIFICANT_POINTS', () => {
		const below = SIGNIFICANT_POINTS - 1;
		expect(widest(perceptionGaps(DIMS, [[50, 50, 50, 50]], [[50 + below, 50, 50, 50]]))).toEqual(
			[]
		);
		expect(
			widest(perceptionGaps(DIMS, [[50, 50, 50, 50]], [[50 + SIGNIFICANT_POINTS, 50, 50, 50]]))
		).toEqual(['respect']);
		expect(
			widest(perceptionGaps(DIMS, [[50, 50, 50, 50]], [[50, 50, 50 - SIGNIFICANT_POINTS, 50]]))
		).toEqual(['growth']);
	});

	test('marks every dimension tied for the widest gap, whichever side sees it worse', () => {
		const gaps = perceptionGaps(DIMS, [[80, 50, 50, 20]], [[50, 50, 50, 50]]);
		expect(gaps.map((gap) => gap.gap)).toEqual([-30, 0, 0, 30]);
		expect(widest(gaps)).toEqual(['respect', 'attention']);
	});

	test('reads one client against several agency people by their average', () => {
		const agency = [
			[100, 75, 50, 25],
			[50, 75, 50, 75],
			[75, 75, 50, 50],
		];
		const gaps = perceptionGaps(DIMS, agency, [[25, 75, 100, 50]]);
		expect(gaps.map(({ agency: a, client, gap }) => [a, client, gap])).toEqual([
			[75, 25, -50],
			[75, 75, 0],
			[50, 100, 50],
			[50, 50, 0],
		]);
		expect(widest(gaps)).toEqual(['respect', 'growth']);
	});

	test('averages several clients too, rounded', () => {
		const gaps = perceptionGaps(
			DIMS,
			[[50, 50, 50, 50]],
			[
				[0, 50, 50, 50],
				[25, 50, 50, 50],
			]
		);
		expect(gaps[0]).toMatchObject({ client: 13, gap: -37, isWidest: true });
	});

	test('marks no widest gap without a client, or without the agency', () => {
		const noClient = perceptionGaps(DIMS, [[100, 0, 100, 0]], []);
		expect(widest(noClient)).toEqual([]);
		expect(noClient.map((gap) => gap.client)).toEqual([0, 0, 0, 0]);
		expect(widest(perceptionGaps(DIMS, [], [[100, 0, 100, 0]]))).toEqual([]);
		expect(perceptionGaps([], [[1]], [[2]])).toEqual([]);
	});

	test('uses the dimension labels of the page’s language', () => {
		const ru = assessmentModels('ru').find((model) => model.id === 'relationship-health');
		const labels = ru?.dimensions.map(({ id, label }) => ({ id, label })) ?? [];
		expect(perceptionGaps(labels, [[1, 1, 1, 1]], [[1, 1, 1, 1]]).map((gap) => gap.label)).toEqual(
			labels.map((dimension) => dimension.label)
		);
		expect(labels[0]?.label).toBe('Уважение');
	});

	test('the widest gaps are exactly those of the largest size, at or above the threshold', () => {
		const scores = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 });
		fc.assert(
			fc.property(
				fc.array(scores, { minLength: 1, maxLength: 8 }),
				fc.array(scores, { minLength: 1, maxLength: 3 }),
				(agency, client) => {
					const gaps = perceptionGaps(DIMS, agency, client);
					const largest = Math.max(...gaps.map((gap) => Math.abs(gap.gap)));
					for (const gap of gaps) {
						expect(gap.gap).toBe(gap.client - gap.agency);
						expect(gap.isWidest).toBe(
							largest >= SIGNIFICANT_POINTS && Math.abs(gap.gap) === largest
						);
					}
				}
			)
		);
	});
});
