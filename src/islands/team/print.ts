/**
 * The two prints of the team view (DESIGN.md "Team sessions in the room"): for outside the team
 * (the default, also what Ctrl+P gives: the team's figures, no one's own row) and for the team
 * (each person's row in the current round, by name; earlier rounds as their figures). Both fit one
 * A4 page: past `MAX_PRINTED_ROWS` people the team's print keeps the figures only and says so.
 */
import type { GroupView } from './group-view';

/** Who a print is for. */
export type PrintFor = 'outside' | 'team';

/**
 * People's rows the team's print holds at most, on every table of the view together. Measured
 * with `page.pdf({ format: 'A4' })` in tests/e2e/room-safe.spec.ts on the fullest page a session
 * makes: an earlier round, the client in both, the perception gap and five actions.
 */
export const MAX_PRINTED_ROWS = 18;

/**
 * The people's rows the team's print would hold: each view's current round, both sides.
 * @example printedPeople([view]) → 13 for twelve colleagues and the client in June, whoever answered in March
 */
export function printedPeople(views: readonly Pick<GroupView, 'current'>[]): number {
	return views.reduce(
		(sum, view) => sum + view.current.agency.length + view.current.client.length,
		0
	);
}
