/**
 * Presenter mode's last slide: every area at once, in large type. Anonymous, it shows only the
 * team's figures (average, median, spread, the change since the last round and the client's
 * view), the two weakest averages underlined and named under the table; with names shown, one row per person above them. Twelve people and their average and
 * spread fit a 1280×720 projector without scrolling.
 */
import type { AssessmentModel } from '../assessment/model';
import type { GroupView } from './group-view';
import type { TeamStrings } from './strings';

import ChangeRow from './ChangeRow';
import { fill } from '../../i18n/plural';
import { formatDay } from '../../i18n/dates';
import './presenter-table.css';
import type { Locale } from '../../i18n/locales';

export interface Props {
	lang: Locale;
	model: AssessmentModel;
	view: GroupView;
	showNames: boolean;
	strings: TeamStrings;
}

export default function PresenterTable({ lang, model, view, showNames, strings }: Props) {
	const { current } = view;
	const { summary } = current;
	const overall = current.agency.map((row) => row.scores.overall);
	const range = (min: number, max: number) => fill(strings.range, { min, max });
	// Underlined in the table, and named in words under it (#22).
	const weakest = summary.dimensions.filter((dimension) => dimension.isWeakest);
	return (
		<div class="presenter-table-wrap">
			{!showNames && <p class="presenter-note">{strings.presenter.namesHidden}</p>}
			<table class="presenter-table">
				<caption class="sr-only">{strings.presenter.tableCaption}</caption>
				<thead>
					<tr>
						{showNames ? <th scope="col">{strings.person}</th> : <td />}
						{model.dimensions.map((dimension) => (
							<th key={dimension.id} scope="col">
								{dimension.label}
							</th>
						))}
						<th scope="col">{strings.overall}</th>
					</tr>
				</thead>
				{showNames && (
					<tbody>
						{current.agency.map((row) => (
							<tr key={row.memberIndex}>
								<th scope="row">{row.name}</th>
								{row.scores.dimensions.map((score, index) => (
									<td key={index}>{score}</td>
								))}
								<td>{row.scores.overall}</td>
							</tr>
						))}
					</tbody>
				)}
				<tbody class="presenter-stats">
					<tr>
						<th scope="row">{strings.presenter.average}</th>
						{summary.dimensions.map((dimension) => (
							<td key={dimension.id} class={dimension.isWeakest ? 'is-weakest' : undefined}>
								{dimension.average}
							</td>
						))}
						<td>{summary.overallAverage}</td>
					</tr>
					<tr>
						<th scope="row">{strings.presenter.median}</th>
						{summary.dimensions.map((dimension) => (
							<td key={dimension.id}>{dimension.median}</td>
						))}
						<td />
					</tr>
					<tr>
						<th scope="row">{strings.spread}</th>
						{summary.dimensions.map((dimension) => (
							<td key={dimension.id} class={dimension.isMostDisputed ? 'is-disputed' : undefined}>
								{range(dimension.min, dimension.max)}
							</td>
						))}
						<td>{overall.length ? range(Math.min(...overall), Math.max(...overall)) : ''}</td>
					</tr>
					{view.change && (
						<ChangeRow
							label={fill(strings.changeSince, { date: formatDay(view.change.since, lang, true) })}
							changes={view.change.changes}
						>
							<td />
						</ChangeRow>
					)}
					{current.clientSummary && current.gaps && (
						<tr>
							<th scope="row">{strings.clientAverage}</th>
							{current.clientSummary.dimensions.map((dimension) => (
								<td key={dimension.id}>{dimension.average}</td>
							))}
							<td>{current.clientSummary.overallAverage}</td>
						</tr>
					)}
				</tbody>
			</table>
			{weakest.length > 0 && (
				<p class="presenter-note">
					{fill(strings.presenter.weakest, {
						areas: weakest.map((dimension) => dimension.label).join(', '),
					})}
				</p>
			)}
		</div>
	);
}
