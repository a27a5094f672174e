/**
 * The team's CSV opens as columns in a real spreadsheet (#11): LibreOffice Calc reads each export
 * with the list separator a spreadsheet of that locale uses (`;` in Russian, German or French
 * Excel and LibreOffice; `,` in English) and writes it back out, and the names, numbers and
 * Cyrillic come back cell for cell. `npm test` installs LibreOffice (`libreoffice-calc-nogui`)
 * where it may (`scripts/lib/test-deps.ts`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { makeResult } from './support/codes';
import { test, expect } from './support/fixtures';
import { t } from './support/strings';
import { showNames } from './support/team';
import { findTestDependency } from '../../scripts/lib/test-deps';

/** LibreOffice's CSV filter options: separator, quote and character set as character codes. */
const FILTER = { ';': '59,34,76', ',': '44,34,76' } as const;

/**
 * Opens a CSV in LibreOffice Calc with the given separator and saves it as a plain comma CSV,
 * the way a reader's spreadsheet would split it into cells.
 */
function throughCalc(csv: string, separator: ';' | ','): string[][] {
	const dir = mkdtempSync(join(tmpdir(), 'clientship-calc-'));
	const input = join(dir, 'team.csv');
	writeFileSync(input, csv);
	const out = join(dir, 'out');
	try {
		execFileSync(
			findTestDependency('libreoffice'),
			[
				`-env:UserInstallation=file://${dir}/profile`,
				'--headless',
				`--infilter=CSV:${FILTER[separator]},1`,
				'--convert-to',
				'csv:Text - txt - csv (StarCalc):44,34,76,1',
				'--outdir',
				out,
				input,
			],
			{ stdio: 'pipe', timeout: 200_000 }
		);
	} catch (error) {
		throw new Error('LibreOffice could not convert the CSV', { cause: error });
	}
	const [file] = readdirSync(out);
	return Papa.parse<string[]>(readFileSync(join(out, file ?? ''), 'utf8'), { skipEmptyLines: true })
		.data;
}

for (const [lang, button, separator] of [
	['ru', 'team.downloadCsvSemicolon', ';'],
	['en', 'team.downloadCsvComma', ','],
] as const) {
	test(`${lang}: the CSV with ${separator === ';' ? 'semicolons' : 'commas'} opens as columns in LibreOffice Calc, Cyrillic intact`, async ({
		page,
	}) => {
		test.setTimeout(240_000);
		const people = [
			makeResult('relationship-health', lang, () => 4, { name: 'Анна Смирнова; отдел "Б"' }),
			makeResult('relationship-health', lang, (i) => (i % 5) + 1, { name: '=Ёлка, Ltd' }),
		];
		await page.goto(`/${lang}/team/`);
		await expect(page.locator('form.paste button[type="submit"]')).toBeEnabled();
		await page
			.getByLabel(t(lang, 'team.linksLabel'))
			.fill(people.map((made) => `https://x.org${made.path}`).join('\n'));
		await page.getByRole('button', { name: t(lang, 'team.add') }).click();
		// The export says what the table says: names once they are shown (#22).
		await showNames(page, lang);
		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('button', { name: t(lang, button) }).click();
		const csv = readFileSync((await (await downloadPromise).path()) ?? '', 'utf8');

		const rows = throughCalc(csv, separator);
		// The first row is the header, every column named, as a header-detecting reader expects:
		// no title row above it (#22).
		const header = rows[0] ?? [];
		expect(header.slice(0, 3)).toEqual([
			t(lang, 'team.csv.round'),
			t(lang, 'team.csv.side'),
			t(lang, 'team.csv.name'),
		]);
		expect(header.at(-1)).toBe(t(lang, 'team.csv.session'));
		expect(new Set(header).size).toBe(header.length);
		const [first] = Papa.parse<Record<string, string>>(
			rows.map((row) => Papa.unparse([row])).join('\n'),
			{ header: true }
		).data;
		expect(first?.[t(lang, 'team.csv.name')]).toBe('Анна Смирнова; отдел "Б"');
		const anna = rows.find((row) => row[2] === 'Анна Смирнова; отдел "Б"');
		expect(anna, 'a name with the separator and quotes stays in one cell').toBeDefined();
		expect(anna?.slice(4, 8).map(Number)).toEqual(people[0]?.scores);
		// A name that a spreadsheet would run as a formula is kept as text.
		expect(rows.some((row) => row[2] === "'=Ёлка, Ltd")).toBe(true);
		expect(rows.some((row) => row[2] === t(lang, 'team.average'))).toBe(true);
	});
}
