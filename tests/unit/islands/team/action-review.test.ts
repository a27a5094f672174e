import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	areaMove,
	latestRoundDate,
	moveAmong,
	placeActions,
	splitActions,
	withStatus,
} from '../../../../src/islands/team/action-review';
import { buildGroupView } from '../../../../src/islands/team/group-view';
import {
	ACTION_STATUSES,
	decodeActions,
	encodeActions,
	statusOf,
	type AgreedAction,
} from '../../../../src/links/actions';
import { member, sidesOf } from '../../support/members';

const { agency, client } = sidesOf('relationship-health');
const respect = {
	assessmentId: 'relationship-health',
	dimensionId: agency.dimensions[0]?.id ?? '',
};
const act = (what: string, extra: Partial<AgreedAction> = {}): AgreedAction => ({
	what,
	who: '',
	due: '',
	...extra,
});
const flat = (level: number) =>
	agency.questions.map((question) => (question.reversed ? 6 - level : level));

describe('latestRoundDate() and placeActions()', () => {
	test('the latest round is the first day of the last group of results', () => {
		expect(latestRoundDate([])).toBeUndefined();
		expect(latestRoundDate([{}])).toBeUndefined();
		expect(
			latestRoundDate([{ date: '2027-03-10' }, { date: '2027-06-12' }, { date: '2027-06-10' }])
		).toBe('2027-06-10');
	});

	test('an action without a round joins the latest; one with a round keeps it', () => {
		const placed = placeActions(
			[act('Call Ilze'), act('Old', { round: '2027-03-10' })],
			'2027-06-10'
		);
		expect(placed.map((action) => action.round)).toEqual(['2027-06-10', '2027-03-10']);
		expect(placeActions([act('x')], undefined)).toEqual([act('x')]);
	});
});

describe('splitActions()', () => {
	test('a later round reviews the earlier rounds’ actions, oldest first, and lists its own (#22)', () => {
		const actions = [
			act('June’s', { round: '2027-06-10' }),
			act('March’s', { round: '2027-03-10' }),
			act('January’s', { round: '2027-01-15' }),
			act('No round'),
			act('March’s too', { round: '2027-03-10', status: 'done' }),
		];
		expect(splitActions(actions, '2027-06-10')).toEqual({
			review: [
				{ date: '2027-01-15', indexes: [2] },
				{ date: '2027-03-10', indexes: [1, 4] },
			],
			current: [0, 3],
		});
	});

	test('with one round, or none dated, every action is this round’s', () => {
		const actions = [act('a', { round: '2027-03-10' }), act('b')];
		expect(splitActions(actions, '2027-03-10')).toEqual({ review: [], current: [0, 1] });
		expect(splitActions(actions, undefined)).toEqual({ review: [], current: [0, 1] });
	});

	test('every action lands in exactly one place, whatever the rounds', () => {
		const day = fc.constantFrom('2027-01-15', '2027-03-10', '2027-06-10', undefined);
		fc.assert(
			fc.property(fc.array(day, { maxLength: 12 }), day, (rounds, latest) => {
				const actions = rounds.map((round, index) => act(`a${index}`, round ? { round } : {}));
				const { review, current } = splitActions(actions, latest);
				const all = [...review.flatMap((each) => each.indexes), ...current].sort((a, b) => a - b);
				expect(all).toEqual(actions.map((_, index) => index));
			})
		);
	});
});

describe('withStatus()', () => {
	test('sets one action’s status; open is said by leaving it out, as the link keeps it', () => {
		const actions = [act('a'), act('b', { status: 'done' })];
		expect(withStatus(actions, 0, 'in-progress')[0]).toEqual(act('a', { status: 'in-progress' }));
		expect(withStatus(actions, 1, 'open')[1]).toEqual(act('b'));
		expect(withStatus(actions, 1, 'dropped')[0]).toBe(actions[0]);
	});

	test('each status survives the team link', () => {
		for (const status of ACTION_STATUSES) {
			const read = decodeActions(encodeActions(withStatus([act('a')], 0, status)));
			expect(read.ok && read.actions.map(statusOf)).toEqual([status]);
		}
	});
});

describe('moveAmong()', () => {
	test('swaps with the next shown action, stepping over the ones shown elsewhere', () => {
		expect(moveAmong(['a', 'x', 'b', 'c'], [0, 2, 3], 1, -1)).toEqual(['b', 'x', 'a', 'c']);
		expect(moveAmong(['a', 'x', 'b', 'c'], [0, 2, 3], 2, 1)).toEqual(['a', 'x', 'b', 'c']);
		expect(moveAmong(['a', 'x', 'b'], [0, 2], 0, -1)).toEqual(['a', 'x', 'b']);
	});
});

describe('areaMove()', () => {
	const rh = (date: string, level: number, seed: number) =>
		member('relationship-health', { date, answers: flat(level), seed });
	const members = [
		rh('2027-03-10', 2, 1),
		rh('2027-03-10', 3, 2),
		rh('2027-06-10', 4, 3),
		rh('2027-06-11', 4, 4),
	];
	const view = buildGroupView(agency, client, members, { colleague: 'C', client: 'K' });
	if (!view) throw new Error('no view');
	const views = new Map([['relationship-health', view]]);

	test('says how the dimension an action answers moved since its round, from the averages', () => {
		const move = areaMove(act('Ask about respect', { area: respect, round: '2027-03-10' }), views);
		// March: 25 and 50, average 38 (rounded); June: 75 and 75.
		expect(move).toEqual({
			label: agency.dimensions[0]?.label,
			from: 38,
			to: 75,
			delta: 37,
		});
	});

	test('ties an action to nothing the data does not say', () => {
		// No dimension; no round; this round's own action; an assessment not in the view.
		expect(areaMove(act('a', { round: '2027-03-10' }), views)).toBeUndefined();
		expect(areaMove(act('a', { area: respect }), views)).toBeUndefined();
		expect(areaMove(act('a', { area: respect, round: '2027-06-10' }), views)).toBeUndefined();
		expect(
			areaMove(
				act('a', { area: { assessmentId: 'client-level', dimensionId: 'x' }, round: '2027-03-10' }),
				views
			)
		).toBeUndefined();
		// Agreed before any round of results in the view.
		expect(areaMove(act('a', { area: respect, round: '2026-01-10' }), views)).toBeUndefined();
	});
});
