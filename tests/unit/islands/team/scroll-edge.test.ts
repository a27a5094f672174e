import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scrollEdge } from '../../../../src/islands/team/scroll-edge';

describe('the team table’s scroll hint (#22)', () => {
	test('a table that fits has nothing to scroll', () => {
		expect(scrollEdge({ scrollLeft: 0, clientWidth: 960, scrollWidth: 960 })).toBe('fits');
		// A rounding pixel is not more to see.
		expect(scrollEdge({ scrollLeft: 0, clientWidth: 960, scrollWidth: 961 })).toBe('fits');
	});

	test('a wider table has more to the right until it is scrolled to its end', () => {
		expect(scrollEdge({ scrollLeft: 0, clientWidth: 328, scrollWidth: 708 })).toBe('more');
		expect(scrollEdge({ scrollLeft: 200, clientWidth: 328, scrollWidth: 708 })).toBe('more');
		expect(scrollEdge({ scrollLeft: 380, clientWidth: 328, scrollWidth: 708 })).toBe('end');
		// A zoomed page stops a fraction short of the end.
		expect(scrollEdge({ scrollLeft: 379.4, clientWidth: 328, scrollWidth: 708 })).toBe('end');
	});

	test('any measures give one of the three, and the end only where nothing is left to see', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 5000, noNaN: true }),
				fc.double({ min: 0, max: 5000, noNaN: true }),
				fc.double({ min: 0, max: 5000, noNaN: true }),
				(scrollLeft, clientWidth, extra) => {
					const scrollWidth = clientWidth + extra;
					const edge = scrollEdge({ scrollLeft, clientWidth, scrollWidth });
					expect(['fits', 'more', 'end']).toContain(edge);
					if (edge === 'more') expect(scrollLeft + clientWidth).toBeLessThan(scrollWidth - 1);
					if (extra <= 1) expect(edge).toBe('fits');
				}
			)
		);
	});

	test('measures a browser cannot give (not numbers) never show a hint', () => {
		expect(scrollEdge({ scrollLeft: 0, clientWidth: NaN, scrollWidth: 700 })).toBe('fits');
	});
});
