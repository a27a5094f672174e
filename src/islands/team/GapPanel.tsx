/**
 * The perception gap: per dimension, how the agency rates the relationship and how the client
 * does, side by side, with the widest gap highlighted and a question to open the conversation.
 * Differences are written as numbers and words, never shown by colour alone.
 */
import type { DimensionGap } from './perception-gap';
import type { TeamStrings } from './strings';
import { signedPoints } from '../shared/points';
import { fill } from '../../i18n/plural';
import './gap-panel.css';

export interface Props {
	gaps: readonly DimensionGap[];
	strings: TeamStrings;
}

export default function GapPanel({ gaps, strings }: Props) {
	const widest = gaps.filter((gap) => gap.isWidest);
	return (
		<div class="gap-panel">
			<h3>{strings.gapHeading}</h3>
			{widest.length > 0 ? (
				<div class="callout is-disputed">
					<p>
						<strong>
							{fill(strings.gapWidest, {
								areas: widest.map((gap) => gap.label).join(', '),
							})}
						</strong>
					</p>
					<p>{strings.gapPrompt}</p>
				</div>
			) : (
				<p class="callout">{strings.gapSmall}</p>
			)}
			<div class="table-wrap">
				<table class="gap-table">
					<caption class="sr-only">{strings.gapCaption}</caption>
					<thead>
						<tr>
							<th scope="col">{strings.dimension}</th>
							<th scope="col">{strings.agencyAverage}</th>
							<th scope="col">{strings.clientAverage}</th>
							<th scope="col">{strings.gapColumn}</th>
						</tr>
					</thead>
					<tbody>
						{gaps.map((gap) => (
							<tr key={gap.id} class={gap.isWidest ? 'is-disputed' : undefined}>
								<th scope="row">
									{gap.label}
									{gap.isWidest && <span class="badge">{strings.gapBadge}</span>}
								</th>
								<td>{gap.agency}</td>
								<td>{gap.client}</td>
								<td>
									{signedPoints(gap.gap)}{' '}
									<span class="gap-words">
										{gap.gap < 0
											? strings.clientLower
											: gap.gap > 0
												? strings.clientHigher
												: strings.clientSame}
									</span>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</div>
	);
}
