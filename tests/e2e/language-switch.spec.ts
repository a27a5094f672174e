/**
 * The language switcher leads to the same page in the other language, fragment and all (#2), and
 * keeps the reader's place: the same section of a lesson, the same query on search (#16).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { t } from './support/strings';
import { headingId } from '../../src/lib/slug';

/** The ids of a lesson's sections, in the order of its contents. */
function sectionIds(page: Page): Promise<string[]> {
	return page
		.locator('[data-other-sections] a[href^="#"]')
		.evaluateAll((links) =>
			links.map((link) => decodeURIComponent((link as HTMLAnchorElement).hash.slice(1)))
		);
}

const fragmentOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash.slice(1));

test('the switcher on an English lesson opens the Russian lesson at the same section', async ({
	page,
}) => {
	await page.goto('/en/lessons/marriage-or-mess/#takeaways');
	const ids = await sectionIds(page);
	await expect(page.locator('[data-other-sections]')).toHaveAttribute(
		'data-reading',
		String(ids.indexOf('takeaways'))
	);
	await page.getByRole('link', { name: 'Русский' }).click();
	await expect(page).toHaveURL(/\/ru\/lessons\/marriage-or-mess\/#/);
	expect(fragmentOf(page)).toBe(headingId(t('ru', 'lesson.takeawaysHeading')));
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	expect(await page.evaluate(() => localStorage.getItem('clientship:v1:lang'))).toBe('ru');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

	for (const [from, to, name] of [
		['en', 'ru', 'Русский'],
		['ru', 'en', 'English'],
	] as const) {
		test(`${from} → ${to}: the switch lands on the heading the reader was reading (#16)`, async ({
			page,
		}) => {
			await page.goto(`/${to}/lessons/partners-not-customers/`);
			const targetIds = await sectionIds(page);
			await page.goto(`/${from}/lessons/partners-not-customers/`);
			const ids = await sectionIds(page);
			expect(ids).toHaveLength(targetIds.length);
			for (const index of [2, ids.length - 4]) {
				// Read down to a section, then scroll back up to the switch, as a thumb does.
				await page.locator(`[id="${ids[index]}"]`).evaluate((heading) => {
					heading.scrollIntoView({ block: 'start', behavior: 'instant' });
					window.scrollBy({ top: 120, behavior: 'instant' });
				});
				await expect(page.locator('[data-other-sections]')).toHaveAttribute(
					'data-reading',
					String(index)
				);
				await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
				await page.getByRole('link', { name }).tap();
				await expect(page.locator('html')).toHaveAttribute('lang', to);
				expect(fragmentOf(page)).toBe(targetIds[index]);
				const heading = page.locator(`[id="${targetIds[index]}"]`);
				await expect(heading).toBeInViewport();
				await page.goBack();
				await expect(page.locator('html')).toHaveAttribute('lang', from);
			}
		});
	}

	test('above the first section, the switch leads to the top of the page', async ({ page }) => {
		await page.goto('/ru/lessons/marriage-or-mess/');
		await page.getByRole('link', { name: 'English' }).tap();
		await expect(page).toHaveURL('/en/lessons/marriage-or-mess/');
	});
});

test('the switcher on the search page keeps the query (#16)', async ({ page }) => {
	await page.goto('/en/search/');
	const field = page.getByRole('main').getByRole('searchbox');
	await field.fill('metrics');
	await page.getByRole('link', { name: 'Русский' }).click();
	await expect(page).toHaveURL('/ru/search/?q=metrics');
	await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('metrics');
});

test('the switcher keeps a team link’s fragment (#2)', async ({ page }) => {
	await page.goto('/en/team/#t=1.x');
	await page.getByRole('link', { name: 'Русский' }).click();
	await expect(page).toHaveURL('/ru/team/#t=1.x');
});

test('the switcher on a Russian page opens the English page', async ({ page }) => {
	await page.goto('/ru/about/');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL('/en/about/');
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' })
	).toHaveAttribute('aria-current', 'page');
});

test('the switcher works without JavaScript, as a plain link', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/ru/lessons/customers-and-clients/');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL('/en/lessons/customers-and-clients/');
	await context.close();
});
