/**
 * The team view: colleagues' links pasted from a chat become one table, chart and CSV (#5). The
 * results are made in Node with the site's own code (support/codes.ts): the page that makes them
 * is tested in assessments.spec.ts.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expectNoSeriousViolations } from './support/axe';
import { makeResult } from './support/codes';
import { test, expect } from './support/fixtures';
import { LANGS, type Lang } from './support/site';
import { t } from './support/strings';
import { showNames } from './support/team';

for (const lang of LANGS) {
	test(`${lang}: three colleagues’ links pasted with noise make one table, chart and CSV`, async ({
		page,
		browser,
	}) => {
		const other: Lang = lang === 'en' ? 'ru' : 'en';
		const people = [
			{ name: 'Анна', made: makeResult('relationship-health', lang, () => 5, { name: 'Анна' }) },
			{
				name: 'Борис Петров',
				made: makeResult('relationship-health', other, (i) => (i % 2 ? 1 : 4), {
					name: 'Борис Петров',
				}),
			},
			{ name: '', made: makeResult('relationship-health', lang, (i) => (i % 5) + 1) },
		];
		const link = (index: number) => `https://clientship.example${people[index]?.made.path}`;
		const pasted = [
			'[10:01] Anna: done! here it is',
			link(0),
			`[10:03] Boris: mine → ${link(1)}, sorry it was late.`,
			`someone: ${link(2)}`,
			`broken: ${link(2).replace(/(#r=2\.\d+\.\w+\.)(\d)/, (_, prefix: string, digit: string) => `${prefix}${digit === '5' ? '4' : '5'}`)}`,
			'thanks everyone 🙌',
			link(0),
		].join('\n');

		await page.goto(`/${lang}/team/`);
		await waitForTeam(page);
		await page.getByLabel(t(lang, 'team.linksLabel')).fill(pasted);
		await page.getByRole('button', { name: t(lang, 'team.add') }).click();

		await expect(page.getByText(t(lang, 'team.added', { count: 3 }))).toBeVisible();
		await expect(page.getByText(t(lang, 'team.duplicates', { count: 1 }))).toBeVisible();
		await expect(page.getByText(t(lang, 'team.linesWithoutLinks', { count: 2 }))).toBeVisible();
		// The chat leaves the screen once read; the failed line stays reported (#22).
		await expect(page.getByLabel(t(lang, 'team.linksLabel'))).toHaveValue('');
		const problems = page.getByRole('alert');
		await expect(problems.getByRole('listitem')).toHaveCount(1);
		await expect(problems).toContainText(
			t(lang, 'team.brokenLineNamed', {
				line: 5,
				label: 'broken',
				reason: t(lang, 'assessment.linkError.altered'),
			})
		);

		const table = page.locator('.team-table');
		const rows = table.locator('tbody tr:not(.stat)');
		await expect(rows).toHaveCount(3);
		// Numbered until the facilitator shows names (#22; room-safe.spec.ts has the rest).
		await expect(rows.nth(0).getByRole('rowheader')).toHaveText(
			t(lang, 'team.participant', { number: 1 })
		);
		await showNames(page, lang);
		await expect(rows.nth(0).getByRole('rowheader')).toHaveText('Анна');
		await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Борис Петров');
		await expect(rows.nth(2).getByRole('rowheader')).toHaveText(
			t(lang, 'team.colleague', { number: 1 })
		);
		// Worked out by hand from relationship-health's key (four statements per area, one reversed
		// in each, 1–5 scaled to 0–100): all 5s score 75 in every area; 4,1,4,1… scores 63, 63, 25,
		// 25; 1,2,3,4,5,1… scores 50, 69, 75, 31. Averages rounded: 63, 69, 58, 44; ranges 25, 12,
		// 50, 50 points, so the last two areas are the widest disagreement (20 points or more).
		const expected = [
			[75, 75, 75, 75],
			[63, 63, 25, 25],
			[50, 69, 75, 31],
		];
		for (const [index, scores] of expected.entries()) {
			const cells = await rows.nth(index).locator('td').allTextContents();
			expect(cells.slice(0, 4).map(Number)).toEqual(scores);
		}
		const stats = table.locator('tbody tr.stat');
		await expect(stats.nth(0).getByRole('rowheader')).toHaveText(t(lang, 'team.average'));
		await expect(stats.nth(0).locator('td')).toHaveText(['63', '69', '58', '44', /\d+/, '']);
		await expect(stats.nth(1).locator('td')).toHaveText([
			'50–75',
			'63–75',
			'25–75',
			'25–75',
			/\d+–\d+/,
			'',
		]);
		const headerClasses = await table
			.locator('thead th')
			.evaluateAll((cells) =>
				cells.slice(1, 5).map((cell) => cell.classList.contains('is-disputed'))
			);
		expect(headerClasses).toEqual([false, false, true, true]);
		await expect(page.locator('.callout.is-disputed')).toBeVisible();
		// The two lowest averages (58 and 44) carry their badge, for lesson 3's exercise (#22).
		const weakest = table.locator('thead th').filter({ hasText: t(lang, 'team.weakestBadge') });
		await expect(weakest).toHaveCount(2);
		expect(
			await table
				.locator('thead th')
				.evaluateAll((cells) =>
					cells.slice(1, 5).map((cell) => cell.classList.contains('is-weakest'))
				)
		).toEqual([false, false, true, true]);

		await expect(page.locator('.team-chart').getByRole('img')).toHaveAttribute('aria-label', /\d/);
		await expect(page.locator('.team-chart polygon.chart-shape')).toHaveCount(4);
		await expectNoSeriousViolations(page);

		// The CSV opens as columns where the list separator is `;` (Russian Excel, LibreOffice).
		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('button', { name: t(lang, 'team.downloadCsvSemicolon') }).click();
		const download = await downloadPromise;
		// A session without a name: the assessment and the day alone name the file.
		expect(download.suggestedFilename()).toMatch(
			/^clientship-relationship-health-\d{4}-\d{2}-\d{2}\.csv$/
		);
		const csv = await readFile((await download.path()) ?? '', 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
		// The first row is the header (#22).
		expect(parsed[0]?.slice(0, 3)).toEqual([
			t(lang, 'team.csv.round'),
			t(lang, 'team.csv.side'),
			t(lang, 'team.csv.name'),
		]);
		const anna = parsed.find((row) => row[2] === 'Анна');
		expect(anna?.slice(4, 8).map(Number)).toEqual([75, 75, 75, 75]);
		expect(parsed.some((row) => row[2] === t(lang, 'team.average'))).toBe(true);
		expect(parsed.some((row) => row[2] === t(lang, 'team.spread'))).toBe(true);

		const teamLink = await page.getByLabel(t(lang, 'team.teamLink')).inputValue();
		expect(page.url()).toBe(teamLink);
		const context = await browser.newContext();
		const fresh = await context.newPage();
		await fresh.goto(teamLink.replace(`/${lang}/`, `/${other}/`));
		await waitForTeam(fresh);
		await expect(fresh.locator('.team-table tbody tr:not(.stat)')).toHaveCount(3);
		expect(await fresh.locator('.team-table tbody td:not(.no-print)').allTextContents()).toEqual(
			await table.locator('tbody td:not(.no-print)').allTextContents()
		);
		await context.close();

		// Removing a person can be undone, and Back restores the table too.
		await page
			.getByRole('button', { name: t(lang, 'team.remove', { name: 'Борис Петров' }) })
			.click();
		await expect(rows).toHaveCount(2);
		expect(page.url()).not.toBe(teamLink);
		await page.getByRole('button', { name: t(lang, 'team.undo') }).click();
		await expect(rows).toHaveCount(3);
		await page.getByRole('button', { name: t(lang, 'team.clearAll') }).click();
		await expect(page.getByText(t(lang, 'team.empty'))).toBeVisible();
		await page.goBack();
		await expect(rows).toHaveCount(3);
	});
}

test('the team’s print is a handout: the table with names as text, no chart, navigation or controls (#14, #22)', async ({
	page,
}) => {
	// The browser's print dialog is not part of the page: the button's work is what it draws.
	await page.addInitScript(() => {
		window.print = () => undefined;
	});
	const made = makeResult('relationship-health', 'en', () => 3, { name: 'Anna' });
	await page.goto(`/en/team/`);
	await waitForTeam(page);
	await page.getByLabel(t('en', 'team.linksLabel')).fill(`https://x.org${made.path}`);
	await page.getByRole('button', { name: t('en', 'team.add') }).click();
	await page.getByRole('button', { name: t('en', 'team.printTeam') }).click();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByLabel(t('en', 'team.linksLabel'))).toBeHidden();
	await expect(page.getByRole('button', { name: t('en', 'team.downloadCsvComma') })).toBeHidden();
	await expect(page.locator('.team-table')).toBeVisible();
	await expect(page.locator('.team-table tbody th').first()).toHaveText('Anna');
	// Colour tells people apart only on screen: printed without background colours, it vanishes.
	await expect(page.locator('.team-chart')).toBeHidden();
	await expect(page.locator('.team-table .swatch').first()).toBeHidden();
	await expect(page.getByRole('button', { name: t('en', 'team.present') })).toBeHidden();
});

test('a name with the $ patterns of String.replace is shown as typed when its row is removed', async ({
	page,
}) => {
	const name = "$` и $'";
	const made = makeResult('relationship-health', 'ru', () => 2, { name });
	await page.goto(`/ru/team/`);
	await waitForTeam(page);
	await page.getByLabel(t('ru', 'team.linksLabel')).fill(`https://x.org${made.path}`);
	await page.getByRole('button', { name: t('ru', 'team.add') }).click();
	await showNames(page, 'ru');
	await page.getByRole('button', { name: t('ru', 'team.remove', { name }) }).click();
	// The status line: the sentence, then its Undo button.
	await expect(page.getByRole('status').filter({ hasText: name })).toContainText(
		t('ru', 'team.removed', { name })
	);
});

test('junk of any size in the text area or the address gives messages, never a crash', async ({
	page,
}) => {
	await page.goto('/en/team/#t=client-level!1.1.1..a~junk!~~');
	await waitForTeam(page);
	await expect(page.getByText(t('en', 'team.addressProblems', { count: 2 }))).toBeVisible();
	const junkLine = `${'<img src=x onerror=alert(1)> ¯\\_(ツ)_/¯ '.repeat(100)}\n`;
	await page.getByLabel(t('en', 'team.linksLabel')).fill(junkLine.repeat(60));
	await page.getByRole('button', { name: t('en', 'team.add') }).click();
	await expect(page.getByText(t('en', 'team.truncated'))).toBeVisible();

	await page
		.getByLabel(t('en', 'team.linksLabel'))
		.fill(`${junkLine.repeat(30)}https://x.org/en/assessments/client-level/#r=${'9'.repeat(5000)}`);
	await page.getByRole('button', { name: t('en', 'team.add') }).click();
	await expect(page.locator('.report')).toContainText(
		t('en', 'team.linesWithoutLinks', { count: 30 })
	);
	await expect(page.getByRole('alert')).toContainText(
		t('en', 'team.brokenLine', { line: 31, reason: t('en', 'assessment.linkError.tooLong') })
	);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await expect(page.getByText(t('en', 'team.empty'))).toBeVisible();
});

async function waitForTeam(page: import('@playwright/test').Page) {
	await expect(page.locator('.team-page astro-island')).not.toHaveAttribute('ssr', /.*/);
	await expect(page.locator('form.paste button[type="submit"]')).toBeEnabled();
}
