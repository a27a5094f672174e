/**
 * The facilitator's tools (the invitation and the paste box with its report). In the session this
 * device runs they come first, as always; in a team link received from someone else (a
 * participant's view, #22) they are folded into one labelled disclosure after the results, so
 * that the reader meets the results first and can still open the tools to continue the session.
 */
import type { ComponentChildren } from 'preact';
import './facilitator-tools.css';

export interface Props {
	/** Folded after the results: the session came to this device as someone else's team link. */
	folded: boolean;
	/** What the disclosure says it holds. */
	summary: string;
	children: ComponentChildren;
}

export default function FacilitatorTools({ folded, summary, children }: Props) {
	if (!folded) return <>{children}</>;
	return (
		<details class="facilitator-tools no-print">
			<summary>{summary}</summary>
			{children}
		</details>
	);
}
