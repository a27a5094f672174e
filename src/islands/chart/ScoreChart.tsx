/**
 * A chart of scores (0–100) per dimension: a radar for three or more dimensions, a dot plot for one
 * or two. Draws one series for a single result, or many (one per person plus the team average) in
 * the team view. The shapes are inline SVG; every word on the chart is HTML beside it, so it keeps
 * its size (never under 12 px) however small the chart is drawn (#16). Where the chart is narrow,
 * numbered keys stand at the radar's axes and the names are listed under it.
 *
 * The chart is an image with a text summary for screen readers; the same numbers are also shown
 * as a table beside it.
 */
import {
	GRID_STEPS,
	SQUARE_BOX,
	isRadar,
	radarAxes,
	radarLabelPlaces,
	radarPolygon,
	seriesColor,
} from './chart-geometry';
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

const SIZE = SQUARE_BOX.size;
const CENTER = { x: SIZE / 2, y: SIZE / 2 };

export default function ScoreChart({ dimensions, series, summary }: Props) {
	return (
		<div class="score-chart" role="img" aria-label={summary}>
			{isRadar(dimensions.length) ? (
				<RadarChart dimensions={dimensions} series={series} />
			) : (
				<DotChart dimensions={dimensions} series={series} />
			)}
		</div>
	);
}

function RadarChart({ dimensions, series }: Omit<Props, 'summary'>) {
	const axes = radarAxes(dimensions.length, SQUARE_BOX.radius, CENTER, 0);
	const places = radarLabelPlaces(dimensions.length);
	return (
		<>
			<div class="chart-plot">
				<svg class="chart-shapes" viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
					{GRID_STEPS.map((step) => (
						<polygon
							key={step}
							class="chart-grid"
							points={radarPolygon(
								dimensions.map(() => step),
								SQUARE_BOX.radius,
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
							points={radarPolygon(item.scores, SQUARE_BOX.radius, CENTER)}
						/>
					))}
				</svg>
				<ol class="chart-names">
					{dimensions.map((dimension, index) => {
						const place = places[index];
						if (!place) return null;
						return (
							<li
								key={index}
								class={`chart-name anchor-${place.wide.anchor} ${place.wide.side}`}
								style={{
									'--wide-x': `${place.wide.x}%`,
									'--wide-y': `${place.wide.y}%`,
									'--key-x': `${place.narrow.x}%`,
									'--key-y': `${place.narrow.y}%`,
								}}
							>
								<span class="chart-key">{index + 1}</span>
								<span class="chart-name-text">{dimension}</span>
							</li>
						);
					})}
				</ol>
			</div>
			<ol class="chart-key-list">
				{dimensions.map((dimension, index) => (
					<li key={index}>
						<span class="chart-key">{index + 1}</span>
						{dimension}
					</li>
				))}
			</ol>
		</>
	);
}

function DotChart({ dimensions, series }: Omit<Props, 'summary'>) {
	return (
		<ul class="dot-chart">
			{dimensions.map((dimension, row) => (
				<li key={dimension} class="dot-row">
					<span class="dot-label">{dimension}</span>
					<span class="dot-track">
						{GRID_STEPS.map((step) => (
							<span key={step} class="dot-tick" style={{ left: `${step}%` }} />
						))}
						{orderForDrawing(series).map(({ item, index }) => (
							<span
								key={index}
								class={shapeClass('chart-dot', item)}
								style={{
									'--series-color': colorOf(item, index),
									left: `${Math.min(100, Math.max(0, item.scores[row] ?? 0))}%`,
								}}
							/>
						))}
					</span>
				</li>
			))}
		</ul>
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
