/** The team view: colleagues' links pasted from a chat become one table, chart and CSV (#5). */
import { readFile } from 'node:fs/promises';
import type { Browser } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { completeByKeyboard, readScores, waitForIsland } from './support/assessment';
import { test, expect } from './support/fixtures';
import { LANGS, type Lang } from './support/site';

const TEXT = {
	en: {
		linksLabel: 'Colleagues’ share links',
		add: 'Add to the table',
		added: '3 results added.',
		average: 'Team average',
		spread: 'Spread',
		colleague: 'Colleague 1',
		problem: /Line 6: there is no share link in it\./,
		broken: /Line 5: /,
		csv: 'Download as CSV',
		teamLink: 'Team link',
		remove: 'Remove Борис Петров',
	},
	ru: {
		linksLabel: 'Ссылки коллег',
		add: 'Добавить в таблицу',
		added: 'Добавлено 3 результата.',
		average: 'Среднее по команде',
		spread: 'Разброс',
		colleague: 'Коллега 1',
		problem: /Строка 6: в ней нет ссылки на результат\./,
		broken: /Строка 5: /,
		csv: 'Скачать в CSV',
		teamLink: 'Ссылка на таблицу',
		remove: 'Убрать: Борис Петров',
	},
};

interface Made {
	link: string;
	scores: number[];
}

/** Takes relationship-health in a fresh browser, as one colleague, and returns the share link and scores. */
async function makeResult(
	browser: Browser,
	lang: Lang,
	name: string,
	choose: (index: number) => number
): Promise<Made> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`/${lang}/assessments/relationship-health/`);
	const island = page.locator('.self-assessment');
	await waitForIsland(island);
	await completeByKeyboard(page, island, (index) => choose(index));
	const result = island.locator('.result');
	const scores = (await readScores(result)).map((line) => Number(/\d+/.exec(line)?.[0]));
	if (name)
		await island
			.getByLabel(lang === 'en' ? 'Your name (optional)' : 'Ваше имя (необязательно)')
			.fill(name);
	const link = await island.locator('.share input[readonly]').inputValue();
	await context.close();
	return { link, scores };
}

for (const lang of LANGS) {
	test(`${lang}: three colleagues’ links pasted with noise make one table, chart and CSV`, async ({
		page,
		browser,
	}) => {
		test.setTimeout(90_000);
		const other: Lang = lang === 'en' ? 'ru' : 'en';
		const people = [
			{ name: 'Анна', made: await makeResult(browser, lang, 'Анна', () => 5) },
			{
				name: 'Борис Петров',
				made: await makeResult(browser, other, 'Борис Петров', (i) => (i % 2 ? 1 : 4)),
			},
			{ name: '', made: await makeResult(browser, lang, '', (i) => (i % 5) + 1) },
		];
		const pasted = [
			'[10:01] Anna: done! here it is',
			`${people[0]?.made.link}`,
			`[10:03] Boris: mine → ${people[1]?.made.link}, sorry it was late.`,
			`someone: ${people[2]?.made.link}`,
			`broken: ${people[2]?.made.link.replace(/#r=1\.1\.(\d)/, (_, digit: string) => `#r=1.1.${digit === '5' ? '4' : '5'}`)}`,
			'thanks everyone 🙌',
			`${people[0]?.made.link}`,
		].join('\n');

		await page.goto(`/${lang}/team/`);
		await waitForTeam(page);
		await page.getByLabel(TEXT[lang].linksLabel).fill(pasted);
		await page.getByRole('button', { name: TEXT[lang].add }).click();

		await expect(page.getByText(TEXT[lang].added)).toBeVisible();
		const problems = page.getByRole('alert');
		await expect(problems).toContainText(TEXT[lang].problem);
		await expect(problems).toContainText(TEXT[lang].broken);
		await expect(problems.getByRole('listitem')).toHaveCount(3);

		const table = page.locator('.team-table');
		const rows = table.locator('tbody tr');
		await expect(rows).toHaveCount(3);
		await expect(rows.nth(0).getByRole('rowheader')).toHaveText('Анна');
		await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Борис Петров');
		await expect(rows.nth(2).getByRole('rowheader')).toHaveText(TEXT[lang].colleague);
		for (const [index, person] of people.entries()) {
			const cells = await rows.nth(index).locator('td').allTextContents();
			expect(cells.slice(0, 4).map(Number)).toEqual(person.made.scores);
		}

		const columns = [0, 1, 2, 3].map((column) =>
			people.map((person) => person.made.scores[column] ?? 0)
		);
		const averages = columns.map((scores) =>
			Math.round(scores.reduce((a, b) => a + b, 0) / scores.length)
		);
		const ranges = columns.map((scores) => `${Math.min(...scores)}–${Math.max(...scores)}`);
		await expect(table.locator('tfoot tr').nth(0).locator('td')).toHaveText([
			...averages.map(String),
			/\d+/,
			'',
		]);
		await expect(table.locator('tfoot tr').nth(1).locator('td')).toHaveText([
			...ranges,
			/\d+–\d+/,
			'',
		]);

		const spreads = columns.map((scores) => Math.max(...scores) - Math.min(...scores));
		const widest = Math.max(...spreads);
		const disputed = spreads.map((spread) => widest >= 20 && spread === widest);
		const headerClasses = await table
			.locator('thead th')
			.evaluateAll((cells) =>
				cells.slice(1, 5).map((cell) => cell.classList.contains('is-disputed'))
			);
		expect(headerClasses).toEqual(disputed);
		if (disputed.includes(true)) await expect(page.locator('.callout.is-disputed')).toBeVisible();

		await expect(page.locator('.team-chart').getByRole('img')).toHaveAttribute('aria-label', /\d/);
		await expect(page.locator('.team-chart polygon.chart-shape')).toHaveCount(4);
		await expectNoSeriousViolations(page);

		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('button', { name: TEXT[lang].csv }).click();
		const download = await downloadPromise;
		expect(download.suggestedFilename()).toBe('clientship-relationship-health.csv');
		const csv = await readFile((await download.path()) ?? '', 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(4);
		expect(lines[1]).toMatch(new RegExp(`^Анна,${people[0]?.made.scores.join(',')},\\d+,`));
		expect(lines[2]).toMatch(/^Борис Петров,/);
		expect(lines[3]).toMatch(new RegExp(`^${TEXT[lang].colleague},`));

		const teamLink = await page.getByLabel(TEXT[lang].teamLink).inputValue();
		expect(page.url()).toBe(teamLink);
		const context = await browser.newContext();
		const fresh = await context.newPage();
		await fresh.goto(teamLink.replace(`/${lang}/`, `/${other}/`));
		await waitForTeam(fresh);
		await expect(fresh.locator('.team-table tbody tr')).toHaveCount(3);
		expect(await fresh.locator('.team-table tbody td').allTextContents()).toEqual(
			await table.locator('tbody td').allTextContents()
		);
		await context.close();

		await page.getByRole('button', { name: TEXT[lang].remove }).click();
		await expect(rows).toHaveCount(2);
		expect(page.url()).not.toBe(teamLink);
	});
}

test('the team view prints as a handout: tables and chart, no navigation or controls', async ({
	page,
	browser,
}) => {
	const made = await makeResult(browser, 'en', 'Anna', () => 3);
	await page.goto(`/en/team/`);
	await waitForTeam(page);
	await page.getByLabel('Colleagues’ share links').fill(made.link);
	await page.getByRole('button', { name: 'Add to the table' }).click();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByLabel('Colleagues’ share links')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Download as CSV' })).toBeHidden();
	await expect(page.locator('.team-table')).toBeVisible();
	await expect(page.locator('.team-chart svg')).toBeVisible();
});

test('junk of any size in the text area or the address gives messages, never a crash', async ({
	page,
}) => {
	await page.goto('/en/team/#t=client-level!1.1.1..a~%3Cscript%3E~~');
	await waitForTeam(page);
	await expect(
		page.getByText('2 results in the address could not be read and were left out.')
	).toBeVisible();
	const junkLine = `${'<img src=x onerror=alert(1)> ¯\\_(ツ)_/¯ '.repeat(100)}\n`;
	await page.getByLabel('Colleagues’ share links').fill(junkLine.repeat(60));
	await page.getByRole('button', { name: 'Add to the table' }).click();
	await expect(
		page.getByText('The text is very long: only its first 200,000 characters were read.')
	).toBeVisible();

	await page
		.getByLabel('Colleagues’ share links')
		.fill(`${junkLine.repeat(30)}https://x.org/en/assessments/client-level/#r=${'9'.repeat(5000)}`);
	await page.getByRole('button', { name: 'Add to the table' }).click();
	await expect(page.getByRole('alert')).toContainText('Line 1: there is no share link in it.');
	await expect(page.getByRole('alert')).toContainText(
		'Line 31: The link is far longer than any real share link'
	);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await expect(page.getByText('No results yet.')).toBeVisible();
});

async function waitForTeam(page: import('@playwright/test').Page) {
	await expect(page.locator('.team-page astro-island')).not.toHaveAttribute('ssr', /.*/);
	await expect(page.locator('form.paste button[type="submit"]')).toBeEnabled();
}
