import { describe, expect, test } from 'vitest';
import {
	actionRows,
	areaLabel,
	csvActions,
	statusLabels,
} from '../../../../src/islands/team/handout';
import { teamCsvRows } from '../../../../src/islands/team/csv-rows';
import { toCsv } from '../../../../src/islands/team/csv';
import type { AgreedAction } from '../../../../src/links/actions';

const models = [
	{
		id: 'relationship-health',
		title: 'How healthy is your client relationship?',
		dimensions: [
			{ id: 'respect', label: 'Respect' },
			{ id: 'belief', label: 'Belief in the product' },
		],
	},
	{ id: 'client-level', title: 'Client level', dimensions: [{ id: 'access', label: 'Access' }] },
];
const actions: AgreedAction[] = [
	{
		what: '<b>Call</b> Ilze about the smoking line',
		who: 'Tomás',
		due: '2027-03-15',
		area: { assessmentId: 'relationship-health', dimensionId: 'belief' },
		status: 'in-progress',
		round: '2027-03-10',
	},
	{ what: 'Book the next check', who: '', due: '' },
	{
		what: 'Meet the new CMO',
		who: 'Līga',
		due: '',
		area: { assessmentId: 'gone', dimensionId: 'away' },
	},
];

const labels = statusLabels({
	statusOpen: 'Open',
	statusInProgress: 'In progress',
	statusDone: 'Done',
	statusDropped: 'Dropped',
});

describe('areaLabel()', () => {
	test('names the dimension, with its assessment when the view holds several', () => {
		const area = { assessmentId: 'relationship-health', dimensionId: 'respect' };
		expect(areaLabel(area, models, false)).toBe('Respect');
		expect(areaLabel(area, models, true)).toBe('How healthy is your client relationship?: Respect');
		expect(areaLabel({ assessmentId: 'client-level', dimensionId: 'nope' }, models, false)).toBe(
			''
		);
		expect(areaLabel(undefined, models, false)).toBe('');
	});
});

describe('actionRows()', () => {
	test('numbers the actions and writes their days in words, in the page’s language', () => {
		const [first, second, third] = actionRows(actions, models.slice(0, 1), 'ru', labels);
		expect(first).toEqual({
			number: 1,
			what: '<b>Call</b> Ilze about the smoking line',
			who: 'Tomás',
			due: '15 марта 2027 г.',
			area: 'Belief in the product',
			status: 'In progress',
		});
		// No status is an open action (#22).
		expect(second).toEqual({
			number: 2,
			what: 'Book the next check',
			who: '',
			due: '',
			area: '',
			status: 'Open',
		});
		expect(third?.area).toBe('');
		expect(actionRows(actions, models, 'en', labels)[0]?.due).toBe('15 March 2027');
	});
});

describe('csvActions() and the export', () => {
	test('the actions follow the table in the CSV, days as YYYY-MM-DD, markup as text', () => {
		const rows = csvActions(actions, models.slice(0, 1), labels);
		expect(rows[0]).toEqual({
			what: '<b>Call</b> Ilze about the smoking line',
			status: 'In progress',
			who: 'Tomás',
			due: '2027-03-15',
			area: 'Belief in the product',
			round: '2027-03-10',
		});
		expect(rows[1]).toMatchObject({ status: 'Open', round: '' });
		const view = { rounds: [], undated: undefined, current: undefined, people: [] } as never;
		const csv = toCsv(
			teamCsvRows(view, ['Respect'], 'Nord', rows, {
				session: 'Session',
				round: 'Round',
				side: 'Side',
				agencySide: 'Agency',
				clientSide: 'Client',
				name: 'Name',
				date: 'Date',
				overall: 'Overall',
				band: 'Result',
				average: 'Average',
				clientAverage: 'Client',
				spread: 'Spread',
				gap: 'Gap',
				change: 'Change since {{date}}',
				undated: 'No date',
				actionsHeading: 'Agreed actions',
				actionWhat: 'What',
				actionWho: 'Who',
				actionDue: 'By when',
				actionArea: 'Area',
				actionStatus: 'Status',
				actionRound: 'Agreed in the round of',
			}),
			';'
		);
		expect(csv).toMatch(/^\uFEFFRound;Side;Name;Date;Respect;Overall;Result;Session\r\n/);
		// The status beside the action (#22).
		expect(csv).toContain(
			'Agreed actions\r\nWhat;Status;Who;By when;Area;Agreed in the round of\r\n'
		);
		expect(csv).toContain(
			'<b>Call</b> Ilze about the smoking line;In progress;Tomás;2027-03-15;Belief in the product;2027-03-10'
		);
	});
});
