/**
 * A long lesson on a phone (#24), 360×780 touch, in both languages: the compact reading bar that
 * slides back mid-lesson with the contents (current section marked), search, the language switch
 * and a progress line, without moving anything on the page; and "Continue: lesson 3, «…», 3 min
 * left" on the home page and the lesson, from the place kept on this device.
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { test, expect } from './support/fixtures';
import { LANGS } from './support/site';
import { t } from './support/strings';

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

const SLUG = 'marriage-or-mess';
const NUMBER = 3;

/** The ids and titles of the lesson's sections, in the order of its contents. */
function sections(page: Page): Promise<{ id: string; title: string }[]> {
	return page.locator('.toc a[href^="#"]').evaluateAll((links) =>
		links.map((link) => ({
			id: decodeURIComponent((link as HTMLAnchorElement).hash.slice(1)),
			title: link.textContent?.trim() ?? '',
		}))
	);
}

/** Scrolls by `top` px at once, and lets the page see the scroll before the next one. */
async function scrollBy(page: Page, top: number): Promise<void> {
	await page.evaluate(
		(by) =>
			new Promise<void>((resolve) => {
				window.scrollBy({ top: by, behavior: 'instant' });
				requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
			}),
		top
	);
}

/** Scrolls down to put a section's heading just above the top of the screen, as reading does. */
async function readDownTo(page: Page, id: string): Promise<void> {
	const top = await page
		.locator(`[id="${id}"]`)
		.evaluate((heading) => heading.getBoundingClientRect().top);
	await scrollBy(page, top + 120);
}

/** The language switch's name: the other language's own name. */
const otherName = (lang: 'en' | 'ru') => t(lang === 'en' ? 'ru' : 'en', 'language.name');

/** The stored place of the lesson, as the page's script keeps it. */
function storedSection(page: Page): Promise<number | undefined> {
	return page.evaluate((slug) => {
		const raw = localStorage.getItem('clientship:v1:positions');
		const positions = raw ? (JSON.parse(raw) as Record<string, { section: number }>) : {};
		return positions[slug]?.section;
	}, SLUG);
}

/** The minutes left from a section's start, as the site counted them at build time. */
function minutesLeft(page: Page, index: number): Promise<number> {
	return page
		.locator('[data-continue]')
		.getAttribute('data-lessons')
		.then((raw) => {
			const lessons = JSON.parse(raw ?? '{}') as Record<
				string,
				{ sections: [string, string, number][] }
			>;
			return lessons[SLUG]?.sections[index]?.[2] ?? -1;
		});
}

for (const lang of LANGS) {
	test.describe(`a phone in ${lang}`, () => {
		test('mid-lesson, scrolling up brings back the bar with contents, search and language, and nothing moves (#24)', async ({
			page,
		}) => {
			// Every layout shift the page makes while it is read, as Lighthouse counts them.
			await page.addInitScript(() => {
				const shifts = ((window as unknown as { shifts: number[] }).shifts = [] as number[]);
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
					})[]) {
						if (!entry.hadRecentInput) shifts.push(entry.value);
					}
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto(`/${lang}/lessons/${SLUG}/`);
			const all = await sections(page);
			const index = all.length - 6;
			const bar = page.locator('[data-reading-bar]');
			const contents = bar.getByRole('button', { name: t(lang, 'readingBar.contents') });
			await expect(contents).toBeHidden();

			await readDownTo(page, all[index]?.id ?? '');
			await expect(contents).toBeHidden();
			await scrollBy(page, -150);
			await expect(contents).toBeInViewport();
			await expect(page.locator('.site-header')).not.toBeInViewport();
			await expect(contents).toContainText(all[index]?.title ?? '');
			await expect(bar.getByRole('button', { name: t(lang, 'search.button') })).toBeVisible();
			await expect(bar.getByRole('link', { name: otherName(lang) })).toBeVisible();
			// The progress line has moved on from the start and has not reached the end.
			const progress = await bar
				.locator('[data-bar-progress]')
				.evaluate((line) => new DOMMatrix(getComputedStyle(line).transform).a);
			expect(progress).toBeGreaterThan(0.2);
			expect(progress).toBeLessThan(1);

			// The contents, with the section the reader is in marked as current.
			await contents.tap();
			const list = page.locator('[data-bar-list]');
			await expect(list.getByRole('link', { name: all[index]?.title ?? '' })).toHaveAttribute(
				'aria-current',
				'true'
			);
			await expect(list.locator('[aria-current]')).toHaveCount(1);
			await expectNoSeriousViolations(page);

			// Going to an earlier section: the heading is in view, not under the bar.
			const target = all[2];
			await list.getByRole('link', { name: target?.title ?? '', exact: true }).tap();
			await expect(list).toBeHidden();
			const heading = page.locator(`[id="${target?.id}"]`);
			await expect(heading).toBeInViewport();
			await expect(heading).toBeFocused();
			// The lesson's own contents (closed on a phone) mark it too.
			await expect(page.locator('.toc a[aria-current="true"]')).toHaveText(target?.title ?? '');
			const [headingBox, barBox] = [await heading.boundingBox(), await bar.boundingBox()];
			expect(
				(await contents.isVisible()) ? (headingBox?.y ?? 0) >= (barBox?.height ?? 0) : true
			).toBe(true);

			// Scrolling down sends the bar away again.
			await scrollBy(page, 400);
			await expect(contents).toBeHidden();

			// A bar that pushed the text would score about its height over the screen's (≈ 0.07);
			// a font swap on a slow machine can nudge one line by a pixel (≈ 0.001), which is not
			// the bar moving anything.
			const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
			expect(shifts.reduce((sum, shift) => sum + shift, 0)).toBeLessThan(0.01);

			// Search from the bar.
			await scrollBy(page, -100);
			await bar.getByRole('button', { name: t(lang, 'search.button') }).tap();
			await expect(page.getByRole('dialog')).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(page.getByRole('dialog')).toBeHidden();
		});

		test('a control reached by the keyboard is never under the bar; reduced motion, no sliding (#24)', async ({
			page,
		}) => {
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(`/${lang}/lessons/${SLUG}/`);
			const all = await sections(page);
			const bar = page.locator('[data-reading-bar]');
			// A heading and its link just under where the bar comes back.
			const heading = page.locator(`[id="${all[4]?.id}"]`);
			await scrollBy(page, (await heading.evaluate((h) => h.getBoundingClientRect().top)) - 20);
			await scrollBy(page, -5);
			await expect(bar).toBeInViewport();
			expect(await bar.evaluate((element) => getComputedStyle(element).transitionDuration)).toMatch(
				/^0s/
			);
			const link = page
				.locator('.heading-wrapper')
				.filter({ has: heading })
				.locator('.anchor-link');
			const [linkBox, barBox] = [await link.boundingBox(), await bar.boundingBox()];
			expect(linkBox?.y).toBeLessThan((barBox?.y ?? 0) + (barBox?.height ?? 0));
			// Focus lands on it: it is scrolled out from under the bar, or the bar gives way.
			await link.focus();
			await expect(link).toBeFocused();
			const focused = await link.boundingBox();
			const cover = (await bar.isVisible()) ? await bar.boundingBox() : null;
			expect(focused?.y ?? -1).toBeGreaterThanOrEqual(cover ? cover.y + cover.height : 0);
		});

		test('the bar’s language switch opens the other language at the same section (#24)', async ({
			page,
		}) => {
			const other = lang === 'en' ? 'ru' : 'en';
			await page.goto(`/${other}/lessons/${SLUG}/`);
			const otherIds = (await sections(page)).map((section) => section.id);
			await page.goto(`/${lang}/lessons/${SLUG}/`);
			const all = await sections(page);
			await readDownTo(page, all[5]?.id ?? '');
			await scrollBy(page, -60);
			const bar = page.locator('[data-reading-bar]');
			await bar.getByRole('link', { name: otherName(lang) }).tap();
			await expect(page.locator('html')).toHaveAttribute('lang', other);
			expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(otherIds[5]);
		});

		test('home and the lesson offer to continue where the reader stopped, until the lesson is read to the end (#24)', async ({
			page,
		}) => {
			await page.goto(`/${lang}/`);
			await expect(
				page.getByRole('complementary', { name: t(lang, 'continue.label') })
			).toBeHidden();

			await page.goto(`/${lang}/lessons/${SLUG}/`);
			const all = await sections(page);
			const index =
				all.findIndex((section) => section.title === t(lang, 'lesson.takeawaysHeading')) - 4;
			await readDownTo(page, all[index]?.id ?? '');
			await expect.poll(() => storedSection(page)).toBe(index);
			const minutes = await minutesLeft(page, index);
			expect(minutes).toBeGreaterThanOrEqual(1);

			// The home page names the lesson, the section and the minutes left.
			await page.goto(`/${lang}/`);
			const home = page.getByRole('complementary', { name: t(lang, 'continue.label') });
			const text = t(lang, 'continue.home', {
				count: minutes,
				number: NUMBER,
				section: all[index]?.title ?? '',
			});
			await expect(home.getByRole('link')).toHaveText(text);
			await expect(home).toBeInViewport();
			await expectNoSeriousViolations(page);
			await home.getByRole('link').tap();
			await expect(page).toHaveURL(new RegExp(`/${lang}/lessons/${SLUG}/#`));
			await expect(page.locator(`[id="${all[index]?.id}"]`)).toBeInViewport();
			// Landing there keeps the same place once the page has settled at the heading.
			await expect.poll(() => storedSection(page)).toBe(index);

			// Opened at its top, the lesson offers the same place.
			await page.goto(`/${lang}/lessons/${SLUG}/`);
			const card = page.getByRole('complementary', { name: t(lang, 'continue.label') });
			await expect(card.getByRole('link')).toHaveText(
				t(lang, 'continue.lesson', { count: minutes, section: all[index]?.title ?? '' })
			);
			await card.getByRole('button', { name: t(lang, 'continue.close') }).tap();
			await expect(card).toBeHidden();

			// Read to the end: nothing to continue.
			await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
			await expect.poll(() => storedSection(page)).toBeUndefined();
			await page.goto(`/${lang}/`);
			await expect(page.locator('[data-progress]')).not.toHaveText(t(lang, 'home.progressNone'));
			await expect(home).toBeHidden();
		});
	});
}

test('two tabs: each keeps its lesson, and home follows the latest (#24)', async ({ context }) => {
	const [first, second, home] = [
		await context.newPage(),
		await context.newPage(),
		await context.newPage(),
	];
	await home.goto('/en/');
	await first.goto(`/en/lessons/${SLUG}/`);
	await readDownTo(first, (await sections(first))[3]?.id ?? '');
	await expect.poll(() => storedSection(first)).toBe(3);
	const card = home.getByRole('complementary', { name: t('en', 'continue.label') });
	await expect(card).toContainText(`lesson ${NUMBER}`);

	await second.goto('/en/lessons/partners-not-customers/');
	await readDownTo(second, (await sections(second))[2]?.id ?? '');
	await expect(card).toContainText('lesson 2');
	const stored = await home.evaluate(() =>
		Object.keys(JSON.parse(localStorage.getItem('clientship:v1:positions') ?? '{}') as object)
	);
	expect(stored.sort()).toEqual([SLUG, 'partners-not-customers']);
});
