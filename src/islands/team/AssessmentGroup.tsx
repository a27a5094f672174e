/**
 * One assessment in the team view: where the team disagrees most (asking the room, never singling
 * anyone out), the table of people per round, the client's view and the perception gap, the
 * chart, and the CSV export.
 */
import type { ComponentChildren } from 'preact';
import type { AssessmentModel } from '../assessment/model';
import { localDay } from '../../links/result-days';
import { buildGroupView, countPeople, withNumberedNames, type GroupView } from './group-view';
import type { Member } from './team-merge';
import type { TeamStrings } from './strings';
import { teamCsvRows, type CsvAction } from './csv-rows';
import { toCsv, type CsvSeparator } from './csv';
import { downloadText } from '../../client/download';
import { fileNamePart } from '../../links/session-name';
import { fill, plural } from '../../i18n/plural';
import { formatDay } from '../../i18n/dates';
import ScoreChart, { type ChartSeries } from '../chart/ScoreChart';
import { seriesColor } from '../chart/chart-geometry';
import TeamTable from './TeamTable';
import GapPanel from './GapPanel';
import type { Locale } from '../../i18n/locales';

export interface Props {
	lang: Locale;
	model: AssessmentModel;
	/** The client's side of the assessment, if it has one. */
	client?: AssessmentModel | undefined;
	members: readonly Member[];
	/**
	 * Whether people appear by name; else as "Participant 1"… on the page and in the export
	 * (room-safe by default, DESIGN.md "Team sessions in the room").
	 */
	showNames: boolean;
	/** The agreed actions, as the export writes them. */
	actions: readonly CsvAction[];
	/** The session's name, for the export's column and file name; empty when it has none. */
	session: string;
	strings: TeamStrings;
	onRemove: (memberIndex: number, name: string) => void;
	onMove: (memberIndexes: readonly number[], roundDay: number | undefined) => void;
	/** Switches this assessment into presenter mode. */
	onPresent: (assessmentId: string) => void;
	/** The undo of a row just removed from this table, shown under it. */
	undo?: ComponentChildren;
	/** The reader's own rows, by member index, marked "You" (#22). */
	own?: ReadonlySet<number> | undefined;
}

export default function AssessmentGroup({
	lang,
	model,
	client,
	members,
	showNames,
	actions,
	session,
	strings,
	onRemove,
	onMove,
	onPresent,
	undo,
	own,
}: Props) {
	const named = buildGroupView(model, client, members, {
		colleague: strings.colleague,
		client: strings.clientPerson,
	});
	if (!named) return null;
	const view = showNames
		? named
		: withNumberedNames(named, { participant: strings.participant, client: strings.clientPerson });
	const headingId = `team-${model.id}`;
	const { current } = view;
	const disputed = current.summary.dimensions.filter((dimension) => dimension.isMostDisputed);
	const roundCount = view.rounds.length;
	const count = countPeople(view);
	const people =
		count.client > 0
			? plural(lang, strings.clientSide, count.client, {
					people: plural(lang, strings.people, count.agency),
				})
			: plural(lang, strings.people, count.agency);
	const download = (separator: CsvSeparator) => {
		const today = localDay(new Date());
		const rows = teamCsvRows(
			view,
			model.dimensions.map((dimension) => dimension.label),
			session,
			actions,
			strings.csv
		);
		// The file says what the header row no longer does: which session, which assessment, when.
		const name = ['clientship', fileNamePart(session), model.id, today].filter(Boolean).join('-');
		downloadText(toCsv(rows, separator), `${name}.csv`, 'text/csv');
	};

	return (
		<section class="team-group" aria-labelledby={headingId}>
			<div class="group-head">
				<h2 id={headingId}>{model.title}</h2>
				<button
					type="button"
					class="button present-button no-print"
					onClick={() => onPresent(model.id)}
				>
					{strings.present}
				</button>
			</div>
			<p class="group-meta">
				{people}
				{roundCount > 1 && <> · {plural(lang, strings.rounds, roundCount)}</>}
			</p>
			<p class="print-only">
				{fill(strings.handoutDate, {
					date: formatDay(localDay(new Date()), lang),
					people,
				})}
			</p>

			{current.agency.length === 1 && view.people.length === 1 ? (
				<p class="callout">{strings.onePerson}</p>
			) : disputed.length > 0 ? (
				<div class="callout is-disputed">
					<p>
						<strong>
							{fill(strings.disputed, {
								areas: disputed
									.map((dimension) => `${dimension.label} (${dimension.min}–${dimension.max})`)
									.join(', '),
							})}
						</strong>
					</p>
					<p>{strings.discussion}</p>
				</div>
			) : current.agency.length > 1 ? (
				<p class="callout">{strings.agreement}</p>
			) : null}

			<TeamTable
				lang={lang}
				model={model}
				view={view}
				strings={strings}
				onRemove={onRemove}
				onMove={onMove}
				own={own}
			/>
			{undo}

			{current.gaps && <GapPanel gaps={current.gaps} strings={strings} />}

			<figure class="team-chart no-print">
				<ScoreChart
					dimensions={model.dimensions.map((dimension) => dimension.label)}
					series={chartSeries(view, lang, strings)}
					summary={fill(strings.chartSummary, {
						scores: current.summary.dimensions
							.map(
								(dimension) =>
									`${dimension.label}: ${dimension.average} (${dimension.min}–${dimension.max})`
							)
							.join('; '),
					})}
				/>
				<figcaption>
					<Legend series={chartSeries(view, lang, strings)} />
				</figcaption>
			</figure>

			<div class="csv no-print">
				<p class="hint">{strings.csvHint}</p>
				<p class="csv-buttons">
					<button type="button" class="button secondary" onClick={() => download(';')}>
						{strings.downloadCsvSemicolon}
					</button>
					<button type="button" class="button secondary" onClick={() => download(',')}>
						{strings.downloadCsvComma}
					</button>
				</p>
			</div>
		</section>
	);
}

/**
 * The chart's shapes: with one round, one per person and the dashed average; with several rounds,
 * one per round (the latest solid, earlier ones dashed); the client's view dotted.
 */
function chartSeries(view: GroupView, lang: Locale, strings: TeamStrings): ChartSeries[] {
	const { current } = view;
	const averages = (round: GroupView['current']) =>
		round.summary.dimensions.map((dimension) => dimension.average);
	const series: ChartSeries[] = [];
	const datedWithAgency = view.rounds.filter((round) => round.agency.length > 0);
	if (datedWithAgency.length > 1) {
		datedWithAgency.forEach((round, index) => {
			const isLatest = index === datedWithAgency.length - 1;
			series.push({
				label: fill(strings.roundLabel, { date: formatDay(round.date ?? '', lang, true) }),
				scores: averages(round),
				color: isLatest ? 'var(--color-text)' : seriesColor(index),
				...(isLatest ? {} : { pattern: 'dashed' as const }),
			});
		});
	} else if (current.gaps) {
		series.push({
			label: strings.agencyAverage,
			scores: averages(current),
			color: 'var(--chart-1)',
		});
	} else {
		current.agency.forEach((row) =>
			series.push({ label: row.name, scores: row.scores.dimensions })
		);
		if (current.agency.length > 1) {
			series.push({ label: strings.legendAverage, scores: averages(current), isAverage: true });
		}
	}
	if (current.clientSummary) {
		series.push({
			label: strings.clientAverage,
			scores: current.clientSummary.dimensions.map((dimension) => dimension.average),
			color: 'var(--chart-2)',
			pattern: 'dotted',
		});
	}
	return series;
}

/** The chart's key: a swatch with the shape's line pattern and its name, for each shape. */
function Legend({ series }: { series: ChartSeries[] }) {
	return (
		<ul class="legend">
			{series.map((item, index) => (
				<li key={index}>
					<span
						class={['swatch', item.isAverage && 'is-average', item.pattern && `is-${item.pattern}`]
							.filter(Boolean)
							.join(' ')}
						style={{ '--series-color': item.color ?? seriesColor(index) }}
						aria-hidden="true"
					/>
					{item.label}
				</li>
			))}
		</ul>
	);
}
