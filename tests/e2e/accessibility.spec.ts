/**
 * axe (WCAG 2.2 AA) finds no serious or critical violation on any page (#2): every page in light
 * mode, and each page template once in dark mode (its colours are the same on every page of a
 * template), with the views a reader opens on them — a result, a team table — in both modes.
 */
import { expectNoSeriousViolations } from './support/axe';
import { makeResult } from './support/codes';
import { test, expect } from './support/fixtures';
import { LOCALIZED_ROUTES } from './support/site';

const pages = [...LOCALIZED_ROUTES.map((route) => route.url), '/', '/404.html'];

/** One page of each template, in Russian (the longer labels), for the dark-mode pass. */
const TEMPLATES = [
	'/ru/',
	'/ru/about/',
	'/ru/training/',
	'/ru/team/',
	'/ru/search/',
	'/ru/lessons/marriage-or-mess/',
	'/ru/assessments/relationship-health/',
	'/ru/assessments/relationship-health/client/',
	'/',
	'/404.html',
];

async function open(page: import('@playwright/test').Page, url: string) {
	if (url === '/') {
		// The picker redirects at once; check the page itself, as readers without JavaScript see it
		// (axe needs JavaScript, so only the site's own scripts are held back).
		await page.route('**/_astro/*.js', (route) =>
			route.fulfill({ contentType: 'text/javascript', body: '' })
		);
	}
	await page.goto(url);
	// Islands hydrate when the browser is idle (#21): check what the reader then has, not a page
	// whose island is being rendered while axe reads it.
	if (url !== '/') {
		await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	}
}

test.describe('light mode', () => {
	test.use({ colorScheme: 'light' });
	for (const url of pages) {
		test(`${url} has no serious accessibility violations`, async ({ page }) => {
			await open(page, url);
			await expectNoSeriousViolations(page);
		});
	}
});

test.describe('dark mode', () => {
	test.use({ colorScheme: 'dark' });
	for (const url of TEMPLATES) {
		test(`${url} has no serious accessibility violations`, async ({ page }) => {
			await open(page, url);
			await expectNoSeriousViolations(page);
		});
	}
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`${colorScheme} mode: a shared likert result, a sorted one and a team of three are axe-clean`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme });
		for (const made of [
			makeResult('relationship-health', 'ru', (i) => (i % 5) + 1, { name: 'Анна' }),
			makeResult('doing-or-being', 'en', (i) => (i % 2) + 1),
		]) {
			await page.goto(made.path);
			await expect(page.locator('.result')).toBeVisible();
			await expectNoSeriousViolations(page);
		}
		const team = [2, 4, 5].map((answer, index) =>
			makeResult('relationship-health', 'ru', () => answer, { name: `Коллега ${index}` })
		);
		await page.goto('/ru/team/');
		await expect(page.locator('form.paste button[type="submit"]')).toBeEnabled();
		await page
			.locator('#team-links')
			.fill(team.map((made) => `https://x.org${made.path}`).join('\n'));
		await page.locator('form.paste button[type="submit"]').click();
		await expect(page.locator('.team-table')).toBeVisible();
		await expectNoSeriousViolations(page);
	});
}
