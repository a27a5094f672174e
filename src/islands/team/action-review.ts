/**
 * The follow-up round (DESIGN.md "Team sessions in the room", #22): each agreed action belongs
 * to the round it was agreed in, and once a later round's results are in the view, the earlier
 * rounds' actions come first, to be reviewed and given a status before new ones are typed. An
 * action that answers a dimension is shown with how that dimension's team average moved since
 * its round; an action without one is tied to nothing. Pure: the view draws, this decides.
 */
import type { AgreedAction, ActionStatus } from '../../links/actions';
import { dayNumber } from '../../links/result-days';
import { groupRounds, type Dated } from './rounds';
import type { GroupView } from './group-view';

/** Actions of one earlier round, to review: their indexes in the whole list, in its order. */
export interface ReviewRound {
	/** The round's first day, `YYYY-MM-DD`. */
	date: string;
	indexes: number[];
}

/** The actions of a view, split into the earlier rounds' (to review) and this round's. */
export interface ActionSplit {
	/** Earlier rounds, oldest first; empty when the view has no later round. */
	review: ReviewRound[];
	/** Indexes of the actions of the latest round (and of no known round), in the list's order. */
	current: number[];
}

/**
 * The first day of the latest round of the results in the view, all assessments together;
 * undefined when no result is dated.
 * @example latestRoundDate([{ date: '2027-03-10' }, { date: '2027-06-10' }]) → '2027-06-10'
 */
export function latestRoundDate(results: readonly Dated[]): string | undefined {
	const { rounds } = groupRounds(results);
	return rounds[rounds.length - 1]?.date;
}

/**
 * Puts each action that has no round into the round `date` (the latest in the view), so that a
 * later round knows it was agreed before. Actions of format 1 (no round) count as agreed in the
 * latest round of the view they are first read into: the one the link was made in.
 * @example placeActions([{ what: 'Call Ilze', who: '', due: '' }], '2027-03-10') → [{ what: 'Call Ilze', who: '', due: '', round: '2027-03-10' }]
 */
export function placeActions(
	actions: readonly AgreedAction[],
	date: string | undefined
): AgreedAction[] {
	if (date === undefined) return [...actions];
	return actions.map((action) => (action.round ? action : { ...action, round: date }));
}

/**
 * Splits the actions into those of rounds before the latest (to review) and the latest round's.
 * @example splitActions([march, june], '2027-06-10') → { review: [{ date: '2027-03-10', indexes: [0] }], current: [1] }
 */
export function splitActions(
	actions: readonly AgreedAction[],
	latest: string | undefined
): ActionSplit {
	const latestDay = latest === undefined ? undefined : dayNumber(latest);
	const review = new Map<string, number[]>();
	const current: number[] = [];
	actions.forEach((action, index) => {
		const day = action.round ? dayNumber(action.round) : undefined;
		if (day === undefined || latestDay === undefined || day >= latestDay || !action.round) {
			current.push(index);
			return;
		}
		review.set(action.round, [...(review.get(action.round) ?? []), index]);
	});
	return {
		review: [...review.entries()]
			.sort(([a], [b]) => (a < b ? -1 : 1))
			.map(([date, indexes]) => ({ date, indexes })),
		current,
	};
}

/** How the dimension an action answers moved since the round it was agreed in. */
export interface AreaMove {
	/** The dimension's label. */
	label: string;
	/** The team's average in the action's round, and now. */
	from: number;
	to: number;
	/** `to - from`, in points. */
	delta: number;
}

/**
 * The move of the dimension an action answers, from the action's round to the current one, as
 * far as the data says: undefined when the action answers no dimension, its assessment is not in
 * the view, or either round has no agency results there.
 * @example areaMove({ …, area: { assessmentId: 'relationship-health', dimensionId: 'respect' }, round: '2027-03-10' }, views) → { label: 'Respect', from: 58, to: 71, delta: 13 }
 */
export function areaMove(
	action: AgreedAction,
	views: ReadonlyMap<string, Pick<GroupView, 'rounds' | 'current'>>
): AreaMove | undefined {
	const { area, round } = action;
	if (!area || !round) return undefined;
	const view = views.get(area.assessmentId);
	const day = dayNumber(round);
	if (!view || day === undefined) return undefined;
	// The round the action was agreed in: the latest with agency results that began by its day.
	const then = view.rounds
		.filter((each) => each.agency.length > 0 && each.day !== undefined && each.day <= day)
		.at(-1);
	const now = view.current;
	if (!then || then === now || now.agency.length === 0) return undefined;
	const before = then.summary.dimensions.find((dimension) => dimension.id === area.dimensionId);
	const after = now.summary.dimensions.find((dimension) => dimension.id === area.dimensionId);
	if (!before || !after) return undefined;
	return {
		label: after.label,
		from: before.average,
		to: after.average,
		delta: after.average - before.average,
	};
}

/**
 * Sets the status of the action at `index`; the others are unchanged.
 * @example withStatus([a, b], 1, 'done')[1].status → 'done'
 */
export function withStatus(
	actions: readonly AgreedAction[],
	index: number,
	status: ActionStatus
): AgreedAction[] {
	return actions.map((action, at) => {
		if (at !== index) return action;
		const next: AgreedAction = { ...action, status };
		// `open` is the default, and a kept action never says it (see `normalizeAction`).
		if (status === 'open') delete next.status;
		return next;
	});
}

/**
 * Moves the action at `indexes[position]` one place up (`-1`) or down (`1`) among `indexes` (the
 * actions one list shows), leaving the others where they are.
 * @example moveAmong([a, x, b, c], [0, 2, 3], 1, -1) → [b, x, a, c]
 */
export function moveAmong<T>(
	items: readonly T[],
	indexes: readonly number[],
	position: number,
	step: -1 | 1
): T[] {
	const from = indexes[position];
	const to = indexes[position + step];
	const moved = [...items];
	if (from === undefined || to === undefined) return moved;
	const a = moved[from];
	const b = moved[to];
	if (a === undefined || b === undefined) return moved;
	moved[from] = b;
	moved[to] = a;
	return moved;
}
