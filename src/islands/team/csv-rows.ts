/**
 * The rows of a team's CSV export, from the same view the page shows: a title line with the day of
 * the export, then per round each person's scores and the team's average and spread, the client's
 * view and the gap where there is one, and the agreed actions after the table.
 */
import { fill } from '../../i18n/plural';
import type { Cell } from './csv';
import type { CsvStrings } from './strings';
import type { GroupView, PersonRow, RoundView } from './group-view';

/** The words of the export, in the page's language. */
/** An agreed action as the export writes it. */
export interface CsvAction {
	what: string;
	who: string;
	due: string;
	area: string;
}

/**
 * The export's rows. Days are written `YYYY-MM-DD`, which every spreadsheet reads as a date.
 * @example teamCsvRows(view, ['Respect', 'Belief'], 'How healthy…', '2026-11-30', [], strings)[1] → ['Round', 'Side', 'Name', 'Date', 'Respect', 'Belief', 'Overall', 'Result']
 */
export function teamCsvRows(
	view: GroupView,
	dimensions: readonly string[],
	title: string,
	today: string,
	actions: readonly CsvAction[],
	strings: CsvStrings
): Cell[][] {
	const rounds = [...view.rounds, ...(view.undated ? [view.undated] : [])];
	const header: Cell[] = [
		strings.round,
		strings.side,
		strings.name,
		strings.date,
		...dimensions,
		strings.overall,
		strings.band,
	];
	const rows: Cell[][] = [[fill(strings.title, { title, date: today })], header];
	for (const round of rounds) rows.push(...roundRows(round, strings));
	if (view.change) {
		// Points, as numbers a spreadsheet can sum: the same change the table shows with arrows.
		const label = fill(strings.change, { date: view.change.since });
		rows.push(['', '', label, '', ...view.change.changes.map((change) => change.delta), '', '']);
	}
	if (actions.length > 0) {
		rows.push(
			[],
			[strings.actionsHeading],
			[strings.actionWhat, strings.actionWho, strings.actionDue, strings.actionArea]
		);
		for (const action of actions) rows.push([action.what, action.who, action.due, action.area]);
	}
	return rows;
}

function roundRows(round: RoundView, strings: CsvStrings): Cell[][] {
	const label = round.date ?? strings.undated;
	const person = (row: PersonRow): Cell[] => [
		label,
		row.side === 'client' ? strings.clientSide : strings.agencySide,
		row.name,
		row.date ?? '',
		...row.scores.dimensions,
		row.scores.overall,
		row.scores.bandTitle,
	];
	const rows: Cell[][] = round.agency.map(person);
	if (round.agency.length > 0) {
		const { summary } = round;
		rows.push([
			label,
			strings.agencySide,
			strings.average,
			'',
			...summary.dimensions.map((d) => d.average),
			summary.overallAverage,
			summary.overallBandTitle,
		]);
		rows.push([
			label,
			strings.agencySide,
			strings.spread,
			'',
			...summary.dimensions.map((d) => `${d.min}–${d.max}`),
			spreadOf(round.agency),
			'',
		]);
	}
	rows.push(...round.client.map(person));
	if (round.clientSummary) {
		const summary = round.clientSummary;
		rows.push([
			label,
			strings.clientSide,
			strings.clientAverage,
			'',
			...summary.dimensions.map((d) => d.average),
			summary.overallAverage,
			summary.overallBandTitle,
		]);
	}
	if (round.gaps) {
		rows.push([label, '', strings.gap, '', ...round.gaps.map((gap) => gap.gap), '', '']);
	}
	return rows;
}

function spreadOf(rows: readonly PersonRow[]): string {
	const overall = rows.map((row) => row.scores.overall);
	return `${Math.min(...overall)}–${Math.max(...overall)}`;
}
