import { describe, expect, test } from 'vitest';
import { actionRows, areaLabel, csvActions } from '../../../../src/islands/team/handout';
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
	},
	{ what: 'Book the next check', who: '', due: '' },
	{
		what: 'Meet the new CMO',
		who: 'Līga',
		due: '',
		area: { assessmentId: 'gone', dimensionId: 'away' },
	},
];

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
		const [first, second, third] = actionRows(actions, models.slice(0, 1), 'ru');
		expect(first).toEqual({
			number: 1,
			what: '<b>Call</b> Ilze about the smoking line',
			who: 'Tomás',
			due: '15 марта 2027 г.',
			area: 'Belief in the product',
		});
		expect(second).toEqual({ number: 2, what: 'Book the next check', who: '', due: '', area: '' });
		expect(third?.area).toBe('');
		expect(actionRows(actions, models, 'en')[0]?.due).toBe('15 March 2027');
	});
});

describe('csvActions() and the export', () => {
	test('the actions follow the table in the CSV, days as YYYY-MM-DD, markup as text', () => {
		const rows = csvActions(actions, models.slice(0, 1));
		expect(rows[0]).toEqual({
			what: '<b>Call</b> Ilze about the smoking line',
			who: 'Tomás',
			due: '2027-03-15',
			area: 'Belief in the product',
		});
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
			}),
			';'
		);
		expect(csv).toMatch(/^\uFEFFRound;Side;Name;Date;Respect;Overall;Result;Session\r\n/);
		expect(csv).toContain('Agreed actions\r\nWhat;Who;By when;Area\r\n');
		expect(csv).toContain(
			'<b>Call</b> Ilze about the smoking line;Tomás;2027-03-15;Belief in the product'
		);
	});
});
