/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel shows Cyrillic names), CRLF line
 * ends, RFC 4180 quoting, and text cells that a spreadsheet would run as a formula neutralised.
 * The separator is the one the reader's spreadsheet expects: a comma, or a semicolon where the
 * decimal mark is a comma (Russian, German or French Excel and LibreOffice split lists on `;`).
 */

/** The byte-order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = '\uFEFF';

/** The list separators a file can use. */
export type CsvSeparator = ',' | ';';

/** A cell: text is quoted and neutralised as needed; numbers are written as they are. */
export type Cell = string | number;

/**
 * Makes a text cell safe against formula injection: a cell starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return is run as a formula by spreadsheet programs, so it gets a leading `'`
 * (OWASP's advice), which spreadsheets show as text.
 * @example neutralizeFormula('=HYPERLINK("http://evil")') → "'=HYPERLINK(\"http://evil\")"
 */
export function neutralizeFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Quotes a cell when it holds either separator, a quote or a line break, doubling inner quotes,
 * so that one file reads the same whichever separator a spreadsheet splits on.
 * @example quoteCell('Smith; "Jo"') → '"Smith; ""Jo"""'
 */
export function quoteCell(text: string): string {
	return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV text, starting with the byte-order mark.
 * @example toCsv([['Name', 'Score'], ['Anna', 80]]) → '\uFEFFName,Score\r\nAnna,80\r\n'
 * @example toCsv([['Имя', 'Балл'], ['Анна', 80]], ';') → '\uFEFFИмя;Балл\r\nАнна;80\r\n'
 */
export function toCsv(rows: readonly (readonly Cell[])[], separator: CsvSeparator = ','): string {
	const body = rows
		.map((row) =>
			row
				.map((cell) =>
					typeof cell === 'number' ? String(cell) : quoteCell(neutralizeFormula(cell))
				)
				.join(separator)
		)
		.join('\r\n');
	return `${BOM}${body}\r\n`;
}
