/**
 * The follow-up round (#22): each agreed action has a status (open, in progress, done, dropped),
 * set with a select, kept on this device and in the team link, written in the CSV beside the
 * action and printed in words; a view with a later round opens on the earlier round's actions
 * to review, with how their dimension moved; presenter mode names the two weakest averages and,
 * on the widest perception gap's slide, asks the client-first question; both prints mark the two
 * weakest and keep to one A4 page. Results are made in Node (support/codes.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page, TestInfo } from '@playwright/test';
import { makeResult, modelOf } from './support/codes';
import { assessmentModels } from '../../scripts/lib/assessment-models';
import { expectNoSeriousViolations } from './support/axe';
import { test, expect } from './support/fixtures';
import { LANGS, type Lang } from './support/site';
import { pattern, t } from './support/strings';
import { formatDay } from '../../src/i18n/dates';
import { decodeActions, encodeActions, statusOf, type AgreedAction } from '../../src/links/actions';

const NAMES = ['Анна Смирнова', 'Борис Петров', 'Ilze Kalniņa', 'Tomás Ruiz', 'Līga Ozola'];
const MARCH = '2027-03-10';
const JUNE = '2027-06-10';

interface Person {
	name: string;
	date: string;
	side?: 'agency' | 'client';
	/** Answers every statement the same way (1–5), for a client who sees it all low. */
	flat?: number;
}

/** A team link of relationship-health results and agreed actions. */
function teamPath(lang: Lang, people: Person[], actions: AgreedAction[] = []): string {
	const entries = people.map(({ name, date, side, flat }, person) => {
		const made = makeResult(
			'relationship-health',
			lang,
			(index) => flat ?? ((index * (person + 2) + person) % 5) + 1,
			{ name, date, side: side ?? 'agency' }
		);
		return `relationship-health!${made.code}`;
	});
	const part = encodeActions(actions);
	return `/${lang}/team/#t=${entries.join('~')}${part ? `&a=${part}` : ''}`;
}

const round = (count: number, date: string): Person[] =>
	NAMES.slice(0, count).map((name) => ({ name, date }));

const RU_MODEL =
	assessmentModels('ru').find(
		(model) => model.id === 'relationship-health' && model.side === 'agency'
	) ?? modelOf('relationship-health');

const RESPECT = { assessmentId: 'relationship-health', dimensionId: 'respect' };

/** March's actions, as agreed in March; and one agreed in June. */
const MARCH_ACTIONS: AgreedAction[] = [
	{
		what: 'Call <b>Ilze</b> about the smoking line',
		who: 'Tomás',
		due: '2027-04-01',
		round: MARCH,
	},
	{
		what: 'Ask the client what would make them rate respect higher',
		who: '',
		due: '',
		area: RESPECT,
		status: 'in-progress',
		round: MARCH,
	},
	{ what: 'Share one idea a month beyond the brief', who: '', due: '', round: MARCH },
];
const JUNE_ACTION: AgreedAction = {
	what: 'Book the next health check',
	who: '',
	due: '2027-09-01',
	round: JUNE,
};

async function waitForTeam(page: Page) {
	await expect(page.locator('.team-page astro-island')).not.toHaveAttribute('ssr', /.*/);
	await expect(page.locator('form.paste button[type="submit"]')).toBeEnabled();
}

/** The status select of the action that reads `what`. */
const statusSelect = (page: Page, lang: Lang, what: string) =>
	page.getByRole('combobox', { name: t(lang, 'team.actions.statusName', { what }) });

/** The actions part of the page's address, read as the site reads it. */
function actionsInAddress(url: string): AgreedAction[] {
	const part = /&a=([^&]*)/.exec(new URL(url).hash)?.[1];
	const read = decodeActions(part ?? '');
	if (!read.ok) throw new Error(`actions part unreadable: ${read.problem}`);
	return read.actions;
}

/** The number of pages of the view printed on A4; the PDF is kept with the test's results. */
async function printedPages(page: Page, testInfo: TestInfo): Promise<number> {
	const pdf = await page.pdf({ format: 'A4' });
	const path = testInfo.outputPath(`print-${testInfo.attachments.length + 1}.pdf`);
	writeFileSync(path, pdf);
	await testInfo.attach('print', { path, contentType: 'application/pdf' });
	return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

for (const lang of LANGS) {
	const label = (status: 'statusOpen' | 'statusInProgress' | 'statusDone' | 'statusDropped') =>
		t(lang, `team.actions.${status}`);

	test(`${lang}: an action's status survives a reload and the team link, and goes into the CSV beside it (#22)`, async ({
		page,
		browser,
	}) => {
		await page.goto(
			teamPath(lang, round(3, MARCH), [
				{ what: 'Call <b>Ilze</b> about the smoking line', who: 'Tomás', due: '2027-04-01' },
				{ what: 'Share one idea a month beyond the brief', who: '', due: '' },
			])
		);
		await waitForTeam(page);
		const first = statusSelect(page, lang, 'Call <b>Ilze</b> about the smoking line');
		const second = statusSelect(page, lang, 'Share one idea a month beyond the brief');
		// Every action starts open; the select names the action it is for, markup as text.
		await expect(first).toHaveValue('open');
		await expect(first.locator('option:checked')).toHaveText(label('statusOpen'));
		await first.selectOption({ label: label('statusDone') });
		await second.selectOption({ label: label('statusDropped') });
		await expect(page.locator('.team-view .report')).toContainText(
			t(lang, 'team.actions.statusChanged', {
				status: label('statusDropped'),
				what: 'Share one idea a month beyond the brief',
			})
		);
		await expect(page.locator('.team-actions b')).toHaveCount(0);
		await expectNoSeriousViolations(page);

		await page.reload();
		await waitForTeam(page);
		await expect(first).toHaveValue('done');
		await expect(second).toHaveValue('dropped');

		// The team link, opened by someone else in a browser of their own.
		const link = await page.getByLabel(t(lang, 'team.teamLink'), { exact: true }).inputValue();
		expect(actionsInAddress(link).map(statusOf)).toEqual(['done', 'dropped']);
		const other = await browser.newContext();
		const elsewhere = await other.newPage();
		await elsewhere.goto(link);
		await waitForTeam(elsewhere);
		await expect(
			statusSelect(elsewhere, lang, 'Call <b>Ilze</b> about the smoking line')
		).toHaveValue('done');
		await expect(
			statusSelect(elsewhere, lang, 'Share one idea a month beyond the brief')
		).toHaveValue('dropped');
		await other.close();

		// The CSV: a status column beside the action, in words.
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: t(lang, 'team.downloadCsvComma') }).click();
		const csv = readFileSync((await (await download).path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
		const rows = Papa.parse<string[]>(csv, { delimiter: ',', skipEmptyLines: true }).data;
		const header = rows.findIndex((row) => row[0] === t(lang, 'team.csv.actionWhat'));
		expect(rows[header]?.slice(0, 2)).toEqual([
			t(lang, 'team.csv.actionWhat'),
			t(lang, 'team.csv.actionStatus'),
		]);
		expect(rows.slice(header + 1).map((row) => row.slice(0, 2))).toEqual([
			['Call <b>Ilze</b> about the smoking line', label('statusDone')],
			['Share one idea a month beyond the brief', label('statusDropped')],
		]);
		// The round each was agreed in: March's, the one the link was first opened with.
		expect(rows.slice(header + 1).map((row) => row.at(-1))).toEqual([MARCH, MARCH]);
	});

	test(`${lang}: a later round opens on the earlier round's actions to review, with how their area moved (#22)`, async ({
		page,
	}) => {
		await page.goto(
			teamPath(lang, [...round(3, MARCH), ...round(3, JUNE)], [...MARCH_ACTIONS, JUNE_ACTION])
		);
		await waitForTeam(page);
		const review = page.getByRole('region', {
			name: t(lang, 'team.actions.reviewHeading', { date: formatDay(MARCH, lang, true) }),
		});
		await expect(review).toBeVisible();
		await expect(review.getByText(t(lang, 'team.actions.reviewIntro'))).toBeVisible();
		// Before any number: the review comes ahead of the first table.
		const isFirst = await page.evaluate(() => {
			const reviewed = document.querySelector('.action-review');
			const table = document.querySelector('.team-group');
			return Boolean(
				reviewed &&
				table &&
				reviewed.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING
			);
		});
		expect(isFirst).toBe(true);
		await expect(review.locator('.action-what')).toHaveText(MARCH_ACTIONS.map((a) => a.what));
		await expect(
			statusSelect(page, lang, MARCH_ACTIONS[1]?.what ?? '').locator('option:checked')
		).toHaveText(label('statusInProgress'));
		// Only the action that answers a dimension says how it moved: respect, March to June.
		const respect = (lang === 'en' ? modelOf('relationship-health') : RU_MODEL).dimensions.find(
			(dimension) => dimension.id === 'respect'
		);
		const moves = review.locator('.action-move');
		await expect(moves).toHaveCount(1);
		await expect(moves).toHaveText(pattern(lang, 'team.actions.reviewChange'));
		await expect(moves).toContainText(respect?.label ?? 'respect');
		// This round's list holds June's action only; March's are not listed twice.
		const current = page.locator('.team-actions .action-what');
		await expect(current).toHaveText([JUNE_ACTION.what]);
		await expectNoSeriousViolations(page);

		// Reviewed there: the status goes into the address, as the team link keeps it.
		await statusSelect(page, lang, MARCH_ACTIONS[0]?.what ?? '').selectOption({
			label: label('statusDone'),
		});
		await expect
			.poll(() => actionsInAddress(page.url()).map(statusOf))
			.toEqual(['done', 'in-progress', 'open', 'open']);

		// A new action typed now is June's, and lists under this round.
		await page.getByLabel(t(lang, 'team.actions.what'), { exact: true }).fill('Invite the CMO');
		await page.getByRole('button', { name: t(lang, 'team.actions.add') }).click();
		await expect(current).toHaveText([JUNE_ACTION.what, 'Invite the CMO']);
		await expect(review.locator('.action-what')).toHaveCount(3);
		expect(actionsInAddress(page.url()).at(-1)?.round).toBe(JUNE);
	});

	test(`${lang}: presenter mode marks the two weakest and asks the client-first question on the widest gap's slide (#22)`, async ({
		page,
	}, testInfo) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.goto(
			teamPath(lang, [
				...round(5, JUNE),
				{ name: 'Вера Клиентова', date: JUNE, side: 'client', flat: 1 },
			])
		);
		await waitForTeam(page);
		await page.getByRole('button', { name: t(lang, 'team.present') }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		const slides = modelOf('relationship-health').dimensions.length;
		let weakest = 0;
		let gaps = 0;
		const spreads: number[] = [];
		for (let step = 1; step <= slides; step++) {
			await expect(dialog.locator('.presenter-step')).toHaveText(
				t(lang, 'team.presenter.step', { current: step, total: slides + 1 })
			);
			const title = dialog.locator('.step-title');
			if ((await title.getByText(t(lang, 'team.weakestBadge')).count()) > 0) weakest++;
			const isGap = (await title.getByText(t(lang, 'team.gapBadge')).count()) > 0;
			// The question is there exactly when the badge is, in words.
			await expect(dialog.getByText(t(lang, 'team.gapPrompt'))).toHaveCount(isGap ? 1 : 0);
			if (isGap) {
				gaps++;
				await page.screenshot({ path: testInfo.outputPath(`presenter-gap-${lang}.png`) });
			}
			const range = (await dialog.locator('.presenter-figures .range').textContent()) ?? '';
			const [min = 0, max = 0] = (range.match(/\d+/g) ?? []).map(Number);
			spreads.push(max - min);
			await page.keyboard.press('ArrowRight');
		}
		expect(weakest).toBe(2);
		expect(gaps).toBeGreaterThanOrEqual(1);
		// Still the widest disagreement first.
		expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
		// The summary: the two weakest underlined and named in words.
		await expect(dialog.locator('.presenter-table td.is-weakest')).toHaveCount(2);
		await expect(dialog.getByText(pattern(lang, 'team.presenter.weakest'))).toBeVisible();
		await page.screenshot({ path: testInfo.outputPath(`presenter-summary-${lang}.png`) });
		await expectNoSeriousViolations(page);
	});

	test(`${lang}: both prints mark the two weakest and print each action's status, on one A4 page (#22)`, async ({
		page,
	}, testInfo) => {
		await page.addInitScript(() => {
			window.print = () => undefined;
		});
		await page.goto(
			teamPath(
				lang,
				[
					...round(5, MARCH),
					{ name: 'Вера Клиентова', date: MARCH, side: 'client' },
					...round(5, JUNE),
					{ name: 'Вера Клиентова', date: JUNE, side: 'client' },
				],
				[...MARCH_ACTIONS, JUNE_ACTION, { ...JUNE_ACTION, what: 'Invite the CMO' }]
			)
		);
		await waitForTeam(page);
		await page.emulateMedia({ media: 'print' });
		for (const forWhom of ['team.printOutside', 'team.printTeam'] as const) {
			if (forWhom === 'team.printTeam') {
				await page.emulateMedia({ media: 'screen' });
				await page.getByRole('button', { name: t(lang, forWhom) }).click();
				await page.emulateMedia({ media: 'print' });
				await expect(page.getByText(t(lang, 'team.handoutTeam'))).toBeVisible();
			} else {
				await expect(page.getByText(t(lang, 'team.handoutOutside'))).toBeVisible();
			}
			await expect(
				page.locator('.team-table thead').getByText(t(lang, 'team.weakestBadge'))
			).toHaveCount(2);
			for (const badge of await page
				.locator('.team-table thead')
				.getByText(t(lang, 'team.weakestBadge'))
				.all()) {
				await expect(badge).toBeVisible();
			}
			// Each action's status in words, the review's and this round's; no select prints.
			const statuses = page.locator('.action-status-text').filter({ visible: true });
			await expect(statuses).toHaveText([
				label('statusOpen'),
				label('statusInProgress'),
				label('statusOpen'),
				label('statusOpen'),
				label('statusOpen'),
			]);
			await expect(page.locator('.team-view select').filter({ visible: true })).toHaveCount(0);
			expect(await printedPages(page, testInfo)).toBe(1);
		}
	});
}
