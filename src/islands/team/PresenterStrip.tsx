/**
 * One dimension on a strip from 0 to 100, for the projector: a dot per person (all alike), the
 * band from the lowest to the highest score, the median (dashed) and the average (solid), the
 * client's view (a diamond) and the last round's average (a triangle). Every mark differs by
 * shape, not only by colour, and the legend below names each. The SVG is one image with a text
 * equivalent; names appear only in the layout given (see `presenter-layout.ts`).
 */
import type { StripGeometry } from './presenter-layout';
import './presenter-strip.css';

export interface Props {
	strip: StripGeometry;
	/** The text equivalent of the whole strip. */
	summary: string;
	labels: {
		dot: string;
		average: string;
		median: string;
		spread: string;
		client?: string | undefined;
		previous?: string | undefined;
	};
}

/** Half the size of the diamond and triangle marks, in drawing units. */
const MARK = 15;

export default function PresenterStrip({ strip, summary, labels }: Props) {
	const { top, axisY } = strip;
	return (
		<figure class="strip">
			<svg viewBox={`0 0 ${strip.width} ${strip.height}`} role="img" aria-label={summary}>
				<rect
					class="strip-spread"
					x={strip.spread.x1 - 4}
					y={top}
					width={Math.max(8, strip.spread.x2 - strip.spread.x1 + 8)}
					height={axisY - top}
					rx={6}
				/>
				<line
					class="strip-axis"
					x1={strip.ticks[0]?.x}
					x2={strip.ticks.at(-1)?.x}
					y1={axisY}
					y2={axisY}
				/>
				{strip.ticks.map((tick) => (
					<g key={tick.value}>
						<line class="strip-tick" x1={tick.x} x2={tick.x} y1={axisY} y2={axisY + 10} />
						<text class="strip-text" x={tick.x} y={axisY + 38} text-anchor="middle">
							{tick.value}
						</text>
					</g>
				))}
				<line class="strip-median" x1={strip.median.x} x2={strip.median.x} y1={top} y2={axisY} />
				<line class="strip-average" x1={strip.average.x} x2={strip.average.x} y1={top} y2={axisY} />
				{strip.dots.map((dot, index) => (
					<g key={index}>
						<circle class="dot" cx={dot.cx} cy={dot.cy} r={strip.radius} />
						{dot.label && (
							<text
								class="strip-text strip-name"
								x={dot.label.x}
								y={dot.label.y}
								text-anchor="middle"
							>
								{dot.label.text}
							</text>
						)}
					</g>
				))}
				{strip.previous && <path class="strip-previous" d={triangle(strip.previous.x, axisY)} />}
				{strip.client && <path class="strip-client" d={diamond(strip.client.x, axisY)} />}
			</svg>
			<figcaption>
				<ul class="strip-legend">
					<li>
						<Swatch kind="dot" />
						{labels.dot}
					</li>
					<li>
						<Swatch kind="average" />
						{labels.average}
					</li>
					<li>
						<Swatch kind="median" />
						{labels.median}
					</li>
					<li>
						<Swatch kind="spread" />
						{labels.spread}
					</li>
					{strip.client && labels.client && (
						<li>
							<Swatch kind="client" />
							{labels.client}
						</li>
					)}
					{strip.previous && labels.previous && (
						<li>
							<Swatch kind="previous" />
							{labels.previous}
						</li>
					)}
				</ul>
			</figcaption>
		</figure>
	);
}

/** The legend's small picture of each mark, drawn as on the strip. */
function Swatch({
	kind,
}: {
	kind: 'dot' | 'average' | 'median' | 'spread' | 'client' | 'previous';
}) {
	return (
		<svg class="swatch-mark" viewBox="0 0 40 40" aria-hidden="true">
			{kind === 'dot' && <circle class="dot" cx={20} cy={20} r={12} />}
			{kind === 'average' && <line class="strip-average" x1={20} x2={20} y1={2} y2={38} />}
			{kind === 'median' && <line class="strip-median" x1={20} x2={20} y1={2} y2={38} />}
			{kind === 'spread' && <rect class="strip-spread" x={2} y={8} width={36} height={24} rx={5} />}
			{kind === 'client' && <path class="strip-client" d={diamond(20, 20)} />}
			{kind === 'previous' && <path class="strip-previous" d={triangle(20, 28)} />}
		</svg>
	);
}

function diamond(x: number, y: number): string {
	return `M${x} ${y - MARK}L${x + MARK} ${y}L${x} ${y + MARK}L${x - MARK} ${y}Z`;
}

function triangle(x: number, y: number): string {
	return `M${x} ${y - MARK * 1.6}L${x + MARK} ${y}L${x - MARK} ${y}Z`;
}
