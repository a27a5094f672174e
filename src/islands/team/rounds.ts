/**
 * Rounds: a team that takes an assessment again (say in March and in June) sees the change
 * between its rounds. Results group into rounds by the day they were made: a result joins the
 * round that started less than a week before it, otherwise it starts a new round. The facilitator
 * can put a result into another round (its `roundDay`), which also merges rounds; results made
 * before codes were dated have no day and wait in an undated group until the facilitator puts them
 * into a round.
 */
import { dayNumber, dayString } from '../../links/result-days';
import { directionOf, type Direction } from '../shared/points';

/** Days a round spans: results within a week of its first one belong to it. */
export const ROUND_DAYS = 7;

/** What grouping needs of a result. */
export interface Dated {
	/** The day it was made, `YYYY-MM-DD`, if known. */
	date?: string | undefined;
	/** The day of the round the facilitator put it in, if any. */
	roundDay?: number | undefined;
}

/** A round: its first day and the results in it (indexes into the list given). */
export interface Round {
	/** The round's first day, as a day number: its key, and what `roundDay` points at. */
	day: number;
	/** Its first day, `YYYY-MM-DD`. */
	date: string;
	members: number[];
}

/** Results grouped into rounds, oldest first, and the ones with no day. */
export interface Rounds {
	rounds: Round[];
	undated: number[];
}

/**
 * The day a result counts on: the round it was put in, else the day it was made.
 * @example effectiveDay({ date: '2026-03-10' }) → 68
 */
export function effectiveDay(result: Dated): number | undefined {
	return result.roundDay ?? (result.date === undefined ? undefined : dayNumber(result.date));
}

/**
 * Groups results into rounds (see the module comment).
 * @example groupRounds([{ date: '2026-03-10' }, { date: '2026-03-16' }, { date: '2026-06-02' }]) → two rounds: [0, 1] from 10 March, [2] from 2 June
 */
export function groupRounds(results: readonly Dated[]): Rounds {
	const dated = results
		.map((result, index) => ({ index, day: effectiveDay(result) }))
		.filter((entry): entry is { index: number; day: number } => entry.day !== undefined)
		.sort((a, b) => a.day - b.day || a.index - b.index);
	const rounds: Round[] = [];
	for (const { index, day } of dated) {
		const current = rounds[rounds.length - 1];
		if (current && day - current.day < ROUND_DAYS) current.members.push(index);
		else rounds.push({ day, date: dayString(day), members: [index] });
	}
	for (const round of rounds) round.members.sort((a, b) => a - b);
	const undated = results.flatMap((result, index) =>
		effectiveDay(result) === undefined ? [index] : []
	);
	return { rounds, undated };
}

/** The change on one dimension from one round to the next. */
export interface RoundChange {
	/** Later average minus earlier average, in points. */
	delta: number;
	direction: Direction;
}

/**
 * The change per dimension between two rounds' averages.
 * @example roundChange([50, 80], [65, 70]) → [{ delta: 15, direction: 'up' }, { delta: -10, direction: 'down' }]
 */
export function roundChange(earlier: readonly number[], later: readonly number[]): RoundChange[] {
	return later.map((value, index) => {
		const delta = value - (earlier[index] ?? value);
		return { delta, direction: directionOf(delta) };
	});
}
