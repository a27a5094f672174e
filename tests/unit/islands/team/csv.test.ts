import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { BOM, neutralizeFormula, quoteCell, toCsv } from '../../../../src/islands/team/csv';

const parse = (csv: string) =>
	Papa.parse<string[]>(csv.slice(BOM.length), {
		newline: '\r\n',
		skipEmptyLines: false,
	}).data.slice(0, -1);

describe('toCsv()', () => {
	test('starts with a byte-order mark and ends lines with CRLF', () => {
		expect(
			toCsv([
				['Имя', 'Итог'],
				['Анна', 80],
			])
		).toBe('\uFEFFИмя,Итог\r\nАнна,80\r\n');
	});

	test('quotes commas, quotes and line breaks', () => {
		expect(toCsv([['Smith, "Jo"\nTeam A', 1]])).toBe('\uFEFF"Smith, ""Jo""\nTeam A",1\r\n');
	});

	test('neutralises cells a spreadsheet would run as formulas', () => {
		expect(toCsv([['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'plain']])).toBe(
			"\uFEFF'=1+1,'+1,'-1,'@SUM(A1),'\tx,plain\r\n"
		);
	});

	test('any names round-trip through a CSV parser (neutralised ones with their leading quote)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 }), {
					minLength: 1,
					maxLength: 6,
				}),
				(rows) => {
					const parsed = parse(toCsv(rows));
					expect(parsed).toEqual(rows.map((row) => row.map((cell) => neutralizeFormula(cell))));
				}
			)
		);
	});

	test('no text cell can start a formula', () => {
		fc.assert(
			fc.property(fc.string(), (name) => {
				const [[cell]] = parse(toCsv([[name]])) as [[string]];
				expect(cell).not.toMatch(/^[=+\-@\t\r]/);
			})
		);
	});
});

describe('quoteCell()', () => {
	test('leaves plain text alone', () => {
		expect(quoteCell('Anna Petrova')).toBe('Anna Petrova');
	});
});
