import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import {
	BOM,
	neutralizeFormula,
	quoteCell,
	toCsv,
	type CsvSeparator,
} from '../../../../src/islands/team/csv';

/** Parses a file the way a spreadsheet whose list separator is `separator` splits it. */
const parse = (csv: string, separator: CsvSeparator = ',') =>
	Papa.parse<string[]>(csv.slice(BOM.length), {
		delimiter: separator,
		newline: '\r\n',
		skipEmptyLines: false,
	}).data.slice(0, -1);

const SEPARATORS: CsvSeparator[] = [',', ';'];

describe('toCsv()', () => {
	test('starts with a byte-order mark and ends lines with CRLF', () => {
		expect(
			toCsv([
				['Имя', 'Итог'],
				['Анна', 80],
			])
		).toBe('\uFEFFИмя,Итог\r\nАнна,80\r\n');
	});

	test('separates cells with a semicolon where the spreadsheet expects one (#11)', () => {
		expect(
			toCsv(
				[
					['Имя', 'Итог'],
					['Анна', 80],
				],
				';'
			)
		).toBe('\uFEFFИмя;Итог\r\nАнна;80\r\n');
	});

	test('quotes commas, quotes and line breaks', () => {
		expect(toCsv([['Smith, "Jo"\nTeam A', 1]])).toBe('\uFEFF"Smith, ""Jo""\nTeam A",1\r\n');
	});

	test('quotes both separators, whichever the file uses', () => {
		expect(toCsv([['a;b', 'c,d', 'e']], ',')).toBe('\uFEFF"a;b","c,d",e\r\n');
		expect(toCsv([['a;b', 'c,d', 'e']], ';')).toBe('\uFEFF"a;b";"c,d";e\r\n');
	});

	test('writes numbers as they are, negative ones too', () => {
		expect(toCsv([[-30, 0, 100]], ';')).toBe('\uFEFF-30;0;100\r\n');
		expect(parse(toCsv([[-30, 0, 100]], ';'), ';')).toEqual([['-30', '0', '100']]);
	});

	test('neutralises cells a spreadsheet would run as formulas', () => {
		expect(toCsv([['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'plain']])).toBe(
			"\uFEFF'=1+1,'+1,'-1,'@SUM(A1),'\tx,plain\r\n"
		);
		expect(toCsv([['=1+1', '\rx', 'plain']], ';')).toBe(`\uFEFF'=1+1;"'\rx";plain\r\n`);
	});

	test.each(SEPARATORS)(
		'any names round-trip through a CSV parser split on %s (neutralised ones with their leading quote)',
		(separator) => {
			fc.assert(
				fc.property(
					fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 }), {
						minLength: 1,
						maxLength: 6,
					}),
					(rows) => {
						const parsed = parse(toCsv(rows, separator), separator);
						expect(parsed).toEqual(rows.map((row) => row.map((cell) => neutralizeFormula(cell))));
					}
				)
			);
		}
	);

	test.each(SEPARATORS)(
		'keeps Cyrillic and separators inside names intact, split on %s',
		(separator) => {
			const rows = [
				['Имя', 'Уважение', 'Итог'],
				['Олег «Тимлид» Петров-Водкин, отдел прода', '50–75', 'Прочные; со слабыми местами'],
				['=Анна', 'Ёлка "ёлка"', 'строка\nвторая'],
			];
			expect(parse(toCsv(rows, separator), separator)).toEqual(
				rows.map((row) => row.map((cell) => neutralizeFormula(cell)))
			);
		}
	);

	test.each(SEPARATORS)('no text cell can start a formula, split on %s', (separator) => {
		fc.assert(
			fc.property(fc.string(), (name) => {
				const [[cell]] = parse(toCsv([[name]], separator), separator) as [[string]];
				expect(cell).not.toMatch(/^[=+\-@\t\r]/);
			})
		);
	});
});

describe('quoteCell()', () => {
	test('leaves plain text alone', () => {
		expect(quoteCell('Anna Petrova')).toBe('Anna Petrova');
		expect(quoteCell('Анна Петрова')).toBe('Анна Петрова');
	});

	test('quotes either separator, quotes and line breaks, doubling inner quotes', () => {
		expect(quoteCell('Smith; "Jo"')).toBe('"Smith; ""Jo"""');
		expect(quoteCell('a,b')).toBe('"a,b"');
		expect(quoteCell('a\r\nb')).toBe('"a\r\nb"');
	});
});

describe('neutralizeFormula()', () => {
	test('puts a quote before what a spreadsheet would run, and nothing else', () => {
		expect(neutralizeFormula('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
		expect(neutralizeFormula('-1')).toBe("'-1");
		expect(neutralizeFormula('Анна')).toBe('Анна');
		expect(neutralizeFormula('')).toBe('');
	});
});
