import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	CHART_COLORS,
	dotX,
	isRadar,
	radarAxes,
	radarLabelPlaces,
	radarPoint,
	radarPolygon,
	seriesColor,
} from '../../../../src/islands/chart/chart-geometry';

const center = { x: 150, y: 150 };

describe('radarPoint()', () => {
	test('puts the first axis straight up and 100 at the full radius', () => {
		expect(radarPoint(0, 4, 100, 100, center)).toEqual({ x: 150, y: 50 });
		expect(radarPoint(1, 4, 100, 100, center)).toEqual({ x: 250, y: 150 });
	});

	test('keeps every score inside the circle, even out of range', () => {
		fc.assert(
			fc.property(
				fc.nat(11),
				fc.integer({ min: 3, max: 12 }),
				fc.double({ min: -1000, max: 1000, noNaN: true }),
				(index, count, score) => {
					const point = radarPoint(index % count, count, score, 100, center);
					expect(Math.hypot(point.x - center.x, point.y - center.y)).toBeLessThanOrEqual(100.01);
				}
			)
		);
	});
});

describe('radarPolygon() and radarAxes()', () => {
	test('give one point and one axis per dimension', () => {
		expect(radarPolygon([50, 50, 50], 10, center).split(' ')).toHaveLength(3);
		expect(radarAxes(5, 100, center, 10)).toHaveLength(5);
	});

	test('anchor labels away from the centre', () => {
		const [top, right, , left] = radarAxes(4, 100, center, 10);
		expect([top?.anchor, right?.anchor, left?.anchor]).toEqual(['middle', 'start', 'end']);
	});
});

describe('chart kind, dots and colours', () => {
	test('uses a radar from three dimensions', () => {
		expect([1, 2, 3, 4].map(isRadar)).toEqual([false, false, true, true]);
	});

	test('places dots proportionally and clamps them', () => {
		expect(dotX(50, 0, 200)).toBe(100);
		expect(dotX(150, 0, 200)).toBe(200);
	});

	test('gives a team of twelve twelve different colours', () => {
		expect(new Set(Array.from({ length: 12 }, (_, index) => seriesColor(index))).size).toBe(
			CHART_COLORS
		);
	});
});

describe('radarLabelPlaces()', () => {
	test('puts each name around the radar and each key at its axis end, inside the box', () => {
		for (const count of [3, 4, 5, 6]) {
			const places = radarLabelPlaces(count);
			expect(places).toHaveLength(count);
			for (const { wide, narrow } of places) {
				for (const value of [wide.x, wide.y, narrow.x, narrow.y]) {
					expect(value).toBeGreaterThanOrEqual(0);
					expect(value).toBeLessThanOrEqual(100);
				}
			}
		}
	});

	test('anchors the top name above the radar and the side names away from it', () => {
		const [top, right, bottom, left] = radarLabelPlaces(4);
		expect(top?.wide).toMatchObject({ x: 50, anchor: 'middle', side: 'above' });
		expect(bottom?.wide).toMatchObject({ x: 50, anchor: 'middle', side: 'below' });
		expect(right?.wide.anchor).toBe('start');
		expect(left?.wide.anchor).toBe('end');
		expect(top?.narrow).toEqual({ x: 50, y: 5 });
	});
});
