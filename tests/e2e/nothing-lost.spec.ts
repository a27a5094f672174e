/**
 * Nothing lost (#20, DESIGN.md "Nothing lost"): the site used the way people use it. Two tabs,
 * a clock that fell back to 2025 or runs ahead, the address bar and the browser's Share menu, a
 * header link mid-session, a resend, a paste past the limit, a name typed after copying, a chat's
 * header line, a saved page's `index.html` address, a family emoji, a share sheet that refuses,
 * the keyboard. Each test is a row of the table, in both languages.
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { completeByKeyboard, readScores, waitForIsland } from './support/assessment';
import { makeResult } from './support/codes';
import { test, expect } from './support/fixtures';
import { LANGS, type Lang } from './support/site';
import { t } from './support/strings';
import { showNames } from './support/team';

const ORIGIN = 'https://clientship.example';
const ASSESSMENT = 'relationship-health';

async function openAssessment(page: Page, lang: Lang, suffix = '') {
	await page.goto(`/${lang}/assessments/${ASSESSMENT}/${suffix}`);
	const island = page.locator('.self-assessment');
	await waitForIsland(island);
	return island;
}

async function openTeam(page: Page, lang: Lang, fragment = '') {
	await page.goto(`/${lang}/team/${fragment}`);
	await expect(page.locator('.team-page astro-island')).not.toHaveAttribute('ssr', /.*/);
	await expect(page.locator('form.paste button[type="submit"]')).toBeEnabled();
}

async function paste(page: Page, lang: Lang, text: string) {
	await page.getByLabel(t(lang, 'team.linksLabel')).fill(text);
	await page.getByRole('button', { name: t(lang, 'team.add') }).click();
}

const resultHeading = (lang: Lang) => ({ name: t(lang, 'assessment.resultHeading') });

for (const lang of LANGS) {
	test(`${lang}: a result submitted in one tab is kept when a second tab had the empty form open`, async ({
		context,
	}) => {
		const first = await context.newPage();
		const second = await context.newPage();
		const secondIsland = await openAssessment(second, lang);
		const firstIsland = await openAssessment(first, lang);
		await completeByKeyboard(first, firstIsland, () => 4);
		const scores = await readScores(firstIsland.getByRole('region', resultHeading(lang)));

		// The second tab follows what the first stored instead of keeping its empty form.
		await expect(secondIsland.getByRole('region', resultHeading(lang))).toBeVisible();
		await second.reload();
		await waitForIsland(secondIsland);
		expect(await readScores(secondIsland.getByRole('region', resultHeading(lang)))).toEqual(scores);
		await first.reload();
		await waitForIsland(firstIsland);
		expect(await readScores(firstIsland.getByRole('region', resultHeading(lang)))).toEqual(scores);
	});

	test(`${lang}: a phone whose clock fell back to 2025 still makes a result and a link that opens`, async ({
		page,
		browser,
	}) => {
		await page.clock.setFixedTime(new Date('2025-06-01T10:00:00'));
		const island = await openAssessment(page, lang);
		await completeByKeyboard(page, island, () => 3);
		await expect(island.getByRole('region', resultHeading(lang))).toBeVisible();
		expect(new URL(page.url()).hash).toMatch(/^#r=/);

		// Opened on a device with a right clock: a note about the date, the numbers as made.
		const other = await browser.newPage();
		await other.goto(page.url().replace(/^.*?\/\/[^/]+/, ''));
		await expect(other.getByText(t(lang, 'assessment.dayBeforeDated'))).toBeVisible();
		await other.close();
	});

	test(`${lang}: a result made on a phone whose clock ran ahead opens with a note, not as damaged`, async ({
		page,
	}) => {
		await page.clock.setFixedTime(new Date('2027-03-10T10:00:00'));
		const ahead = makeResult(ASSESSMENT, lang, () => 2, { date: '2027-03-13', name: 'Нина' });
		await page.goto(ahead.path);
		await expect(page.getByText(t(lang, 'assessment.dayAhead'))).toBeVisible();
		await expect(page.getByText(t(lang, 'assessment.linkError.heading'))).toHaveCount(0);
	});

	test(`${lang}: after submitting, the address carries the result; a pasted address without one is reported`, async ({
		page,
	}) => {
		const island = await openAssessment(page, lang);
		await completeByKeyboard(page, island, () => 5);
		await expect(island.getByRole('region', resultHeading(lang))).toBeVisible();
		const address = page.url();
		expect(new URL(address).hash).toMatch(/^#r=/);

		await openTeam(page, lang);
		const bare = `${ORIGIN}/${lang}/assessments/${ASSESSMENT}/`;
		await paste(page, lang, [`Дмитрий: ${address}`, `Ольга: ${bare}`].join('\n'));
		await expect(page.getByText(t(lang, 'team.added', { count: 1 }))).toBeVisible();
		await expect(page.getByRole('alert')).toContainText(
			t(lang, 'team.brokenLineNamed', {
				line: 2,
				label: 'Ольга',
				reason: t(lang, 'team.problem.assessmentAddress'),
			})
		);

		// Clearing the answers clears the address too.
		await page.goto(address.replace(/^.*?\/\/[^/]+/, ''));
		await waitForIsland(island);
		await island.getByRole('button', { name: t(lang, 'assessment.clear') }).click();
		await expect(page).toHaveURL((url) => url.hash === '');
	});

	test(`${lang}: a saved page's index.html address opens the result it carries`, async ({
		page,
	}) => {
		const made = makeResult(ASSESSMENT, lang, (index) => (index % 5) + 1, { name: 'Илья' });
		await page.goto(made.path.replace('/#r=', '/index.html#r='));
		const region = page.getByRole('region', {
			name: t(lang, 'assessment.shared.heading', { name: 'Илья' }),
		});
		await expect(region).toBeVisible();
		await expect(region.locator('.overall-score')).toHaveText(String(made.overall));
	});

	test(`${lang}: a header link in the middle of a session loses neither the results nor the actions`, async ({
		page,
	}) => {
		const people = ['Анна', 'Борис'].map((name, seed) =>
			makeResult(ASSESSMENT, lang, (index) => ((index + seed) % 5) + 1, { name })
		);
		await openTeam(page, lang);
		await paste(page, lang, people.map((made) => `${ORIGIN}${made.path}`).join('\n'));
		await page.getByLabel(t(lang, 'team.actions.what')).fill('Call the client every Friday');
		await page.getByRole('button', { name: t(lang, 'team.actions.add') }).click();
		await expect(page.getByText('Call the client every Friday')).toBeVisible();

		await page
			.getByRole('navigation', { name: t(lang, 'nav.label') })
			.getByRole('link', { name: t(lang, 'nav.training') })
			.click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/training/`));
		await page
			.getByRole('navigation', { name: t(lang, 'nav.label') })
			.getByRole('link', { name: t(lang, 'nav.team') })
			.click();
		await expect(page.locator('.team-table tbody tr:not(.stat)')).toHaveCount(2);
		await expect(page.getByText('Call the client every Friday')).toBeVisible();
		await expect(
			page.getByRole('heading', { name: t(lang, 'team.sessions.heading') })
		).toBeVisible();

		// Closed and opened again in a new tab: the session is in the list, to open.
		const again = await page.context().newPage();
		await openTeam(again, lang);
		await expect(again.locator('.team-table')).toHaveCount(0);
		const sessions = again.locator('.team-sessions');
		await sessions
			.getByRole('button', { name: new RegExp(t(lang, 'team.sessions.open')) })
			.first()
			.click();
		await expect(again.locator('.team-table tbody tr:not(.stat)')).toHaveCount(2);
		await expectNoSeriousViolations(again);
	});

	test(`${lang}: a corrected result sent again replaces the first, said with undo; people are counted`, async ({
		page,
	}) => {
		const first = makeResult(ASSESSMENT, lang, () => 2, { name: 'Анна С.' });
		const second = makeResult(ASSESSMENT, lang, () => 4, { name: 'Анна С.' });
		const colleague = makeResult(ASSESSMENT, lang, () => 3, { name: 'Борис' });
		const client = makeResult(ASSESSMENT, lang, () => 3, { name: 'Ольга', side: 'client' });
		await openTeam(page, lang);
		await paste(
			page,
			lang,
			[first, colleague, client].map((made) => `${ORIGIN}${made.path}`).join('\n')
		);
		await paste(page, lang, `${ORIGIN}${second.path}`);
		await showNames(page, lang);

		const rows = page.locator('.team-table tbody tr:not(.stat)');
		await expect(page.getByText(t(lang, 'team.replaced', { name: 'Анна С.' }))).toBeVisible();
		await expect(rows.filter({ hasText: 'Анна С.' })).toHaveCount(1);
		await expect(page.locator('.group-meta')).toHaveText(
			t(lang, 'team.clientSide', { count: 1, people: t(lang, 'team.people', { count: 2 }) })
		);

		await page.getByRole('button', { name: t(lang, 'team.undo') }).click();
		await expect(page.getByText(t(lang, 'team.restored'))).toBeVisible();
		await expect(page.getByLabel(t(lang, 'team.linksLabel'))).toBeFocused();
		const anna = rows.filter({ hasText: 'Анна С.' });
		await expect(anna).toHaveCount(1);
		expect((await anna.locator('td').allTextContents()).slice(0, 4).map(Number)).toEqual(
			first.scores
		);
	});

	test(`${lang}: 203 people pasted: the view refuses 3 and says so, and its link reopens all 200`, async ({
		page,
		context,
	}) => {
		test.slow();
		const lines = Array.from({ length: 203 }, (_, person) => {
			const made = makeResult(ASSESSMENT, lang, (index) => ((index * person + person) % 5) + 1, {
				name: `P${person + 1}`,
			});
			return `${ORIGIN}${made.path}`;
		});
		await openTeam(page, lang);
		await paste(page, lang, lines.join('\n'));
		await expect(page.getByText(t(lang, 'team.overLimit', { count: 3, max: '200' }))).toBeVisible();
		await expect(page.locator('.group-meta')).toHaveText(t(lang, 'team.people', { count: 200 }));

		const reopened = await context.newPage();
		await reopened.goto(page.url().replace(/^.*?\/\/[^/]+/, ''));
		await expect(reopened.locator('.group-meta')).toHaveText(
			t(lang, 'team.people', { count: 200 })
		);
		await expect(reopened.getByText(t(lang, 'team.addressProblems', { count: 3 }))).toHaveCount(0);
	});

	test(`${lang}: a Telegram Desktop header names the sender of a link cut short`, async ({
		page,
	}) => {
		const made = makeResult(ASSESSMENT, lang, () => 3, { name: 'Сергей' });
		const cut = `${ORIGIN}${made.path}`.slice(0, -6);
		await openTeam(page, lang);
		await paste(page, lang, ['Сергей Новиков, [14.12.2026 10:14]', cut].join('\n'));
		const problem = page.getByRole('alert').getByRole('listitem');
		await expect(problem).toHaveCount(1);
		await expect(problem).toContainText(
			t(lang, 'team.brokenLineNamed', { line: 2, label: 'Сергей Новиков', reason: '' }).trim()
		);
	});

	test(`${lang}: a name typed after copying says the link changed; a family emoji is never cut in half`, async ({
		page,
		context,
		browser,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const island = await openAssessment(page, lang);
		await completeByKeyboard(page, island, () => 4);
		await island
			.getByRole('button', { name: t(lang, 'copyLink.copy') })
			.first()
			.click();
		await expect(island.getByText(t(lang, 'copyLink.copied'))).toBeVisible();
		const name = `${'Д'.repeat(36)} 👨‍👩‍👧‍👦`;
		await island.getByLabel(t(lang, 'assessment.nameLabel')).fill(name);
		await expect(island.getByText(t(lang, 'copyLink.changed'))).toBeVisible();
		await expect(island.getByText(t(lang, 'assessment.nameCut'))).toHaveCount(0);

		// Opened by a colleague (another browser, so not taken for the reader's own result).
		const shared = await browser.newPage();
		await shared.goto(page.url());
		await expect(
			shared.getByRole('heading', { name: t(lang, 'assessment.shared.heading', { name }) })
		).toBeVisible();
		await shared.close();

		await island.getByLabel(t(lang, 'assessment.nameLabel')).fill(`${'Д'.repeat(40)}👨‍👩‍👧‍👦`);
		await expect(island.getByText(t(lang, 'assessment.nameCut'))).toBeVisible();
		expect(decodeURIComponent(page.url())).not.toMatch(/\uFFFD|\u200D$/);
	});

	test(`${lang}: a share sheet that refuses copies the link instead and says so`, async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'share', {
				value: () => Promise.reject(new DOMException('Not allowed here', 'NotAllowedError')),
			});
			Object.defineProperty(navigator, 'canShare', { value: () => true });
		});
		const island = await openAssessment(page, lang);
		await completeByKeyboard(page, island, () => 2);
		await island.getByRole('button', { name: t(lang, 'assessment.shareFirst') }).click();
		await expect(island.getByText(t(lang, 'copyLink.sharedInstead')).first()).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#r=');
	});

	test(`${lang}: by keyboard, removing, undoing and clearing keep focus on a control`, async ({
		page,
	}) => {
		const people = ['Анна', 'Борис', 'Вера'].map((name, seed) =>
			makeResult(ASSESSMENT, lang, (index) => ((index + seed) % 5) + 1, { name })
		);
		await openTeam(page, lang);
		await paste(page, lang, people.map((made) => `${ORIGIN}${made.path}`).join('\n'));
		const rows = page.locator('.team-table tbody tr:not(.stat)');
		await expect(rows).toHaveCount(3);

		// Boris is the second: "Participant 2" until names are shown (#22).
		await page
			.getByRole('button', {
				name: t(lang, 'team.remove', { name: t(lang, 'team.participant', { number: 2 }) }),
			})
			.focus();
		await page.keyboard.press('Enter');
		const undo = page.locator('.team-group').getByRole('button', { name: t(lang, 'team.undo') });
		await expect(undo).toBeFocused();
		await expect(rows).toHaveCount(2);
		await page.keyboard.press('Enter');
		await expect(rows).toHaveCount(3);
		await expect(page.locator('.team-group h2')).toBeFocused();

		await page.getByRole('button', { name: t(lang, 'team.clearAll') }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: t(lang, 'team.undo') })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(rows).toHaveCount(3);
		await expect(page.locator(':focus')).toHaveCount(1);
		await expect(page.locator('body')).not.toBeFocused();
	});
}
