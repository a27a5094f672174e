/**
 * How a change in points is written wherever results are compared (history, rounds, the
 * perception gap): a signed number and, for rounds, an arrow, so that a change never reads by
 * colour alone.
 */

/**
 * A difference smaller than this, in points out of 100, is ordinary variation, not a disagreement
 * or a perception gap worth a discussion: one step on a five-point scale across a whole dimension
 * is 25 points. The one yardstick for the team's spread and the agency–client gap.
 */
export const SIGNIFICANT_POINTS = 20;

/** Which way a score moved. */
export type Direction = 'up' | 'down' | 'same';

/** The arrow of each direction, shown beside the signed number (screen readers get the number). */
export const ARROWS: Record<Direction, string> = { up: '↑', down: '↓', same: '→' };

/**
 * A signed number of points as a reader writes it: `+15`, `−5` (a real minus sign), `±0`.
 * @example signedPoints(-5) → '−5'
 */
export function signedPoints(delta: number): string {
	if (delta > 0) return `+${delta}`;
	if (delta < 0) return `−${Math.abs(delta)}`;
	return '±0';
}

/**
 * The direction of a change in points.
 * @example directionOf(-3) → 'down'
 */
export function directionOf(delta: number): Direction {
	return delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
}
