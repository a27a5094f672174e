import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	ROUND_DAYS,
	effectiveDay,
	groupRounds,
	roundChange,
	type Dated,
} from '../../../../src/islands/team/rounds';
import { dayNumber, dayString } from '../../../../src/links/result-days';

const day = (date: string) => dayNumber(date) ?? Number.NaN;

describe('effectiveDay()', () => {
	test('is the round the result was put in, else the day it was made, else nothing', () => {
		expect(effectiveDay({ date: '2026-03-10' })).toBe(68);
		expect(effectiveDay({ date: '2026-03-10', roundDay: 100 })).toBe(100);
		expect(effectiveDay({ roundDay: 0 })).toBe(0);
		expect(effectiveDay({})).toBeUndefined();
	});
});

describe('groupRounds()', () => {
	test('results of the same day form one round', () => {
		expect(
			groupRounds([{ date: '2026-12-01' }, { date: '2026-12-01' }, { date: '2026-12-01' }])
		).toEqual({
			rounds: [{ day: day('2026-12-01'), date: '2026-12-01', members: [0, 1, 2] }],
			undated: [],
		});
	});

	test('results six days apart form one round; seven days apart, two', () => {
		expect(groupRounds([{ date: '2026-12-01' }, { date: '2026-12-07' }]).rounds).toEqual([
			{ day: day('2026-12-01'), date: '2026-12-01', members: [0, 1] },
		]);
		expect(groupRounds([{ date: '2026-12-01' }, { date: '2026-12-08' }]).rounds).toEqual([
			{ day: day('2026-12-01'), date: '2026-12-01', members: [0] },
			{ day: day('2026-12-08'), date: '2026-12-08', members: [1] },
		]);
		expect(ROUND_DAYS).toBe(7);
	});

	test('results two months apart form two rounds, oldest first, whatever the order given', () => {
		const results: Dated[] = [
			{ date: '2027-02-03' },
			{ date: '2026-12-01' },
			{ date: '2027-02-01' },
			{ date: '2026-12-04' },
		];
		expect(groupRounds(results)).toEqual({
			rounds: [
				{ day: day('2026-12-01'), date: '2026-12-01', members: [1, 3] },
				{ day: day('2027-02-01'), date: '2027-02-01', members: [0, 2] },
			],
			undated: [],
		});
	});

	test('a round spans a week from its first result, not a chain of results', () => {
		const rounds = groupRounds([
			{ date: '2026-12-01' },
			{ date: '2026-12-05' },
			{ date: '2026-12-09' },
			{ date: '2026-12-13' },
		]).rounds;
		expect(rounds.map((round) => [round.date, round.members])).toEqual([
			['2026-12-01', [0, 1]],
			['2026-12-09', [2, 3]],
		]);
	});

	test('a format-1 result (no date) is undated, apart from the rounds', () => {
		expect(groupRounds([{}])).toEqual({ rounds: [], undated: [0] });
		expect(groupRounds([{ date: '2026-12-01' }, {}, { date: '2026-12-02' }])).toEqual({
			rounds: [{ day: day('2026-12-01'), date: '2026-12-01', members: [0, 2] }],
			undated: [1],
		});
	});

	test('a round day puts an undated result into a round', () => {
		expect(groupRounds([{ date: '2026-12-01' }, { roundDay: day('2026-12-01') }])).toEqual({
			rounds: [{ day: day('2026-12-01'), date: '2026-12-01', members: [0, 1] }],
			undated: [],
		});
	});

	test('a round day moves a result to another round', () => {
		const results: Dated[] = [
			{ date: '2026-12-01' },
			{ date: '2027-02-01' },
			{ date: '2027-02-02', roundDay: day('2026-12-01') },
		];
		expect(groupRounds(results).rounds.map((round) => [round.date, round.members])).toEqual([
			['2026-12-01', [0, 2]],
			['2027-02-01', [1]],
		]);
	});

	test('round days can merge two rounds into one', () => {
		const first = day('2026-12-01');
		const results: Dated[] = [
			{ date: '2026-12-01' },
			{ date: '2026-12-02' },
			{ date: '2027-01-20', roundDay: first },
			{ date: '2027-01-21', roundDay: first },
		];
		expect(groupRounds(results)).toEqual({
			rounds: [{ day: first, date: '2026-12-01', members: [0, 1, 2, 3] }],
			undated: [],
		});
	});

	test('puts every result in exactly one place, each round within a week of its first day', () => {
		const result = fc.record(
			{
				date: fc.integer({ min: 333, max: 1500 }).map(dayString),
				roundDay: fc.integer({ min: 333, max: 1500 }),
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(fc.array(result, { maxLength: 40 }), (results) => {
				const { rounds, undated } = groupRounds(results);
				const placed = [...rounds.flatMap((round) => round.members), ...undated].sort(
					(a, b) => a - b
				);
				expect(placed).toEqual(results.map((_, index) => index));
				for (const index of undated) expect(effectiveDay(results[index] ?? {})).toBeUndefined();
				rounds.forEach((round, index) => {
					expect(round.date).toBe(dayString(round.day));
					expect(round.members).toEqual([...round.members].sort((a, b) => a - b));
					for (const member of round.members) {
						const at = effectiveDay(results[member] ?? {}) ?? Number.NaN;
						expect(at - round.day).toBeGreaterThanOrEqual(0);
						expect(at - round.day).toBeLessThan(ROUND_DAYS);
					}
					const next = rounds[index + 1];
					if (next) expect(next.day - round.day).toBeGreaterThanOrEqual(ROUND_DAYS);
				});
			})
		);
	});
});

describe('roundChange()', () => {
	test('gives the change per dimension and its direction', () => {
		expect(roundChange([50, 80, 40], [65, 70, 40])).toEqual([
			{ delta: 15, direction: 'up' },
			{ delta: -10, direction: 'down' },
			{ delta: 0, direction: 'same' },
		]);
	});

	test('treats a dimension missing from the earlier round as unchanged', () => {
		expect(roundChange([50], [60, 70])).toEqual([
			{ delta: 10, direction: 'up' },
			{ delta: 0, direction: 'same' },
		]);
	});

	test('the direction always has the sign of the change', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))),
				(pairs) => {
					const changes = roundChange(
						pairs.map(([before]) => before),
						pairs.map(([, after]) => after)
					);
					changes.forEach((change, index) => {
						const [before = 0, after = 0] = pairs[index] ?? [];
						expect(change.delta).toBe(after - before);
						expect(change.direction).toBe(after > before ? 'up' : after < before ? 'down' : 'same');
					});
				}
			)
		);
	});
});
