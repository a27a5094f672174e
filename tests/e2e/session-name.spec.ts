/**
 * A session with a name, and the client's invitation (#22): the name typed in the invitation
 * reaches a participant's phone through the QR code, rides in the result link the phone makes, and
 * comes back into the team view, its link, the list of sessions and the CSV (whose first row is
 * its header); a result made for another session is held back and named; the client is invited by
 * a letter, not a QR code for the room; and the agency's page offers the client's version only
 * after its form. Other results are made in Node (support/codes.ts).
 */
import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { completeByKeyboard, numbersOf, readScores, waitForIsland } from './support/assessment';
import { makeResult } from './support/codes';
import { test, expect } from './support/fixtures';
import { openTools } from './support/team';
import { LANGS, type Lang } from './support/site';
import { showNames } from './support/team';
import { t } from './support/strings';
import { sessionPart } from '../../src/links/session-name';
import { teamFragment } from '../../src/links/team-link';
import frozenV2 from '../fixtures/links-v2.json' with { type: 'json' };

/** The session's name as the facilitator types it: Cyrillic, quotes and a space in both languages. */
const NAME: Record<Lang, string> = { ru: 'Северный ветер', en: 'Northwind «Ltd»' };
const OTHER = 'Южный берег';

async function waitForTeam(page: Page) {
	await expect(page.locator('.team-page astro-island')).not.toHaveAttribute('ssr', /.*/);
	await expect(page.locator('form.paste button[type="submit"]')).toBeEnabled();
}

/** The text of the QR code in a screenshot, as a phone's camera reads it. */
function readQr(image: Buffer): string | undefined {
	const png = PNG.sync.read(image);
	return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** A team view of relationship-health results named `session`, as its team link. */
function namedTeamPath(lang: Lang, session: string, names: string[]): string {
	const entries = names.map((name, person) => ({
		assessmentId: 'relationship-health',
		code: makeResult('relationship-health', lang, (index) => ((index + person) % 5) + 1, { name })
			.code,
	}));
	return `/${lang}/team/${teamFragment({ entries, actions: '', session })}`;
}

for (const lang of LANGS) {
	test(`${lang}: the session’s name reaches a phone through the invitation’s QR code, and comes back in its result link`, async ({
		page,
		browser,
		baseURL,
	}) => {
		// Two browsers, a QR code read twice and sixteen statements answered by keyboard.
		test.setTimeout(600_000);
		const name = NAME[lang];
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.goto(`/${lang}/team/`);
		await waitForTeam(page);
		const invite = page.locator('details.invite');
		await invite.getByLabel(t(lang, 'team.invite.sessionName')).fill(name);
		await invite
			.getByLabel(t(lang, 'team.invite.assessment'), { exact: true })
			.selectOption('relationship-health');
		await expect(
			page.getByRole('heading', { name: t(lang, 'team.sessionHeading', { name }) })
		).toBeVisible();
		const url = invite.locator('.invite-url');
		await expect(url).toHaveText(/#s=(%[0-9A-F]{2}|[A-Za-z0-9])+$/);
		const address = (await url.textContent()) ?? '';
		expect(address.startsWith(`${baseURL}/${lang}/assessments/relationship-health/#s=`)).toBe(true);
		const qr = invite.getByRole('img', { name: /QR/ });
		await expect(async () => expect(readQr(await qr.screenshot())).toBe(address)).toPass();
		await expectNoSeriousViolations(page);

		// A participant's phone opens what the camera read.
		const phone = await browser.newContext({
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true,
		});
		const participant = await phone.newPage();
		await participant.goto(address);
		const island = participant.locator('.assessment-page');
		await waitForIsland(island);
		const note = island.locator('.session-note');
		await expect(note).toContainText(t(lang, 'assessment.session.note', { name }));
		await expect(note).toContainText(t(lang, 'assessment.session.hint'));
		// In the first screen, above the first statement.
		const box = await note.boundingBox();
		expect((box?.y ?? 9999) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
		const first = await island.locator('fieldset.question').first().boundingBox();
		expect(box?.y ?? 0).toBeLessThan(first?.y ?? 0);
		await expectNoSeriousViolations(participant);

		await completeByKeyboard(participant, island, (index) => (index % 5) + 1);
		const link = await island.getByLabel(t(lang, 'assessment.shareLink')).inputValue();
		expect(link).toMatch(new RegExp(`#r=[0-9A-Za-z._-]+${escape(sessionPart(name))}$`));
		expect(participant.url()).toBe(link);
		// A reload keeps the session and the result.
		await participant.reload();
		await waitForIsland(island);
		await expect(note).toContainText(t(lang, 'assessment.session.note', { name }));
		await expect(island.getByLabel(t(lang, 'assessment.shareLink'))).toHaveValue(link);
		await phone.close();

		// Sent in the chat and pasted, it joins the session it was made for.
		await page.getByLabel(t(lang, 'team.linksLabel')).fill(`Вера: ${link}`);
		await page.getByRole('button', { name: t(lang, 'team.add') }).click();
		await expect(page.getByText(t(lang, 'team.added', { count: 1 }))).toBeVisible();
		await expect(page.locator('.report .held')).toHaveCount(0);
		await expect(page.locator('.team-table tbody tr:not(.stat)')).toHaveCount(1);
	});

	test(`${lang}: a result for another session is held back by line and sender, and added only when asked`, async ({
		page,
	}) => {
		const name = NAME[lang];
		await page.goto(namedTeamPath(lang, name, ['Анна', 'Борис']));
		await waitForTeam(page);
		const rows = page.locator('.team-table tbody tr:not(.stat)');
		await expect(rows).toHaveCount(2);
		await openTools(page, lang);
		const mine = makeResult('relationship-health', lang, () => 4, { name: 'Вера' });
		const theirs = makeResult('relationship-health', lang, () => 2, { name: 'Глеб' });
		const nameless = makeResult('relationship-health', lang, () => 3, { name: 'Дина' });
		await page
			.getByLabel(t(lang, 'team.linksLabel'))
			.fill(
				[
					`Вера: https://x.org${mine.path}${sessionPart(name.toLocaleUpperCase())}`,
					`Глеб: https://x.org${theirs.path}${sessionPart(OTHER)}»`,
					`Дина: https://x.org${nameless.path}`,
				].join('\n')
			);
		await page.getByRole('button', { name: t(lang, 'team.add') }).click();
		await expect(page.getByText(t(lang, 'team.added', { count: 2 }))).toBeVisible();
		await expect(rows).toHaveCount(4);
		const held = page.locator('.report .held');
		await expect(held).toContainText(t(lang, 'team.heldHeading', { count: 1 }));
		await expect(held.getByRole('listitem')).toHaveText([
			t(lang, 'team.heldLineNamed', { line: 2, label: 'Глеб', session: OTHER }),
		]);
		await expect(page.getByLabel(t(lang, 'team.linksLabel'))).toHaveValue('');
		await expectNoSeriousViolations(page);

		await held.getByRole('button', { name: t(lang, 'team.addHeld') }).click();
		await expect(rows).toHaveCount(5);
		await expect(page.getByText(t(lang, 'team.added', { count: 1 }))).toBeVisible();
		await expect(held).toHaveCount(0);
		await expect(page.getByLabel(t(lang, 'team.linksLabel'))).toBeFocused();
		// Still this session.
		await expect(
			page.getByRole('heading', { name: t(lang, 'team.sessionHeading', { name }) })
		).toBeVisible();
	});

	test(`${lang}: the CSV starts with its header row, names the session in a column and in the file name`, async ({
		page,
	}) => {
		const name = NAME[lang];
		await page.goto(namedTeamPath(lang, name, ['Анна', 'Борис', 'Вера']));
		await waitForTeam(page);
		// The CSV follows the names switch (#22): shown here, so that the names column is checked.
		await showNames(page, lang);
		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('button', { name: t(lang, 'team.downloadCsvSemicolon') }).click();
		const download = await downloadPromise;
		expect(download.suggestedFilename()).toMatch(
			lang === 'ru'
				? /^clientship-Северный-ветер-relationship-health-\d{4}-\d{2}-\d{2}\.csv$/
				: /^clientship-Northwind-«Ltd»-relationship-health-\d{4}-\d{2}-\d{2}\.csv$/
		);
		const csv = await readFile((await download.path()) ?? '', 'utf8');
		const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
		const [header = [], ...rows] = parsed.data;
		expect(header.slice(0, 4)).toEqual([
			t(lang, 'team.csv.round'),
			t(lang, 'team.csv.side'),
			t(lang, 'team.csv.name'),
			t(lang, 'team.csv.date'),
		]);
		expect(header.at(-1)).toBe(t(lang, 'team.csv.session'));
		for (const row of rows) {
			expect(row).toHaveLength(header.length);
			expect(row.at(-1)).toBe(name);
		}
		expect(rows.map((row) => row[2])).toContain('Анна');
		// A header-detecting reader (papaparse's, as pandas' and import wizards') finds the columns.
		const objects = Papa.parse<Record<string, string>>(csv.slice(1), {
			header: true,
			skipEmptyLines: true,
		});
		expect(objects.meta.delimiter).toBe(';');
		expect(objects.meta.fields).toEqual(header);
		expect(objects.data[0]?.[t(lang, 'team.csv.name')]).toBe('Анна');
	});

	test(`${lang}: the team link, a reload, the printout and the list of sessions keep the name; links from before names open unnamed`, async ({
		page,
		browser,
	}) => {
		const name = NAME[lang];
		await page.goto(`/${lang}/team/`);
		await waitForTeam(page);
		await page.getByLabel(t(lang, 'team.invite.sessionName')).fill(name);
		const made = makeResult('relationship-health', lang, () => 4, { name: 'Анна' });
		await page.getByLabel(t(lang, 'team.linksLabel')).fill(`https://x.org${made.path}`);
		await page.getByRole('button', { name: t(lang, 'team.add') }).click();
		const heading = page.getByRole('heading', { name: t(lang, 'team.sessionHeading', { name }) });
		await expect(heading).toBeVisible();
		const teamLink = await page.getByLabel(t(lang, 'team.teamLink')).inputValue();
		expect(teamLink).toContain('&s=');

		await page.reload();
		await waitForTeam(page);
		await expect(heading).toBeVisible();
		await expect(page.getByLabel(t(lang, 'team.invite.sessionName'))).toHaveValue(name);
		// The printout is headed by the session, in place of the page's own heading.
		await page.emulateMedia({ media: 'print' });
		await expect(heading).toBeVisible();
		await expect(page.getByRole('heading', { name: t(lang, 'team.heading') })).toBeHidden();
		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('button', { name: t(lang, 'team.sessions.newSession') }).click();
		await expect(heading).toBeHidden();
		await expect(page.locator('.session-list')).toContainText(
			t(lang, 'team.sessions.name', { name })
		);
		expect(await page.title()).not.toContain(name);

		const context = await browser.newContext();
		const fresh = await context.newPage();
		await fresh.goto(teamLink);
		await waitForTeam(fresh);
		await expect(
			fresh.getByRole('heading', { name: t(lang, 'team.sessionHeading', { name }) })
		).toBeVisible();
		expect(await fresh.title()).toContain(name);
		// A team link made before session names: the same results, no name, nothing reported.
		const [old] = frozenV2.teamLinks;
		await fresh.goto(new URL(old?.link ?? '').hash.replace(/^/, `/${lang}/team/`));
		await fresh.reload();
		await waitForTeam(fresh);
		await expect(fresh.locator('.team-table tbody tr:not(.stat)')).toHaveCount(3);
		await expect(fresh.locator('.session-heading')).toHaveCount(0);
		await expect(fresh.locator('.report')).not.toContainText(/\S/);
		await context.close();
	});

	test(`${lang}: the client’s invitation is a letter to send, not a QR code for the room`, async ({
		page,
		context,
		baseURL,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const name = NAME[lang];
		await page.goto(`/${lang}/team/`);
		await waitForTeam(page);
		const invite = page.locator('details.invite');
		await invite.getByLabel(t(lang, 'team.invite.sessionName')).fill(name);
		await invite
			.getByLabel(t(lang, 'team.invite.assessment'), { exact: true })
			.selectOption('relationship-health');
		await expect(invite.getByRole('img', { name: /QR/ })).toBeVisible();
		await invite.getByLabel(t(lang, 'team.invite.sideClient')).check();

		await expect(invite.getByRole('img', { name: /QR/ })).toHaveCount(0);
		await expect(invite).not.toContainText(t(lang, 'team.invite.link'));
		await expect(invite).not.toContainText(t(lang, 'team.invite.intro'));
		await expect(invite).toContainText(t(lang, 'team.invite.clientIntro'));
		const letter = invite.getByLabel(t(lang, 'team.invite.clientMail'));
		const body = await letter.inputValue();
		const link = `${baseURL}/${lang}/assessments/relationship-health/client/${'#s='}`;
		expect(body).toContain(link);
		const greeting = lang === 'ru' ? 'Здравствуйте!' : 'Hello,';
		expect(body.startsWith(greeting)).toBe(true);
		expect(body).toMatch(lang === 'ru' ? /около\s3\sминут\./ : /about 3 minutes\./);
		await invite.getByRole('button', { name: t(lang, 'team.invite.copyMail') }).click();
		await expect(invite.getByRole('status')).toHaveText(t(lang, 'team.invite.mailCopied'));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
		const mailto = await invite
			.getByRole('link', { name: t(lang, 'team.invite.openMail') })
			.getAttribute('href');
		expect(mailto?.startsWith('mailto:?subject=')).toBe(true);
		await expectNoSeriousViolations(page);

		// The client opens the link from the letter: the survey names the session, for the client.
		const address = /https?:\/\/\S+/.exec(body)?.[0] ?? '';
		await page.goto(address);
		const island = page.locator('.assessment-page');
		await waitForIsland(island);
		await expect(island.locator('.session-note')).toContainText(
			t(lang, 'assessment.session.noteClient', { name })
		);
	});

	test(`${lang}: the agency’s page offers the client’s version only after its form, worded for a facilitator`, async ({
		page,
	}) => {
		await page.goto(`/${lang}/assessments/relationship-health/`);
		const island = page.locator('.assessment-page');
		await waitForIsland(island);
		const offer = page.getByText(t(lang, 'assessment.inviteClient'));
		await expect(offer).toBeVisible();
		const toClient = page.locator('a[href$="/assessments/relationship-health/client/"]');
		await expect(toClient).toHaveCount(1);
		const submit = await island.locator('button[type="submit"]').boundingBox();
		const link = await toClient.boundingBox();
		expect(link?.y ?? 0).toBeGreaterThan((submit?.y ?? 9999) + (submit?.height ?? 0));
		// Nothing between the page's title and the first statement leads to the other side.
		const before = await page.evaluate(() => {
			const first = document.querySelector('fieldset.question');
			return [...document.querySelectorAll('main a[href*="/client/"]')].filter(
				(anchor) =>
					first !== null &&
					(anchor.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
			).length;
		});
		expect(before).toBe(0);
	});
}

test('a result link with a session after its code opens the same result, through the 404 page too, as the frozen format-2 links do without one', async ({
	page,
	siteGuard,
}) => {
	// A `%23` address is a page that does not exist: the host answers 404 first.
	siteGuard.allow(/404/);
	const session = sessionPart('Северный ветер');
	for (const link of frozenV2.links.filter((frozen) => frozen.assessment !== 'doing-or-being')) {
		const { pathname, hash } = new URL(link.link);
		const lang = pathname.split('/')[1] === 'ru' ? 'ru' : 'en';
		for (const address of [
			`${pathname}${hash}`,
			`${pathname}${hash}${session}`,
			`${pathname}${hash.replace('#', '%23')}${session}`,
		]) {
			await page.goto('about:blank');
			await page.goto(address);
			const shared = page.locator('.self-assessment').getByRole('region', {
				name: link.name
					? t(lang, 'assessment.shared.heading', { name: link.name })
					: t(lang, 'assessment.shared.headingAnonymous'),
			});
			await expect(shared, address).toBeVisible();
			expect(numbersOf(await readScores(shared))).toEqual(
				Object.values(link.scores).map((score) => `${score} 100`)
			);
			if (address.endsWith(session)) expect(page.url().endsWith(session)).toBe(true);
		}
	}
});

/** A string as a pattern that matches it literally. */
function escape(text: string): string {
	return text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
}
