/**
 * The team table's scroll box (#22): a table wider than the page scrolls inside it, its names
 * column staying put (`team-table.css`), with a hint that there is more to the right until the box
 * is scrolled to its end. While it scrolls it is a labelled region in the tab order, so that a
 * keyboard reaches the columns at the right with the arrow keys.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { scrollEdge } from './scroll-edge';
import './scroll-box.css';

export interface Props {
	/** What the region is called (the assessment's table). */
	label: string;
	/** What the hint says while there is more to the right. */
	hint: string;
	children: ComponentChildren;
}

export default function ScrollBox({ label, hint, children }: Props) {
	const box = useRef<HTMLDivElement>(null);
	const [edge, setEdge] = useState<ReturnType<typeof scrollEdge>>('fits');

	// Measured when scrolled and whenever the box or the table changes size (a row added, names
	// shown, the window turned); nothing is measured before the island runs, so no hint is wrong.
	useEffect(() => {
		const element = box.current;
		if (!element) return;
		const measure = () => setEdge(scrollEdge(element));
		measure();
		element.addEventListener('scroll', measure, { passive: true });
		const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
		observer?.observe(element);
		if (element.firstElementChild) observer?.observe(element.firstElementChild);
		return () => {
			element.removeEventListener('scroll', measure);
			observer?.disconnect();
		};
	}, []);

	return (
		<div class="scroll-box" data-edge={edge}>
			{/* The hint keeps its place at the end, hidden, so the table does not jump up under the
			    reader's finger; screen readers have the region's name instead. */}
			{edge !== 'fits' && (
				<p class="scroll-hint no-print" aria-hidden="true">
					{hint}
				</p>
			)}
			<div
				ref={box}
				class="table-wrap"
				role="region"
				aria-label={label}
				tabIndex={edge === 'fits' ? undefined : 0}
			>
				{children}
			</div>
		</div>
	);
}
