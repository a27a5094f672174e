/**
 * Presenter mode's layout, computed without a DOM: the order of the slides (the widest
 * disagreement first), and for each dimension a strip from 0 to 100 with a dot per person, the
 * team's spread, median and average, the client's view and the last round's average.
 *
 * Anonymous by default: unless names are asked for, a dot carries no label and the dots are in the
 * order of their scores, so nothing on the strip says whose dot is whose. All dots look alike (no
 * per-person colour). Dots with close scores are stacked in lanes so that none hides another;
 * with names, each label gets room of its own in the same way.
 */
import type { DimensionSummary } from './aggregate';
import type { GroupView } from './group-view';
import type { RoundChange } from './rounds';

/** The strip's drawing units (its SVG `viewBox` is `STRIP.width` wide). */
export const STRIP = {
	width: 1000,
	/** Room left and right of 0 and 100 for the end labels and the dots' halves. */
	padX: 40,
	dotRadius: 13,
	/** Height of a lane of dots, and of a lane of labelled dots. */
	lane: 32,
	namedLane: 62,
	/** Text size of axis labels and names, in drawing units (a 1,000-unit strip is drawn about 1,200 px wide at 1280×720). */
	fontSize: 22,
	/** Average advance of a character, as a share of the font size (generous for Cyrillic). */
	charWidth: 0.6,
	/** The most height anonymous dots take: a tall stack of equal scores gets closer, smaller dots. */
	maxDotsHeight: 7 * 32,
	/** Space between the lowest lane and the axis, and under the axis for its labels. */
	axisGap: 12,
	axisLabels: 48,
} as const;

/** Fewer people than this can tell each other's answers apart, anonymous or not. */
export const MIN_ANONYMOUS_PEOPLE = 3;

/** A person on a strip: their score on the dimension, and their name for when names are shown. */
export interface StripPerson {
	score: number;
	name: string;
}

/** A dot, in drawing units; a label only when names are shown. */
export interface StripDot {
	cx: number;
	cy: number;
	score: number;
	label?: { text: string; x: number; y: number } | undefined;
}

/** A vertical mark on the strip (average, median, the client's view, the last round). */
export interface StripMark {
	x: number;
	value: number;
}

/** Everything the strip draws. */
export interface StripGeometry {
	width: number;
	height: number;
	/** Top of the dot area and the axis line. */
	top: number;
	axisY: number;
	dots: StripDot[];
	ticks: StripMark[];
	average: StripMark;
	median: StripMark;
	/** The band from the lowest to the highest score. */
	spread: { x1: number; x2: number; min: number; max: number };
	client?: StripMark | undefined;
	previous?: StripMark | undefined;
	lanes: number;
	/** The dots' radius: smaller when many equal scores are stacked. */
	radius: number;
}

/** What a strip shows besides the people. */
export interface StripOptions {
	showNames: boolean;
	/** The team's figures on this dimension, from `aggregate.ts`. */
	stats: Pick<DimensionSummary, 'average' | 'median' | 'min' | 'max'>;
	/** The client's average on this dimension, if the client's side answered. */
	clientAverage?: number | undefined;
	/** The team's average on this dimension in the round before, if there was one. */
	previousAverage?: number | undefined;
}

/**
 * The x of a score, in drawing units.
 * @example scoreX(0) → 40; scoreX(100) → 960
 */
export function scoreX(score: number): number {
	const clamped = Math.min(100, Math.max(0, score));
	return STRIP.padX + (clamped / 100) * (STRIP.width - 2 * STRIP.padX);
}

/**
 * Lays out one dimension's strip. Anonymous unless `showNames`: then, and only then, each dot
 * gets its person's name.
 * @example stripGeometry([{ score: 40, name: 'Anna' }, { score: 80, name: 'Boris' }], { showNames: false, stats }).dots → [{ cx: 408, cy: …, score: 40 }, { cx: 776, cy: …, score: 80 }]
 */
export function stripGeometry(
	people: readonly StripPerson[],
	options: StripOptions
): StripGeometry {
	const sorted = people
		.map((person, order) => ({ ...person, order }))
		.sort((a, b) => a.score - b.score || a.order - b.order);
	const placed = sorted.map((person) => {
		const cx = scoreX(person.score);
		if (!options.showNames) {
			const half = STRIP.dotRadius + 2;
			return { person, cx, labelX: cx, left: cx - half, right: cx + half };
		}
		const half = Math.max(
			STRIP.dotRadius,
			([...person.name].length * STRIP.fontSize * STRIP.charWidth) / 2
		);
		const labelX = Math.min(STRIP.width - half, Math.max(half, cx));
		return {
			person,
			cx,
			labelX,
			left: Math.min(cx - STRIP.dotRadius, labelX - half) - 6,
			right: Math.max(cx + STRIP.dotRadius, labelX + half) + 6,
		};
	});
	// Greedy lanes: each dot (with its label) goes into the lowest lane it does not overlap in.
	const laneEnds: number[] = [];
	const lanesOf = placed.map((item) => {
		let lane = laneEnds.findIndex((end) => end <= item.left);
		if (lane < 0) lane = laneEnds.length;
		laneEnds[lane] = item.right;
		return lane;
	});
	const lanes = Math.max(2, laneEnds.length);
	// Anonymous stacks of equal scores squeeze into the strip's height; labelled ones need the room.
	const laneHeight = options.showNames
		? STRIP.namedLane
		: Math.min(STRIP.lane, STRIP.maxDotsHeight / lanes);
	const radius = Math.max(4, Math.min(STRIP.dotRadius, laneHeight / 2 - 2));
	const top = 8;
	const axisY = top + lanes * laneHeight + STRIP.axisGap;
	const dots: StripDot[] = placed.map((item, index) => {
		const laneBottom = axisY - STRIP.axisGap - (lanesOf[index] ?? 0) * laneHeight;
		const cy = laneBottom - radius - (options.showNames ? 3 : laneHeight / 2 - radius);
		const dot: StripDot = { cx: item.cx, cy, score: item.person.score };
		if (options.showNames) {
			dot.label = {
				text: item.person.name,
				x: item.labelX,
				y: cy - STRIP.dotRadius - 8,
			};
		}
		return dot;
	});
	const { average, median, min, max } = options.stats;
	const mark = (value: number): StripMark => ({ x: scoreX(value), value });
	return {
		width: STRIP.width,
		height: axisY + STRIP.axisLabels,
		top,
		axisY,
		dots,
		ticks: [0, 25, 50, 75, 100].map(mark),
		average: mark(average),
		median: mark(median),
		spread: { x1: scoreX(min), x2: scoreX(max), min, max },
		client: options.clientAverage === undefined ? undefined : mark(options.clientAverage),
		previous: options.previousAverage === undefined ? undefined : mark(options.previousAverage),
		lanes,
		radius,
	};
}

/**
 * The order of the slides: dimension indexes, the widest spread first (ties in the assessment's
 * own order).
 * @example slideOrder([{ spread: 10 }, { spread: 40 }, { spread: 40 }]) → [1, 2, 0]
 */
export function slideOrder(dimensions: readonly Pick<DimensionSummary, 'spread'>[]): number[] {
	return dimensions
		.map((dimension, index) => ({ spread: dimension.spread, index }))
		.sort((a, b) => b.spread - a.spread || a.index - b.index)
		.map((entry) => entry.index);
}

/** One dimension's slide. */
export interface DimensionSlide {
	index: number;
	summary: DimensionSummary;
	/** The agency's people in the current round. */
	count: number;
	strip: StripGeometry;
	/** The change of the average since the round before, when there is one. */
	change?: (RoundChange & { since: string; previous: number }) | undefined;
	/**
	 * The client's view, when the client's side answered in this round; `isWidest` when this is
	 * the widest perception gap (the slide then asks the client's question, #22).
	 */
	client?: { average: number; gap: number; count: number; isWidest: boolean } | undefined;
}

/**
 * The slide of dimension `index` of a group's current round.
 * @example dimensionSlide(view, 0, false).strip.dots.every((dot) => !dot.label) → true
 */
export function dimensionSlide(
	view: GroupView,
	index: number,
	showNames: boolean
): DimensionSlide | undefined {
	const { current } = view;
	const summary = current.summary.dimensions[index];
	if (!summary) return undefined;
	const people = current.agency.map((row) => ({
		score: row.scores.dimensions[index] ?? 0,
		name: row.name,
	}));
	const change = view.change?.changes[index];
	const previous = change ? summary.average - change.delta : undefined;
	const clientAverage = current.clientSummary?.dimensions[index]?.average;
	const gap = current.gaps?.[index]?.gap;
	return {
		index,
		summary,
		count: people.length,
		strip: stripGeometry(people, {
			showNames,
			stats: summary,
			clientAverage: gap === undefined ? undefined : clientAverage,
			previousAverage: previous,
		}),
		change:
			change && view.change && previous !== undefined
				? { ...change, since: view.change.since, previous }
				: undefined,
		client:
			clientAverage !== undefined && gap !== undefined
				? {
						average: clientAverage,
						gap,
						count: current.client.length,
						isWidest: current.gaps?.[index]?.isWidest === true,
					}
				: undefined,
	};
}
