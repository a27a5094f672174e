/**
 * The rows of a team's CSV export, from the same view the page shows. The first row is the header,
 * as spreadsheets, pandas and import wizards expect (the day of the export and the assessment are
 * in the file's name); then per round each person's scores and the team's average and spread, the
 * client's view and the gap where there is one, each row ending with the session's name, so that
 * a year of exports says which client each is about; the agreed actions come after the table,
 * each with its status beside it and the round it was agreed in.
 */
import { fill } from '../../i18n/plural';
import type { Cell } from './csv';
import type { CsvStrings } from './strings';
import type { GroupView, PersonRow, RoundView } from './group-view';

/** An agreed action as the export writes it. */
export interface CsvAction {
	what: string;
	/** Where it stands, in words. */
	status: string;
	who: string;
	due: string;
	area: string;
	/** The first day of the round it was agreed in, `YYYY-MM-DD`, or empty. */
	round: string;
}

/**
 * The export's rows. Days are written `YYYY-MM-DD`, which every spreadsheet reads as a date.
 * @example teamCsvRows(view, ['Respect', 'Belief'], 'Northwind', [], strings)[0] → ['Round', 'Side', 'Name', 'Date', 'Respect', 'Belief', 'Overall', 'Result', 'Session']
 */
export function teamCsvRows(
	view: GroupView,
	dimensions: readonly string[],
	session: string,
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
		strings.session,
	];
	const table: Cell[][] = [];
	for (const round of rounds) table.push(...roundRows(round, strings));
	if (view.change) {
		// Points, as numbers a spreadsheet can sum: the same change the table shows with arrows.
		const label = fill(strings.change, { date: view.change.since });
		table.push(['', '', label, '', ...view.change.changes.map((change) => change.delta), '', '']);
	}
	const rows: Cell[][] = [header, ...table.map((row) => [...row, session])];
	if (actions.length > 0) {
		rows.push(
			[],
			[strings.actionsHeading],
			[
				strings.actionWhat,
				strings.actionStatus,
				strings.actionWho,
				strings.actionDue,
				strings.actionArea,
				strings.actionRound,
			]
		);
		for (const action of actions) {
			rows.push([action.what, action.status, action.who, action.due, action.area, action.round]);
		}
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
