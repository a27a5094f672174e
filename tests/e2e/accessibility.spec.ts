/** axe (WCAG 2.2 AA) finds no serious or critical violation on any page, in light and dark mode (#2). */
import { expectNoSeriousViolations } from './support/axe';
import { test } from './support/fixtures';
import { LOCALIZED_ROUTES } from './support/site';

const pages = [...LOCALIZED_ROUTES.map((route) => route.url), '/', '/404.html'];

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} mode`, () => {
		test.use({ colorScheme });
		for (const url of pages) {
			test(`${url} has no serious accessibility violations`, async ({ page, browser }) => {
				if (url === '/') {
					// The picker redirects at once with JavaScript; check what readers without it see.
					// axe itself needs JavaScript (in a context with it turned off, Playwright's
					// evaluate never returns), so the page is served without its scripts instead.
					const context = await browser.newContext({ colorScheme });
					const staticPage = await context.newPage();
					await staticPage.route(/\/$/u, async (route) => {
						const response = await route.fetch();
						const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/giu, '');
						await route.fulfill({ response, body: html });
					});
					await staticPage.goto(url);
					await expectNoSeriousViolations(staticPage);
					await context.close();
					return;
				}
				await page.goto(url);
				await expectNoSeriousViolations(page);
			});
		}
	});
}
