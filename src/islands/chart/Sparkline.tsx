/**
 * A small line of a few scores (0–100) over time, drawn as inline SVG. Decorative: the numbers are
 * always written beside it.
 */
export interface Props {
	values: readonly number[];
}

const WIDTH = 64;
const HEIGHT = 20;

export default function Sparkline({ values }: Props) {
	if (values.length < 2) return null;
	const step = WIDTH / (values.length - 1);
	const y = (value: number) =>
		HEIGHT - 2 - ((HEIGHT - 4) * Math.min(100, Math.max(0, value))) / 100;
	const points = values.map(
		(value, index) => `${(index * step).toFixed(1)},${y(value).toFixed(1)}`
	);
	const last = values[values.length - 1] ?? 0;
	return (
		<svg
			class="sparkline"
			viewBox={`-2 0 ${WIDTH + 4} ${HEIGHT}`}
			width={WIDTH + 4}
			height={HEIGHT}
			aria-hidden="true"
			focusable="false"
		>
			<polyline points={points.join(' ')} fill="none" stroke="currentColor" stroke-width="1.5" />
			<circle cx={WIDTH} cy={y(last)} r="2.5" fill="currentColor" />
		</svg>
	);
}
