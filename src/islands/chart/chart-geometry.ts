/**
 * Geometry for score charts (0–100 per dimension), shared by a single result and the team overlay.
 * Pure numbers: the Preact component turns them into SVG.
 *
 * - Three or more dimensions: a radar, one axis per dimension, a polygon per series.
 * - One or two dimensions: a dot plot, one row per dimension, a marker per series.
 */

/** A point in SVG user units. */
export interface Point {
	x: number;
	y: number;
}

/** Where a dimension's label goes on a radar. */
export interface RadarAxis {
	end: Point;
	label: Point;
	anchor: 'start' | 'middle' | 'end';
}

/** How many distinct series colours the stylesheet defines (`--chart-1` … `--chart-12`): a team of twelve. */
export const CHART_COLORS = 12;

/**
 * The colour of series `index`, as a CSS custom property so it follows light and dark themes.
 * @example seriesColor(12) → 'var(--chart-1)'
 */
export function seriesColor(index: number): string {
	return `var(--chart-${(index % CHART_COLORS) + 1})`;
}

/** Rings drawn behind a radar, at these scores. */
export const GRID_STEPS = [25, 50, 75, 100] as const;

/** Whether a chart of this many dimensions is a radar (otherwise a dot plot). */
export function isRadar(dimensionCount: number): boolean {
	return dimensionCount >= 3;
}

/**
 * The point for `score` on axis `index` of `count`, for a radar of `radius` centred at `center`.
 * The first axis points straight up; the others follow clockwise.
 * @example radarPoint(0, 4, 100, 100, { x: 150, y: 150 }) → { x: 150, y: 50 }
 */
export function radarPoint(
	index: number,
	count: number,
	score: number,
	radius: number,
	center: Point
): Point {
	const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
	const distance = (radius * Math.min(100, Math.max(0, score))) / 100;
	return {
		x: round(center.x + distance * Math.cos(angle)),
		y: round(center.y + distance * Math.sin(angle)),
	};
}

/**
 * The `points` attribute of a radar polygon for a series of scores.
 * @example radarPolygon([100, 100, 100], 10, { x: 10, y: 10 }) → '10,0 18.66,15 1.34,15'
 */
export function radarPolygon(scores: readonly number[], radius: number, center: Point): string {
	return scores
		.map((score, index) => radarPoint(index, scores.length, score, radius, center))
		.map((point) => `${point.x},${point.y}`)
		.join(' ');
}

/** Axis ends and label positions for a radar with `count` axes. */
export function radarAxes(
	count: number,
	radius: number,
	center: Point,
	labelGap: number
): RadarAxis[] {
	return Array.from({ length: count }, (_, index) => {
		const end = radarPoint(index, count, 100, radius, center);
		const label = radarPoint(index, count, 100, radius + labelGap, center);
		const dx = label.x - center.x;
		const anchor = Math.abs(dx) < radius * 0.2 ? 'middle' : dx > 0 ? 'start' : 'end';
		return { end, label, anchor };
	});
}

/**
 * The x coordinate of `score` on a dot-plot row running from `left` to `right`.
 * @example dotX(50, 0, 200) → 100
 */
export function dotX(score: number, left: number, right: number): number {
	return round(left + ((right - left) * Math.min(100, Math.max(0, score))) / 100);
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/**
 * Where a radar's dimension names go, in percent of the chart's box, for the two layouts the
 * chart has (its text is HTML beside the SVG, so it keeps its size when the chart shrinks):
 *
 * - `wide`: the names around the radar, in a box `WIDE_BOX` units across, anchored away from
 *   the centre (`side` says whether a name in line with the centre sits above or below it);
 * - `narrow`: a numbered key at each axis end of a square box, the names listed under the chart.
 */
export interface AxisLabelPlace {
	wide: { x: number; y: number; anchor: RadarAxis['anchor']; side: 'above' | 'below' };
	narrow: { x: number; y: number };
}

/** The wide layout's box and radar, in SVG user units. */
export const WIDE_BOX = { width: 520, height: 330, radius: 130, gap: 14 } as const;

/** The square box of the radar's SVG (and of the narrow layout), in SVG user units. */
export const SQUARE_BOX = { size: 300, radius: 118, gap: 17 } as const;

/**
 * Places the names of a radar's `count` axes for both layouts.
 * @example radarLabelPlaces(4)[0] → { wide: { x: 50, y: 6.36, anchor: 'middle', side: 'above' }, narrow: { x: 50, y: 5 } }
 */
export function radarLabelPlaces(count: number): AxisLabelPlace[] {
	const wideCenter = { x: WIDE_BOX.width / 2, y: WIDE_BOX.height / 2 };
	const wideAxes = radarAxes(count, WIDE_BOX.radius, wideCenter, WIDE_BOX.gap);
	const squareCenter = { x: SQUARE_BOX.size / 2, y: SQUARE_BOX.size / 2 };
	const squareAxes = radarAxes(count, SQUARE_BOX.radius, squareCenter, SQUARE_BOX.gap);
	return wideAxes.map((axis, index) => {
		const key = squareAxes[index]?.label ?? squareCenter;
		return {
			wide: {
				x: percent(axis.label.x, WIDE_BOX.width),
				y: percent(axis.label.y, WIDE_BOX.height),
				anchor: axis.anchor,
				side: axis.label.y <= wideCenter.y ? 'above' : 'below',
			},
			narrow: { x: percent(key.x, SQUARE_BOX.size), y: percent(key.y, SQUARE_BOX.size) },
		};
	});
}

function percent(value: number, whole: number): number {
	return round((value / whole) * 100);
}
