/**
 * The perception gap: where the agency and its client see the same relationship differently.
 * Per dimension, the agency's average and the client's, and the gap between them; the widest gap
 * is the one to talk about first (DESIGN.md "The client's side").
 */
import { average } from './aggregate';
import { SIGNIFICANT_POINTS } from '../shared/points';

/** One dimension seen from both sides. */
export interface DimensionGap {
	id: string;
	label: string;
	agency: number;
	client: number;
	/** The client's average minus the agency's, in points: negative when the client sees it worse. */
	gap: number;
	/** The widest gap of all (ties included), when it reaches `SIGNIFICANT_POINTS`. */
	isWidest: boolean;
}

/**
 * Compares the two sides per dimension. `agency` and `client` hold each person's dimension scores,
 * in the order of `dimensions`.
 * @example perceptionGaps(dims, [[80, 70]], [[50, 75]]) → [{ id: dims[0].id, agency: 80, client: 50, gap: -30, isWidest: true }, { …, gap: 5, isWidest: false }]
 */
export function perceptionGaps(
	dimensions: readonly { id: string; label: string }[],
	agency: readonly (readonly number[])[],
	client: readonly (readonly number[])[]
): DimensionGap[] {
	const gaps = dimensions.map((dimension, index) => {
		const agencyAverage = average(agency.map((scores) => scores[index] ?? 0));
		const clientAverage = average(client.map((scores) => scores[index] ?? 0));
		return {
			id: dimension.id,
			label: dimension.label,
			agency: agencyAverage,
			client: clientAverage,
			gap: clientAverage - agencyAverage,
			isWidest: false,
		};
	});
	if (agency.length === 0 || client.length === 0) return gaps;
	const widest = Math.max(...gaps.map((gap) => Math.abs(gap.gap)));
	for (const gap of gaps)
		gap.isWidest = widest >= SIGNIFICANT_POINTS && Math.abs(gap.gap) === widest;
	return gaps;
}
