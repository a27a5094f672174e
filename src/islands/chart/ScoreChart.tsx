/**
 * A chart of scores (0–100) per dimension, as inline SVG: a radar for three or more dimensions, a
 * dot plot for one or two. Draws one series for a single result, or many (one per person plus the
 * team average) in the team view. The SVG is an image with a text summary for screen readers; the
 * same numbers are also shown as a table beside it.
 */
import { GRID_STEPS, dotX, isRadar, radarAxes, radarPolygon, seriesColor } from './chart-geometry';
import './score-chart.css';

/** One shape on the chart. */
export interface ChartSeries {
	label: string;
	scores: number[];
	/** The team average: drawn dashed and on top. */
	isAverage?: boolean;
	/** A colour other than the series' own (any CSS colour). */
	color?: string;
	/** A line pattern that tells this shape apart without colour (earlier rounds, the other side). */
	pattern?: 'dashed' | 'dotted';
}

export interface Props {
	dimensions: string[];
	series: ChartSeries[];
	/** A text equivalent of the whole chart, read by screen readers. */
	summary: string;
}

// Wider than tall: radar labels sit left and right of the circle.
const WIDTH = 520;
const HEIGHT = 330;
const CENTER = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 118;

export default function ScoreChart({ dimensions, series, summary }: Props) {
	return isRadar(dimensions.length) ? (
		<RadarChart dimensions={dimensions} series={series} summary={summary} />
	) : (
		<DotChart dimensions={dimensions} series={series} summary={summary} />
	);
}

function RadarChart({ dimensions, series, summary }: Props) {
	const axes = radarAxes(dimensions.length, RADIUS, CENTER, 16);
	return (
		<svg class="score-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
			{GRID_STEPS.map((step) => (
				<polygon
					key={step}
					class="chart-grid"
					points={radarPolygon(
						dimensions.map(() => step),
						RADIUS,
						CENTER
					)}
				/>
			))}
			{axes.map((axis, index) => (
				<line
					key={`axis-${index}`}
					class="chart-axis"
					x1={CENTER.x}
					y1={CENTER.y}
					x2={axis.end.x}
					y2={axis.end.y}
				/>
			))}
			{orderForDrawing(series).map(({ item, index }) => (
				<polygon
					key={`series-${index}`}
					class={shapeClass('chart-shape', item)}
					style={{ '--series-color': colorOf(item, index) }}
					points={radarPolygon(item.scores, RADIUS, CENTER)}
				/>
			))}
			{axes.map((axis, index) => (
				<text
					key={`label-${index}`}
					class="chart-label"
					x={axis.label.x}
					y={axis.label.y}
					text-anchor={axis.anchor}
					dominant-baseline="middle"
				>
					{wrapLabel(dimensions[index] ?? '').map((line, lineIndex, lines) => (
						<tspan
							key={lineIndex}
							x={axis.label.x}
							dy={lineIndex === 0 ? `${-(lines.length - 1) * 0.55}em` : '1.1em'}
						>
							{line}
						</tspan>
					))}
				</text>
			))}
		</svg>
	);
}

function DotChart({ dimensions, series, summary }: Props) {
	const left = 12;
	const right = WIDTH - 12;
	const rowHeight = 64;
	const height = dimensions.length * rowHeight + 24;
	return (
		<svg
			class="score-chart dot-chart"
			viewBox={`0 0 ${WIDTH} ${height}`}
			role="img"
			aria-label={summary}
		>
			{dimensions.map((dimension, row) => {
				const y = row * rowHeight + 44;
				return (
					<g key={dimension}>
						<text class="chart-label" x={left} y={y - 20}>
							{dimension}
						</text>
						<line class="chart-axis" x1={left} y1={y} x2={right} y2={y} />
						{GRID_STEPS.map((step) => (
							<line
								key={step}
								class="chart-grid"
								x1={dotX(step, left, right)}
								y1={y - 5}
								x2={dotX(step, left, right)}
								y2={y + 5}
							/>
						))}
						{orderForDrawing(series).map(({ item, index }) => (
							<circle
								key={index}
								class={shapeClass('chart-dot', item)}
								style={{ '--series-color': colorOf(item, index) }}
								cx={dotX(item.scores[row] ?? 0, left, right)}
								cy={y}
								r={item.isAverage ? 9 : 7}
							/>
						))}
					</g>
				);
			})}
		</svg>
	);
}

function shapeClass(base: string, item: ChartSeries): string {
	return [base, item.isAverage && 'chart-average', item.pattern && `chart-${item.pattern}`]
		.filter(Boolean)
		.join(' ');
}

function colorOf(item: ChartSeries, index: number): string {
	return item.color ?? (item.isAverage ? 'var(--color-text)' : seriesColor(index));
}

/** People first, the average last so it is drawn on top; colour indexes stay per person. */
function orderForDrawing(series: ChartSeries[]) {
	const indexed = series.map((item, index) => ({ item, index }));
	return [
		...indexed.filter(({ item }) => !item.isAverage),
		...indexed.filter(({ item }) => item.isAverage),
	];
}

/** Splits a long label into two lines at the space nearest its middle. */
function wrapLabel(label: string): string[] {
	if (label.length <= 14 || !label.includes(' ')) return [label];
	const middle = label.length / 2;
	let best = -1;
	for (let index = label.indexOf(' '); index !== -1; index = label.indexOf(' ', index + 1)) {
		if (best === -1 || Math.abs(index - middle) < Math.abs(best - middle)) best = index;
	}
	return [label.slice(0, best), label.slice(best + 1)];
}
