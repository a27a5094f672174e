/**
 * A session in the room (#14): the invitation's QR code reads back as the assessment page of the
 * site as served; presenter mode names no one until the switch, steps with the arrow keys and
 * leaves with Esc, in large type that fits a 1280×720 projector; an agreed action with markup
 * comes back from the team link as text; the handout prints on one A4 page. Results are made in
 * Node (support/codes.ts), never through the page.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { makeResult } from './support/codes';
import { test, expect } from './support/fixtures';
import { openTools } from './support/team';
import { LANGS, type Lang } from './support/site';
import { pattern, t } from './support/strings';
import { formatDay } from '../../src/i18n/dates';
import { encodeActions, type AgreedAction } from '../../src/links/actions';

const NAMES = [
	'Анна Смирнова',
	'Борис Петров',
	'Ilze Kalniņa',
	'Tomás Ruiz',
	'Jānis Bērziņš',
	'Līga Ozola',
	'Денис Орлов',
	'Ольга Кузнецова',
	'Priya Nair',
	'Daniel Weiss',
	'Тимур Кузьмин',
	'Мария Иванова',
];

/** A team link of `size` named colleagues on relationship-health, with `actions` agreed. */
function teamPath(lang: Lang, size: number, actions: AgreedAction[] = []): string {
	const entries = NAMES.slice(0, size).map((name, person) => {
		const made = makeResult(
			'relationship-health',
			lang,
			(index) => ((index * (person + 2) + person) % 5) + 1,
			{ name }
		);
		return `relationship-health!${made.code}`;
	});
	const part = encodeActions(actions);
	return `/${lang}/team/#t=${entries.join('~')}${part ? `&a=${part}` : ''}`;
}

const FIVE_ACTIONS: AgreedAction[] = [
	{
		what: 'Call Ilze about the smoking line before Friday’s review',
		who: 'Tomás',
		due: '2027-03-15',
	},
	{
		what: 'Ask the client what they need to see from us to rate respect higher',
		who: 'Līga',
		due: '2027-03-20',
		area: { assessmentId: 'relationship-health', dimensionId: 'respect' },
	},
	{ what: 'Visit the cannery with the whole account team', who: 'Jānis', due: '2027-04-01' },
	{
		what: 'Share one idea a month beyond the brief',
		who: 'Анна Смирнова',
		due: '',
		area: { assessmentId: 'relationship-health', dimensionId: 'growth' },
	},
	{ what: 'Book the next health check for June', who: '', due: '2027-06-01' },
];

async function waitForTeam(page: Page) {
	await expect(page.locator('.team-page astro-island')).not.toHaveAttribute('ssr', /.*/);
	await expect(page.locator('form.paste button[type="submit"]')).toBeEnabled();
}

for (const lang of LANGS) {
	test(`${lang}: the invitation’s QR code reads as the assessment page of this origin and base`, async ({
		page,
		baseURL,
	}) => {
		await page.goto(`/${lang}/team/`);
		await waitForTeam(page);
		const invite = page.locator('details.invite');
		await expect(invite).toHaveAttribute('open', '');
		await invite
			.getByLabel(t(lang, 'team.invite.assessment'), { exact: true })
			.selectOption('relationship-health');
		const expected = `${baseURL}/${lang}/assessments/relationship-health/`;
		await expect(invite.locator('.invite-url')).toHaveText(expected);
		const qr = invite.getByRole('img', { name: /QR/ });
		await expect(qr).toBeVisible();
		const box = await qr.boundingBox();
		expect(box?.width).toBeGreaterThanOrEqual(200);
		expect(readQr(await qr.screenshot())).toBe(expected);

		// The client is not in the room: a letter with the link to their side, no QR code (#22).
		await invite.getByLabel(t(lang, 'team.invite.sideClient')).check();
		await expect(qr).toHaveCount(0);
		await expect(invite.getByLabel(t(lang, 'team.invite.clientMail'))).toHaveValue(
			new RegExp(`\\n${baseURL}/${lang}/assessments/relationship-health/client/\\n`)
		);
		await expectNoSeriousViolations(page);
	});

	test(`${lang}: presenter mode hides every name until the switch, steps with the arrow keys, leaves with Esc`, async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.goto(teamPath(lang, 12));
		await waitForTeam(page);
		const present = page.getByRole('button', { name: t(lang, 'team.present') });
		await present.click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await expect(dialog.locator('.strip > svg .dot')).toHaveCount(12);
		await expect(
			page.getByRole('switch', { name: t(lang, 'team.presenter.showNames') })
		).not.toBeChecked();

		const titles: string[] = [];
		for (let step = 1; step <= 5; step++) {
			await expect(dialog.getByRole('status')).toHaveText(
				loose(t(lang, 'team.presenter.announce', { current: step, total: 5, title: '' }))
			);
			titles.push((await dialog.locator('.step-title').textContent()) ?? '');
			// Nothing in the dialog names anyone: text, hidden text and every attribute.
			const everything = await dialog.evaluate((element) =>
				[
					element.textContent ?? '',
					...[...element.querySelectorAll('*')].flatMap((node) =>
						[...node.attributes].map((attribute) => attribute.value)
					),
				].join('\n')
			);
			for (const name of NAMES) expect(everything, `step ${step}`).not.toContain(name);
			await expectReadable(page);
			await page.keyboard.press('ArrowRight');
		}
		expect(new Set(titles).size).toBe(5);
		// The last slide: every area; the widest disagreement came first.
		await expect(dialog.locator('.presenter-table')).toBeVisible();
		await expect(dialog.locator('.presenter-table tbody:not(.presenter-stats) tr')).toHaveCount(0);
		await page.keyboard.press('ArrowLeft');
		await expect(dialog.locator('.step-title')).toHaveText(titles[3] ?? '');
		await page.keyboard.press('ArrowRight');

		await page.getByRole('switch', { name: t(lang, 'team.presenter.showNames') }).check();
		await expect(dialog.locator('.presenter-table tbody:not(.presenter-stats) tr')).toHaveCount(12);
		for (const name of NAMES) await expect(dialog).toContainText(name);
		await expectReadable(page);
		await expectNoSeriousViolations(page);

		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(present).toBeFocused();
		// Opening again starts anonymous.
		await present.click();
		await expect(
			page.getByRole('switch', { name: t(lang, 'team.presenter.showNames') })
		).not.toBeChecked();
		await page.getByRole('button', { name: new RegExp(t(lang, 'team.presenter.leave')) }).click();
		await expect(page.getByRole('dialog')).toBeHidden();
	});

	test(`${lang}: with two people presenter mode says answers can be told apart`, async ({
		page,
	}) => {
		await page.goto(teamPath(lang, 2));
		await waitForTeam(page);
		await page.getByRole('button', { name: t(lang, 'team.present') }).click();
		await expect(page.getByRole('dialog')).toContainText(
			t(lang, 'team.presenter.few', { count: 2 })
		);
	});

	test(`${lang}: an agreed action with markup comes back from the team link as text`, async ({
		page,
		browser,
	}) => {
		await page.goto(teamPath(lang, 3));
		await waitForTeam(page);
		const what = '<img src=x onerror=alert(1)> Call <b>Ilze</b> {{name}}';
		const panel = page.locator('.team-actions');
		await panel.getByLabel(t(lang, 'team.actions.what')).fill(what);
		await panel.getByLabel(t(lang, 'team.actions.who')).fill('x'.repeat(45));
		await expect(panel.getByRole('status')).toHaveText(t(lang, 'team.actions.cut', { limit: 40 }));
		await panel.getByLabel(t(lang, 'team.actions.due')).fill('2027-03-15');
		await panel.getByRole('button', { name: t(lang, 'team.actions.add') }).click();
		await expect(panel.locator('.action-what')).toHaveText(what);

		const link = page.url();
		expect(link).toContain('&a=');
		const context = await browser.newContext();
		const fresh = await context.newPage();
		await fresh.goto(link);
		await waitForTeam(fresh);
		await expect(fresh.locator('.team-actions .action-what')).toHaveText(what);
		await expect(fresh.locator('.team-actions .action-meta')).toContainText('x'.repeat(40));
		await expect(fresh.locator('img[src="x"], .team-actions b')).toHaveCount(0);
		await expect(fresh.locator('.team-table tbody tr:not(.stat)')).toHaveCount(3);

		// A damaged actions part loses the actions, not the results, and says so.
		await fresh.goto(link.replace(/(&a=.{10})./, (_, start: string) => `${start}Q`));
		await fresh.reload();
		await waitForTeam(fresh);
		await expect(fresh.locator('.team-table tbody tr:not(.stat)')).toHaveCount(3);
		await expect(fresh.getByText(t(lang, 'team.actions.damaged'))).toBeVisible();
		await expect(fresh.locator('.team-actions .action-what')).toHaveCount(0);
		await context.close();
	});

	test(`${lang}: “by when” takes a date typed the reader’s way, and says what is wrong with half of one instead of silently blocking Add (#26)`, async ({
		page,
	}) => {
		await page.goto(teamPath(lang, 3));
		await waitForTeam(page);
		const panel = page.locator('.team-actions');
		const due = panel.getByLabel(t(lang, 'team.actions.due'));
		const add = panel.getByRole('button', { name: t(lang, 'team.actions.add') });
		// This browser is American: an English reader writes month first, a Russian one day first.
		const [typed, example] = lang === 'en' ? ['03/25', '03/25/2027'] : ['25.03', '25.03.2027'];
		await expect(due).toHaveAccessibleDescription(t(lang, 'team.actions.dueHint', { example }));
		await panel.getByLabel(t(lang, 'team.actions.what')).fill('Call Ilze');
		await due.pressSequentially(typed);
		await add.click();

		const incomplete = t(lang, 'team.actions.dueIncomplete', { example });
		await expect(panel.getByText(incomplete)).toBeVisible();
		await expect(due).toBeFocused();
		await expect(due).toHaveAttribute('aria-invalid', 'true');
		await expect(due).toHaveAccessibleDescription(pattern(lang, 'team.actions.dueIncomplete'));
		await expect(panel.locator('.action-what')).toHaveCount(0);

		await due.pressSequentially(lang === 'en' ? '/2027' : '.2027');
		const date = formatDay('2027-03-25', lang);
		await expect(panel.getByText(t(lang, 'team.actions.dueReads', { date }))).toBeVisible();
		await expect(panel.getByText(incomplete)).toHaveCount(0);
		await add.click();
		await expect(panel.locator('.action-what')).toHaveText('Call Ilze');
		await expect(panel.locator('.action-meta')).toContainText(
			t(lang, 'team.actions.dueBy', { date })
		);

		// Not a date at all: said, with the text as typed.
		await panel.getByLabel(t(lang, 'team.actions.what')).fill('Book the room');
		await due.fill('31.02.2027');
		await add.click();
		await expect(
			panel.getByText(t(lang, 'team.actions.dueNotADate', { text: '31.02.2027', example }))
		).toBeVisible();
		await expect(panel.locator('.action-what')).toHaveCount(1);
	});

	test(`${lang}: the handout prints on one A4 page for 12 people and 5 actions`, async ({
		page,
	}) => {
		await page.goto(teamPath(lang, 12, FIVE_ACTIONS));
		await waitForTeam(page);
		await expect(page.locator('.team-actions .action-what')).toHaveCount(5);
		await page.emulateMedia({ media: 'print' });
		for (const control of await page
			.locator('.team-page button, .team-page textarea, .team-page select, .team-page input')
			.all()) {
			await expect(control).toBeHidden();
		}
		await expect(page.locator('.team-table')).toBeVisible();
		// Every column of the table is on the page.
		const overflow = await page.locator('.team-table').evaluate((table) => {
			const wrap = table.parentElement;
			return (wrap?.scrollWidth ?? 0) - (wrap?.clientWidth ?? 0);
		});
		expect(overflow).toBeLessThanOrEqual(0);
		const pdf = await page.pdf({ format: 'A4' });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
		expect(pages).toHaveLength(1);
	});
}

for (const lang of LANGS) {
	test(`${lang}: presenter mode shows the change since the last round and the client’s view`, async ({
		page,
	}) => {
		await page.clock.setFixedTime(new Date('2027-06-12T10:00:00'));
		const entry = (
			name: string,
			date: string,
			choose: (index: number) => number,
			side: 'agency' | 'client' = 'agency'
		) =>
			`relationship-health!${makeResult('relationship-health', lang, choose, { name, date, side }).code}`;
		const entries = [
			entry('Anna', '2027-03-10', () => 2),
			entry('Boris', '2027-03-10', () => 3),
			entry('Ilze', '2027-03-11', () => 2),
			entry('Anna', '2027-06-10', () => 4),
			entry('Boris', '2027-06-10', () => 5),
			entry('Ilze', '2027-06-11', () => 4),
			entry('Ольга', '2027-06-11', () => 2, 'client'),
		];
		await page.goto(`/${lang}/team/#t=${entries.join('~')}`);
		await waitForTeam(page);
		await page.getByRole('button', { name: t(lang, 'team.present') }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog.locator('.strip > svg .dot')).toHaveCount(3);
		// Change in numbers and an arrow, the last round's average and the client's view as shapes.
		await expect(dialog.locator('.presenter-line').first()).toContainText(/\+\d+/);
		await expect(dialog.locator('.strip-previous')).toHaveCount(2);
		await expect(dialog.locator('.strip-client')).toHaveCount(2);
		await expect(dialog).toContainText(t(lang, 'team.clientLower'));
		for (const name of ['Anna', 'Boris', 'Ilze', 'Ольга'])
			await expect(dialog).not.toContainText(name);
		await page.keyboard.press('End');
		for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowRight');
		await expect(dialog.locator('.presenter-stats tr')).toHaveCount(5);
		await expectReadable(page);
	});
}

test.describe('dark mode', () => {
	test.use({ colorScheme: 'dark' });
	for (const lang of LANGS) {
		test(`${lang}: presenter mode and the invitation are axe-clean in dark mode`, async ({
			page,
		}) => {
			await page.setViewportSize({ width: 1280, height: 720 });
			await page.goto(teamPath(lang, 3, FIVE_ACTIONS));
			await waitForTeam(page);
			// A team link opened afresh folds the facilitator's tools after the results (#22).
			await openTools(page, lang);
			await page.locator('details.invite summary').click();
			await expect(page.getByRole('img', { name: /QR/ })).toBeVisible();
			await expectNoSeriousViolations(page);
			await page.getByRole('button', { name: t(lang, 'team.present') }).click();
			await expect(page.getByRole('dialog')).toBeVisible();
			await expectNoSeriousViolations(page);
			await page.keyboard.press('End');
			for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowRight');
			await page.getByRole('switch').check();
			await expectNoSeriousViolations(page);
		});
	}
});

test('no {{placeholder}} survives anywhere in the team view, hidden text and names included', async ({
	page,
}) => {
	for (const lang of LANGS) {
		await page.goto(teamPath(lang, 2, FIVE_ACTIONS));
		await waitForTeam(page);
		await page.getByRole('button', { name: t(lang, 'team.present') }).click();
		await expect(page.getByRole('dialog')).toBeVisible();
		const everything = await page.locator('.team-page').evaluate((view) => {
			const texts: string[] = [];
			const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (!node.parentElement?.closest('script, style, template')) {
					texts.push(node.textContent ?? '');
				}
			}
			// Every attribute (accessible names, titles, values), but not the props Astro hands the
			// island: those are the string files' templates, filled in by the view.
			for (const element of view.querySelectorAll('*')) {
				if (element.localName === 'astro-island') continue;
				for (const attribute of element.attributes) texts.push(attribute.value);
			}
			for (const field of view.querySelectorAll('input, textarea')) {
				texts.push((field as HTMLInputElement).value);
			}
			return texts.join('\n');
		});
		expect(everything.match(/\{\{\w*\}\}/g) ?? [], lang).toEqual([]);
	}
});

/** No text in presenter mode under 18 px, nothing scrolls, and no range such as 44–69 wraps. */
async function expectReadable(page: Page) {
	const report = await page.getByRole('dialog').evaluate((dialog) => {
		const small: string[] = [];
		const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			if (!element || !node.textContent?.trim() || element.closest('.sr-only')) continue;
			const size = Number.parseFloat(getComputedStyle(element).fontSize);
			const svg = element.closest('svg');
			const scale = svg && element instanceof SVGElement ? (svg.getScreenCTM()?.a ?? 1) : 1;
			if (size * scale < 17.5)
				small.push(`${node.textContent.trim()} (${(size * scale).toFixed(1)} px)`);
		}
		const wrapped = [...dialog.querySelectorAll('.range, .presenter-table td')].filter((cell) => {
			const range = document.createRange();
			range.selectNodeContents(cell);
			return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
		});
		const slide = dialog.querySelector('.presenter-slide');
		return {
			small,
			wrapped: wrapped.map((cell) => cell.textContent),
			sizes: `slide ${slide?.scrollHeight}/${slide?.clientHeight}, dialog ${dialog.scrollHeight}/${dialog.clientHeight}`,
			scrolls:
				(slide?.scrollHeight ?? 0) > (slide?.clientHeight ?? 0) + 1 ||
				dialog.scrollHeight > dialog.clientHeight,
		};
	});
	expect(report.small).toEqual([]);
	expect(report.wrapped).toEqual([]);
	expect(report.scrolls, report.sizes).toBe(false);
}

/** A pattern for the start of a text, any white space (the typographer's no-break ones too) matching. */
function loose(text: string): RegExp {
	const escaped = text.trim().replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
	return new RegExp(`^${escaped.replace(/\s+/g, '\\s')}`);
}

/** The text of the QR code in a screenshot, as a phone's camera reads it. */
function readQr(image: Buffer): string | undefined {
	const png = PNG.sync.read(image);
	return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}
