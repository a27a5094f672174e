/**
 * No page scrolls sideways on a 320 px phone, in either language (#8, #11, #16): every route, the
 * language picker and the 404 page, and the team page with a team of two in its table, where a
 * visually hidden column header once escaped the table's scroll box.
 */
import type { Page } from '@playwright/test';
import { makeResult } from './support/codes';
import { test, expect } from './support/fixtures';
import { LANGS, LOCALIZED_ROUTES } from './support/site';
import { showNames } from './support/team';
import { t } from './support/strings';

test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

/** How wide the page is once every island has hydrated (they do as they scroll into view). */
async function pageWidth(page: Page): Promise<number> {
	const islands = page.locator('astro-island');
	for (let index = 0; index < (await islands.count()); index++) {
		await islands.nth(index).scrollIntoViewIfNeeded();
	}
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	return page.evaluate(() => document.documentElement.scrollWidth);
}

for (const lang of LANGS) {
	test(`${lang}: no page is wider than a 320 px screen (#11)`, async ({ page, siteGuard }) => {
		siteGuard.allow(/404 .*\/no-such-page\/$/);
		siteGuard.allow(/Failed to load resource: the server responded with a status of 404/);
		const routes = LOCALIZED_ROUTES.filter((route) => route.lang === lang).map((r) => r.url);
		for (const url of [...routes, '/', `/${lang}/no-such-page/`]) {
			await page.goto(url);
			expect(await pageWidth(page), url).toBeLessThanOrEqual(320);
		}
	});

	test(`${lang}: the team page with two people fits a 320 px screen (#11)`, async ({ page }) => {
		const links = ['Анна Кузнецова', 'Bartholomew Featherstonehaugh'].map(
			(name, index) =>
				`https://clientship.example${makeResult('relationship-health', lang, (i) => ((i + index) % 5) + 1, { name }).path}`
		);
		await page.goto(`/${lang}/team/`);
		await expect(page.locator('.team-page astro-island')).not.toHaveAttribute('ssr', /.*/);
		await page.getByLabel(t(lang, 'team.linksLabel')).fill(links.join('\n'));
		await page.getByRole('button', { name: t(lang, 'team.add') }).tap();
		// The longest name is the point: the facilitator shows names, and the table must still fit.
		await showNames(page, lang);
		await expect(page.locator('.team-table')).toContainText('Bartholomew Featherstonehaugh');
		expect(await pageWidth(page)).toBeLessThanOrEqual(320);
		await page.setViewportSize({ width: 360, height: 780 });
		expect(await pageWidth(page)).toBeLessThanOrEqual(360);
	});
}
