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
					const context = await browser.newContext({ javaScriptEnabled: false, colorScheme });
					const staticPage = await context.newPage();
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
