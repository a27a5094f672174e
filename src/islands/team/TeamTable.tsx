/**
 * The team's table: one row per person, one row group per round with the team's average and
 * spread, the client's rows after the agency's, and the change since the previous round in numbers
 * and arrows. A person can be moved to another round or removed; a round can be merged into the
 * one before it.
 */
import type { AssessmentModel } from '../assessment/model';
import { dayNumber } from '../../links/result-days';
import type { GroupView, PersonRow, RoundView } from './group-view';
import type { TeamStrings } from './strings';

import ChangeRow from './ChangeRow';
import ScrollBox from './ScrollBox';
import { fill, plural } from '../../i18n/plural';
import { formatDay } from '../../i18n/dates';
import { seriesColor } from '../chart/chart-geometry';
import './team-table.css';
import type { Locale } from '../../i18n/locales';

export interface Props {
	lang: Locale;
	model: AssessmentModel;
	view: GroupView;
	strings: TeamStrings;
	onRemove: (memberIndex: number, name: string) => void;
	onMove: (memberIndexes: readonly number[], roundDay: number | undefined) => void;
	/** The reader's own rows, by member index, marked "You" (#22). */
	own?: ReadonlySet<number> | undefined;
}

export default function TeamTable({ lang, model, view, strings, onRemove, onMove, own }: Props) {
	const rounds = [...view.rounds, ...(view.undated ? [view.undated] : [])];
	const showRounds = rounds.length > 1 || view.undated !== undefined;
	const disputed = new Set(
		view.current.summary.dimensions.filter((d) => d.isMostDisputed).map((d) => d.id)
	);
	const weakest = new Set(
		view.current.summary.dimensions.filter((d) => d.isWeakest).map((d) => d.id)
	);
	const cellClass = (id: string) =>
		[disputed.has(id) && 'is-disputed', weakest.has(id) && 'is-weakest']
			.filter(Boolean)
			.join(' ') || undefined;
	const columns = model.dimensions.length + 2 + (showRounds ? 1 : 0) + 1;
	const roundName = (round: RoundView) =>
		round.date
			? fill(strings.roundLabel, { date: formatDay(round.date, lang, true) })
			: strings.undatedRound;
	let colour = 0;

	// Printed, an earlier round keeps its figures only: one page holds the round being discussed
	// person by person, and the rounds before it as the averages the change is measured from.
	const earlier = (round: RoundView) => (round === view.current ? '' : ' is-earlier');

	const personRow = (round: RoundView) => (row: PersonRow) => {
		const index = colour++;
		const isOwn = own?.has(row.memberIndex) === true;
		return (
			<tr
				key={row.memberIndex}
				class={`is-person${row.side === 'client' ? ' is-client' : ''}${isOwn ? ' is-own' : ''}${earlier(round)}`}
			>
				<th scope="row">
					{view.rounds.length <= 1 && row.side === 'agency' && (
						<span
							class="swatch"
							style={{ '--series-color': seriesColor(index) }}
							aria-hidden="true"
						/>
					)}
					{row.name}
					{row.side === 'client' && <span class="tag">{strings.clientTag}</span>}
					{row.isEarlier && <span class="tag">{strings.earlierTag}</span>}
					{isOwn && <span class="tag is-own no-print">{strings.reader.you}</span>}
				</th>
				{row.scores.dimensions.map((score, column) => (
					<td key={column} class={cellClass(model.dimensions[column]?.id ?? '')}>
						{score}
					</td>
				))}
				<td>{row.scores.overall}</td>
				{showRounds && (
					<td class="no-print">
						<RoundPicker
							row={row}
							rounds={view.rounds}
							lang={lang}
							strings={strings}
							onMove={onMove}
						/>
					</td>
				)}
				<td class="no-print">
					<button
						type="button"
						class="remove"
						aria-label={fill(strings.remove, { name: row.name })}
						onClick={() => onRemove(row.memberIndex, row.name)}
					>
						{strings.removeShort}
					</button>
				</td>
			</tr>
		);
	};

	/**
	 * A row of a round's figures. `printOnly`: a figure the screen shows in the person's own row
	 * (one person on a side), printed wherever that row is not (print-outside, and is-earlier for
	 * a round before the current one).
	 */
	const statRow = (
		label: string,
		cells: (string | number)[],
		overall: string | number,
		printOnly: false | RoundView = false
	) => (
		<tr class={printOnly ? `stat print-outside${earlier(printOnly)}` : 'stat'}>
			<th scope="row">{label}</th>
			{cells.map((cell, column) => (
				<td key={column} class={cellClass(model.dimensions[column]?.id ?? '')}>
					{cell}
				</td>
			))}
			<td>{overall}</td>
			{showRounds && <td class="no-print" />}
			<td class="no-print" />
		</tr>
	);

	return (
		<ScrollBox
			label={fill(strings.table.scrollLabel, { title: model.title })}
			hint={strings.table.scrollHint}
		>
			<table class="team-table">
				<caption>{strings.tableCaption}</caption>
				<thead>
					<tr>
						<th scope="col">{strings.person}</th>
						{model.dimensions.map((dimension) => (
							<th key={dimension.id} scope="col" class={cellClass(dimension.id)}>
								{dimension.label}
								{disputed.has(dimension.id) && <span class="badge">{strings.disputedBadge}</span>}
								{weakest.has(dimension.id) && (
									<span class="badge is-weakest">{strings.weakestBadge}</span>
								)}
							</th>
						))}
						<th scope="col">{strings.overall}</th>
						{showRounds && (
							<th scope="col" class="no-print">
								{strings.roundColumn}
							</th>
						)}
						<th scope="col" class="no-print">
							<span class="sr-only">{strings.removeColumn}</span>
						</th>
					</tr>
				</thead>
				{rounds.map((round, roundIndex) => {
					const previous = roundIndex > 0 ? rounds[roundIndex - 1] : undefined;
					const { summary } = round;
					const overall = round.agency.map((row) => row.scores.overall);
					return (
						<tbody key={round.day ?? 'undated'}>
							{showRounds && (
								<tr class="round-head">
									<th scope="rowgroup" colSpan={columns}>
										<span class="round-name">
											{roundName(round)}
											{' · '}
											{plural(lang, strings.people, round.agency.length + round.client.length)}
											{round.day !== undefined && previous?.day !== undefined && (
												<button
													type="button"
													class="link-button no-print"
													onClick={() =>
														onMove(
															[...round.agency, ...round.client].map((row) => row.memberIndex),
															previous.day
														)
													}
												>
													{fill(strings.mergeRound, { round: roundName(previous) })}
												</button>
											)}
										</span>
									</th>
								</tr>
							)}
							{round.agency.map(personRow(round))}
							{round.agency.length > 0 &&
								statRow(
									strings.average,
									summary.dimensions.map((d) => d.average),
									summary.overallAverage,
									round.agency.length === 1 && round
								)}
							{round.agency.length > 1 &&
								statRow(
									strings.spread,
									summary.dimensions.map((d) => fill(strings.range, { min: d.min, max: d.max })),
									fill(strings.range, { min: Math.min(...overall), max: Math.max(...overall) })
								)}
							{round.client.map(personRow(round))}
							{round.clientSummary &&
								statRow(
									strings.clientAverage,
									round.clientSummary.dimensions.map((d) => d.average),
									round.clientSummary.overallAverage,
									round.client.length === 1 && round
								)}
						</tbody>
					);
				})}
				{view.change && (
					<tfoot>
						<ChangeRow
							label={fill(strings.changeSince, { date: formatDay(view.change.since, lang, true) })}
							changes={view.change.changes}
						>
							<td />
							{showRounds && <td class="no-print" />}
							<td class="no-print" />
						</ChangeRow>
					</tfoot>
				)}
			</table>
		</ScrollBox>
	);
}

/** Moves one person to another round (or back to the round of their own day). */
function RoundPicker({
	row,
	rounds,
	lang,
	strings,
	onMove,
}: {
	row: PersonRow;
	rounds: readonly RoundView[];
	lang: Locale;
	strings: TeamStrings;
	onMove: Props['onMove'];
}) {
	const ownDay = row.date === undefined ? undefined : dayNumber(row.date);
	const current = rounds.find(
		(round) =>
			round.agency.some((other) => other.memberIndex === row.memberIndex) ||
			round.client.some((other) => other.memberIndex === row.memberIndex)
	);
	return (
		<select
			aria-label={fill(strings.roundFor, { name: row.name })}
			value={current?.day === undefined ? '' : String(current.day)}
			onChange={(event) => {
				const value = event.currentTarget.value;
				const day = value === '' ? undefined : Number(value);
				onMove([row.memberIndex], day === ownDay ? undefined : day);
			}}
		>
			{ownDay === undefined && <option value="">{strings.undatedRound}</option>}
			{rounds.map((round) => (
				<option key={round.day} value={String(round.day)}>
					{formatDay(round.date ?? '', lang, true)}
				</option>
			))}
		</select>
	);
}
