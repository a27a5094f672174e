/** Summaries of repeated measurements, for the benchmark scripts. */

/**
 * The median of some numbers (the mean of the middle two for an even count); 0 for none.
 * @example median([30, 10, 20]) → 20; median([10, 20]) → 15
 */
export function median(values: readonly number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
