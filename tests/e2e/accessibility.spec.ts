/** axe (WCAG 2.2 AA) finds no serious or critical violation on any page, in light and dark mode (#2). */
import { expectNoSeriousViolations } from './support/axe';
import { test } from './support/fixtures';
import { LOCALIZED_ROUTES } from './support/site';

const pages = [...LOCALIZED_ROUTES.map((route) => route.url), '/', '/404.html'];

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} mode`, () => {
		test.use({ colorScheme });
		for (const url of pages) {
			test(`${url} has no serious accessibility violations`, async ({ page }) => {
				if (url === '/') {
					// The picker redirects at once; check the page itself, as readers without JavaScript
					// see it (axe needs JavaScript, so only the site's own scripts are held back).
					await page.route('**/_astro/*.js', (route) =>
						route.fulfill({ contentType: 'text/javascript', body: '' })
					);
				}
				await page.goto(url);
				await expectNoSeriousViolations(page);
			});
		}
	});
}
