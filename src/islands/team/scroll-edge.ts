/**
 * Where a sideways-scrolling box stands (#22): the team table on a phone, or with two rounds on a
 * laptop, is wider than its box, and a reader who cannot see that it scrolls misses the columns
 * at the right («Раунд», «Убрать»). The hint says so until the box is scrolled to its end.
 */

/** The box's sideways measures, as the DOM gives them (`scrollLeft`, `clientWidth`, `scrollWidth`). */
export interface ScrollMeasures {
	scrollLeft: number;
	clientWidth: number;
	scrollWidth: number;
}

/**
 * `fits`: nothing to scroll; `more`: there is more to the right; `end`: scrolled to the end.
 * Browsers round these measures differently (a zoomed page gives fractions): a pixel either way
 * counts as the end, so the hint never stays for a sliver no one can see.
 * @example scrollEdge({ scrollLeft: 0, clientWidth: 328, scrollWidth: 708 }) → 'more'
 * @example scrollEdge({ scrollLeft: 380, clientWidth: 328, scrollWidth: 708 }) → 'end'
 */
export function scrollEdge({
	scrollLeft,
	clientWidth,
	scrollWidth,
}: ScrollMeasures): 'fits' | 'more' | 'end' {
	const hidden = scrollWidth - clientWidth;
	if (!(hidden > 1)) return 'fits';
	return Math.abs(scrollLeft) >= hidden - 1 ? 'end' : 'more';
}
