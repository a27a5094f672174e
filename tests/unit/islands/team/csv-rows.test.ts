import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { teamCsvRows, type CsvAction } from '../../../../src/islands/team/csv-rows';
import { BOM, neutralizeFormula, toCsv, type Cell } from '../../../../src/islands/team/csv';
import {
	buildGroupView,
	type GroupView,
	type PersonRow,
} from '../../../../src/islands/team/group-view';
import type { Member } from '../../../../src/islands/team/team-merge';
import { teamStrings } from '../../../../src/lib/island-strings';
import { member, sidesOf } from '../../support/members';

const en = teamStrings('en');
const ru = teamStrings('ru');

const rh = (options: Parameters<typeof member>[1]) => member('relationship-health', options);

/** Two rounds (December and February), a client in February, and an undated result. */
const MEMBERS: Member[] = [
	rh({ date: '2026-12-01', seed: 1, name: 'Анна Смирнова' }),
	rh({ date: '2026-12-03', seed: 2 }),
	rh({ date: '2027-02-01', seed: 3, name: 'Анна Смирнова' }),
	rh({ date: '2027-02-02', seed: 4, name: '=HYPERLINK("x")' }),
	rh({ date: '2027-02-03', seed: 5, side: 'client', name: 'Ольга; «Заказчик»' }),
	rh({ seed: 6, name: 'Борис' }),
];

function groupView(lang: 'en' | 'ru'): { view: GroupView; dimensions: string[] } {
	const { agency, client } = sidesOf('relationship-health', lang);
	const strings = lang === 'en' ? en : ru;
	const view = buildGroupView(agency, client, MEMBERS, {
		colleague: strings.colleague,
		client: strings.clientPerson,
	});
	if (!view) throw new Error('no view');
	return { view, dimensions: agency.dimensions.map((d) => d.label) };
}

const SESSION = 'Северный ветер';

const ACTIONS: CsvAction[] = [
	{
		what: 'Позвонить клиенту; обсудить бриф',
		status: 'Сделано',
		who: 'Анна',
		due: '2027-02-15',
		area: 'Уважение',
		round: '2027-01-20',
	},
	{ what: '=cmd|" /C calc"!A0', status: 'Не начато', who: '', due: '', area: '', round: '' },
];

const rowsOf = (lang: 'en' | 'ru', actions: CsvAction[] = []) => {
	const { view, dimensions } = groupView(lang);
	const strings = (lang === 'en' ? en : ru).csv;
	return {
		view,
		strings,
		rows: teamCsvRows(view, dimensions, SESSION, actions, strings),
	};
};

describe('teamCsvRows()', () => {
	test('starts with the header, naming each dimension and the session: no title above it (#22)', () => {
		const { rows, strings } = rowsOf('ru');
		const { dimensions } = groupView('ru');
		expect(rows[0]).toEqual([
			strings.round,
			strings.side,
			strings.name,
			strings.date,
			...dimensions,
			strings.overall,
			strings.band,
			strings.session,
		]);
		expect(rows[0]).toContain('Уважение');
	});

	test('names each column once in both languages, so a header-detecting reader keeps them all (#22)', () => {
		for (const lang of ['en', 'ru'] as const) {
			const [header = []] = rowsOf(lang).rows;
			expect(new Set(header).size, lang).toBe(header.length);
		}
	});

	test('writes the session’s name on every row of the table, and an empty cell when it has none', () => {
		const { rows } = rowsOf('en');
		const width = rows[0]?.length ?? 0;
		for (const row of rows.slice(1)) expect(row[width - 1]).toBe(SESSION);
		const { view, dimensions } = groupView('en');
		const unnamed = teamCsvRows(view, dimensions, '', [], en.csv);
		for (const row of unnamed.slice(1)) expect(row[width - 1]).toBe('');
	});

	test('writes per round each person, the average and the spread, then the client and the gap', () => {
		const { rows, strings, view } = rowsOf('en');
		const [december, february] = view.rounds;
		if (!december || !february || !view.undated) throw new Error('expected two rounds and undated');
		const person = (label: string, row: PersonRow): Cell[] => [
			label,
			row.side === 'client' ? strings.clientSide : strings.agencySide,
			row.name,
			row.date ?? '',
			...row.scores.dimensions,
			row.scores.overall,
			row.scores.bandTitle,
			SESSION,
		];
		const averageRow = (label: string, round: typeof december): Cell[] => [
			label,
			strings.agencySide,
			strings.average,
			'',
			...round.summary.dimensions.map((d) => d.average),
			round.summary.overallAverage,
			round.summary.overallBandTitle,
			SESSION,
		];
		const spreadRow = (label: string, round: typeof december): Cell[] => {
			const overall = round.agency.map((row) => row.scores.overall);
			return [
				label,
				strings.agencySide,
				strings.spread,
				'',
				...round.summary.dimensions.map((d) => `${d.min}–${d.max}`),
				`${Math.min(...overall)}–${Math.max(...overall)}`,
				'',
				SESSION,
			];
		};
		const client = february.clientSummary;
		if (!client || !february.gaps) throw new Error('expected the client in February');
		expect(rows.slice(1, -1)).toEqual([
			...december.agency.map((row) => person('2026-12-01', row)),
			averageRow('2026-12-01', december),
			spreadRow('2026-12-01', december),
			...february.agency.map((row) => person('2027-02-01', row)),
			averageRow('2027-02-01', february),
			spreadRow('2027-02-01', february),
			...february.client.map((row) => person('2027-02-01', row)),
			[
				'2027-02-01',
				strings.clientSide,
				strings.clientAverage,
				'',
				...client.dimensions.map((d) => d.average),
				client.overallAverage,
				client.overallBandTitle,
				SESSION,
			],
			['2027-02-01', '', strings.gap, '', ...february.gaps.map((gap) => gap.gap), '', '', SESSION],
			...view.undated.agency.map((row) => person(strings.undated, row)),
			averageRow(strings.undated, view.undated),
			spreadRow(strings.undated, view.undated),
		]);
		expect(rows[1]?.slice(0, 4)).toEqual(['2026-12-01', 'Agency', 'Анна Смирнова', '2026-12-01']);
		expect(rows[2]?.slice(0, 3)).toEqual(['2026-12-01', 'Agency', 'Colleague 1']);
	});

	test('gives every row of the table as many cells as the header', () => {
		const { rows } = rowsOf('ru');
		const width = rows[0]?.length ?? 0;
		for (const row of rows.slice(1)) expect(row).toHaveLength(width);
	});

	test('writes the change between the last two rounds (DESIGN.md “Rounds”) as numbers a spreadsheet sums', () => {
		const { rows, strings, view } = rowsOf('en');
		const deltas = view.change?.changes.map((change) => change.delta) ?? [];
		expect(deltas).toHaveLength(4);
		const label = strings.change.replace('{{date}}', view.change?.since ?? '');
		const changeRow = rows.find((row) => row[2] === label);
		// Plain numbers, never the table's "+12" text: a spreadsheet reads them as numbers.
		expect(changeRow).toEqual(['', '', label, '', ...deltas, '', '', SESSION]);
		for (const cell of changeRow?.slice(4, 8) ?? []) expect(typeof cell).toBe('number');
	});

	test('ends with the agreed actions, after an empty line, each with its status beside it (#22)', () => {
		const { rows, strings } = rowsOf('ru', ACTIONS);
		expect(rows.slice(-5)).toEqual([
			[],
			[strings.actionsHeading],
			[
				strings.actionWhat,
				strings.actionStatus,
				strings.actionWho,
				strings.actionDue,
				strings.actionArea,
				strings.actionRound,
			],
			[
				'Позвонить клиенту; обсудить бриф',
				'Сделано',
				'Анна',
				'2027-02-15',
				'Уважение',
				'2027-01-20',
			],
			['=cmd|" /C calc"!A0', 'Не начато', '', '', '', ''],
		]);
		expect(rowsOf('ru').rows.some((row) => row[0] === strings.actionsHeading)).toBe(false);
	});
});

describe('teamCsvRows() through toCsv()', () => {
	const parse = (csv: string, delimiter: string) =>
		Papa.parse<string[]>(csv.slice(BOM.length), { delimiter, newline: '\r\n' }).data.slice(0, -1);
	const asText = (rows: Cell[][]) =>
		rows.map((row) =>
			row.length === 0
				? ['']
				: row.map((cell) => (typeof cell === 'number' ? String(cell) : neutralizeFormula(cell)))
		);

	test.each([
		['ru', ';'],
		['en', ','],
		['ru', ','],
		['en', ';'],
	] as const)(
		'the %s export split on “%s” gives the same cells back, Cyrillic intact',
		(lang, separator) => {
			const { rows } = rowsOf(lang, ACTIONS);
			const csv = toCsv(rows, separator);
			expect(csv.startsWith(BOM)).toBe(true);
			const parsed = parse(csv, separator);
			expect(parsed).toEqual(asText(rows));
			expect(parsed.flat()).toContain('Ольга; «Заказчик»');
			expect(parsed.flat()).toContain('Анна Смирнова');
			expect(parsed.flat()).toContain(`'=HYPERLINK("x")`);
		}
	);
});
