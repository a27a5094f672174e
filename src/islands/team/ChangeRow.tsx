/**
 * A table row of the change per dimension since an earlier round: an arrow and a signed number in
 * each cell (the team table and presenter mode's table both end with it).
 */
import type { ComponentChildren } from 'preact';
import { ARROWS, signedPoints } from '../shared/points';
import type { RoundChange } from './rounds';

export interface Props {
	/** The row's header: `Change since {{date}}`, filled in. */
	label: string;
	changes: readonly RoundChange[];
	/** Cells after the dimensions' (the overall column and the table's own). */
	children?: ComponentChildren;
}

export default function ChangeRow({ label, changes, children }: Props) {
	return (
		<tr class="change">
			<th scope="row">{label}</th>
			{changes.map((change, index) => (
				<td key={index}>
					<ChangeValue change={change} />
				</td>
			))}
			{children}
		</tr>
	);
}

/** One change: its arrow (hidden from screen readers, which read the number) and signed points. */
export function ChangeValue({ change }: { change: RoundChange }) {
	return (
		<>
			<span aria-hidden="true">{ARROWS[change.direction]} </span>
			{signedPoints(change.delta)}
		</>
	);
}
