/**
 * A team link opened by a participant (#22, DESIGN.md "Team sessions in the room"): on the phone
 * they answered on, the link starts at the results, the facilitator's tools folded after them;
 * their own row says "You"; the names column stays put while the scores scroll, with a hint while
 * there is more to the right; and no control of the table is cut off on a laptop or a projector.
 * The facilitator's own session still opens with the tools first. Results are made in Node
 * (support/codes.ts); the participant's own result is put in storage as the assessment page keeps
 * it.
 */
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { codeModelOf, makeResult } from './support/codes';
import { test, expect } from './support/fixtures';
import { LANGS, type Lang } from './support/site';
import { t } from './support/strings';
import { showNames } from './support/team';
import { answersKey } from '../../src/islands/assessment/answer-store';
import { makeShareLink } from '../../scripts/lib/share-links';
import { assessmentModels } from '../../scripts/lib/assessment-models';

const ID = 'relationship-health';
const TODAY = '2026-12-04';
const NAMES = ['Анна Смирнова', 'Борис Петров', 'Ilze Kalniņa', 'Tomás Ruiz'];

interface Person {
	name: string;
	date: string;
	side?: 'agency' | 'client';
}

/** How person `index` answers statement `statement`: everyone their own way. */
const answerOf = (index: number) => (statement: number) =>
	((statement * (index + 2) + index) % 5) + 1;

/** A team link of these people's results. */
function teamPath(lang: Lang, people: Person[]): string {
	const entries = people.map(({ name, date, side }, index) => {
		const made = makeResult(ID, lang, answerOf(index), { name, date, side: side ?? 'agency' });
		return `${ID}!${made.code}`;
	});
	return `/${lang}/team/#t=${entries.join('~')}`;
}

/** Keeps person `index`'s result on this device, as the assessment page does once they submit. */
async function keepOwnResult(page: Page, lang: Lang, index: number, date = TODAY): Promise<void> {
	const { answers } = makeShareLink(ID, lang, answerOf(index), { date });
	const stored = JSON.stringify({
		version: codeModelOf(ID).version,
		answers,
		submitted: true,
		history: [{ date, version: codeModelOf(ID).version, answers }],
	});
	await page.addInitScript(
		([key, value]) => {
			if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
		},
		[answersKey(ID), stored] as const
	);
}

async function waitForTeam(page: Page) {
	await expect(page.locator('.team-page astro-island')).not.toHaveAttribute('ssr', /.*/);
	await expect(page.locator('.team-table').first()).toBeVisible();
}

const three = NAMES.slice(0, 3).map((name) => ({ name, date: TODAY }));
const twoRoundsAndClient: Person[] = [
	...NAMES.slice(0, 3).map((name) => ({ name, date: '2026-09-10' })),
	...NAMES.map((name) => ({ name, date: TODAY })),
	{ name: 'Вера Клиентова', date: TODAY, side: 'client' },
];

/** A link with one digit of its answers changed, as a careless hand would: its checksum fails. */
const altered = (path: string) =>
	path.replace(
		/(#r=2\.\d+\.\w+\.)(\d)/,
		(_, prefix: string, digit: string) => `${prefix}${digit === '5' ? '4' : '5'}`
	);

/** The assessment's title, as the page in `lang` shows it. */
const titleIn = (lang: Lang) =>
	assessmentModels(lang).find((model) => model.id === ID && model.side === 'agency')?.title ?? ID;

/** The table's scroll box, found as a reader of the page finds it: by its name. */
const scrollBox = (page: Page, lang: Lang) =>
	page.getByRole('region', {
		name: t(lang, 'team.table.scrollLabel', { title: titleIn(lang) }),
	});

/** Whether `element` is wholly inside `container` and the viewport, and not covered. */
async function isWhollyShown(element: Locator, container: Locator, page: Page) {
	const [box, frame] = await Promise.all([element.boundingBox(), container.boundingBox()]);
	const viewport = page.viewportSize();
	if (!box || !frame || !viewport) return false;
	const inside =
		box.x >= frame.x - 0.5 &&
		box.x + box.width <= frame.x + frame.width + 0.5 &&
		box.y >= -0.5 &&
		box.y + box.height <= viewport.height + 0.5 &&
		box.x + box.width <= viewport.width + 0.5;
	// Not under the names column either: the control itself is what a tap at its middle reaches.
	const onTop = await element.evaluate((node) => {
		const rect = node.getBoundingClientRect();
		const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
		return hit !== null && (hit === node || node.contains(hit));
	});
	return inside && onTop;
}

for (const lang of LANGS) {
	test.describe(`${lang}: a participant opens the team link`, () => {
		test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

		test('at the results, tools folded, own row marked, names column in place', async ({
			page,
		}, testInfo) => {
			await keepOwnResult(page, lang, 1);
			await page.goto(teamPath(lang, three));
			await waitForTeam(page);

			// The results start at the top of the phone's screen.
			const heading = page.getByRole('heading', { level: 2, name: titleIn(lang) });
			await expect(heading).toBeInViewport();
			const top = (await heading.boundingBox())?.y ?? Infinity;
			expect(top).toBeLessThan(640 / 3);

			// The facilitator's tools are folded after the results, said in words.
			const pasteBox = page.getByLabel(t(lang, 'team.linksLabel'));
			const tools = page.getByText(t(lang, 'team.reader.tools'));
			await expect(pasteBox).toBeHidden();
			await expect(
				page.getByRole('heading', { name: t(lang, 'team.invite.heading') })
			).toBeHidden();
			const toolsTop = (await tools.boundingBox())?.y ?? 0;
			expect(toolsTop).toBeGreaterThan((await page.locator('.team-table').boundingBox())?.y ?? 0);

			// Their own row says so, in words; only theirs.
			const rowHeaders = page.locator('.team-table').getByRole('rowheader');
			const own = rowHeaders.filter({ hasText: t(lang, 'team.reader.you') });
			await expect(own).toHaveCount(1);
			await expect(own).toContainText(t(lang, 'team.participant', { number: 2 }));

			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				await page.screenshot({ path: testInfo.outputPath(`phone-${lang}-${scheme}.png`) });
			}
			await page.emulateMedia({ colorScheme: 'light' });

			// The table is wider than the phone: the hint says so; the names stay put while the
			// scores scroll, and the hint goes at the end.
			const box = scrollBox(page, lang);
			const hint = page.getByText(t(lang, 'team.table.scrollHint'));
			await expect(hint).toBeVisible();
			const before = await own.boundingBox();
			const score = page.locator('.team-table tr.is-own td').first();
			const scoreBefore = await score.boundingBox();
			await box.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
			await expect(hint).toBeHidden();
			await expect
				.poll(async () => (await score.boundingBox())?.x ?? 0)
				.toBeLessThan((scoreBefore?.x ?? 0) - 50);
			const after = await own.boundingBox();
			expect(after?.x).toBeCloseTo(before?.x ?? -1, 0);
			expect(after?.width).toBeCloseTo(before?.width ?? -1, 0);
			// Opaque: the scores pass under the names, not through them.
			const background = await own.evaluate((cell) => getComputedStyle(cell).backgroundColor);
			expect(background).not.toMatch(/rgba\(.*, 0\)|transparent/);
			await own.scrollIntoViewIfNeeded();
			await page.screenshot({ path: testInfo.outputPath(`phone-${lang}-scrolled.png`) });

			// A keyboard scrolls it too: the box is in the tab order, by its name.
			await box.evaluate((element) => element.scrollTo({ left: 0 }));
			await expect(hint).toBeVisible();
			await box.focus();
			await expect(box).toBeFocused();
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);

			await expectNoSeriousViolations(page);

			// The tools open when asked for; a reload keeps the reader's view.
			await tools.click();
			await expect(pasteBox).toBeVisible();
			await tools.scrollIntoViewIfNeeded();
			await page.screenshot({ path: testInfo.outputPath(`phone-${lang}-tools.png`) });
			await page.reload();
			await waitForTeam(page);
			await expect(page.getByLabel(t(lang, 'team.linksLabel'))).toBeHidden();
			await expect(own).toHaveCount(1);
		});

		test('a paste in the unfolded tools empties the box and keeps what failed reported', async ({
			page,
		}) => {
			await page.goto(teamPath(lang, three));
			await waitForTeam(page);
			await page.getByText(t(lang, 'team.reader.tools')).click();
			const made = makeResult(ID, lang, answerOf(3), { name: NAMES[3] ?? '', date: TODAY });
			const pasted = [
				`Tomás: https://clientship.example${made.path}`,
				`Дима: https://clientship.example${altered(made.path)}`,
				'это Дима если что',
			].join('\n');
			const pasteBox = page.getByLabel(t(lang, 'team.linksLabel'));
			await pasteBox.fill(pasted);
			await page.getByRole('button', { name: t(lang, 'team.add') }).click();
			await expect(page.getByText(t(lang, 'team.added', { count: 1 }))).toBeVisible();
			await expect(pasteBox).toHaveValue('');
			await expect(page.getByRole('alert')).toContainText(
				t(lang, 'team.brokenLineNamed', {
					line: 2,
					label: 'Дима',
					reason: t(lang, 'assessment.linkError.altered'),
				})
			);
			// Whoever adds results runs the session: it opens with the tools first from now on.
			await page.reload();
			await expect(page.locator('.team-page astro-island')).not.toHaveAttribute('ssr', /.*/);
			await expect(page.getByLabel(t(lang, 'team.linksLabel'))).toBeVisible();
			await expect(page.getByText(t(lang, 'team.reader.tools'))).toHaveCount(0);
		});
	});

	test(`${lang}: the facilitator’s own session opens with the tools first, no row marked`, async ({
		page,
	}) => {
		await keepOwnResult(page, lang, 1);
		const path = teamPath(lang, three);
		await page.goto(`/${lang}/team/`);
		await expect(page.locator('.team-page astro-island')).not.toHaveAttribute('ssr', /.*/);
		await page.getByLabel(t(lang, 'team.linksLabel')).fill(`https://clientship.example${path}`);
		await page.getByRole('button', { name: t(lang, 'team.add') }).click();
		await waitForTeam(page);
		// Its own link, opened again on this device, is the session it runs.
		await page.goto(page.url());
		await page.reload();
		await waitForTeam(page);
		await expect(page.getByLabel(t(lang, 'team.linksLabel'))).toBeVisible();
		await expect(page.getByText(t(lang, 'team.reader.tools'))).toHaveCount(0);
		// The facilitator's screen may be on the projector: no one's row is marked there.
		await expect(page.getByText(t(lang, 'team.reader.you'), { exact: true })).toHaveCount(0);
	});

	for (const [width, height, people, what] of [
		[1024, 768, three, 'three people'],
		[1280, 720, twoRoundsAndClient, 'two rounds and the client'],
	] as const) {
		test(`${lang}: at ${width}×${height}, ${what}: every control of the table shows whole`, async ({
			page,
		}, testInfo) => {
			await page.setViewportSize({ width, height });
			await page.goto(teamPath(lang, [...people]));
			await waitForTeam(page);
			await showNames(page, lang);
			const box = scrollBox(page, lang);
			const controls = page.locator('.team-table').locator('button, select');
			const count = await controls.count();
			expect(count).toBeGreaterThan(2);
			for (let index = 0; index < count; index += 1) {
				const control = controls.nth(index);
				await control.scrollIntoViewIfNeeded();
				await expect.poll(() => isWhollyShown(control, box, page)).toBe(true);
			}
			// Wider than its box or not, the table says whether there is more to the right.
			const overflows = await box.evaluate(
				(element) => element.scrollWidth > element.clientWidth + 1
			);
			await box.evaluate((element) => element.scrollTo({ left: 0 }));
			const hint = page.getByText(t(lang, 'team.table.scrollHint'));
			if (overflows) await expect(hint).toBeVisible();
			else await expect(hint).toHaveCount(0);
			await box.scrollIntoViewIfNeeded();
			await page.screenshot({ path: testInfo.outputPath(`table-${lang}-${width}.png`) });
			await expectNoSeriousViolations(page);
		});
	}
}
