/**
 * The Content-Security-Policy of every kind of page holds while a reader uses it (#15): the page
 * lists no hash but those of its own inline code (it has none), Astro's island scripts come from a
 * file, and nothing the site does (islands, search with its WebAssembly, a share link of another
 * assessment) makes Chromium report a `securitypolicyviolation`.
 */
import type { Page } from '@playwright/test';
import { makeResult } from './support/codes';
import { expect, test } from './support/fixtures';
import { LANGS } from './support/site';

/** Starts recording CSP violations on every document the page opens. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { __cspViolations: seen });
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
		});
	});
	return () =>
		page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []);
}

/** Scrolls every island into view and waits until Astro has hydrated it. */
async function hydrateIslands(page: Page): Promise<void> {
	const islands = page.locator('astro-island');
	for (let index = 0; index < (await islands.count()); index++) {
		await islands.nth(index).scrollIntoViewIfNeeded();
		await expect(islands.nth(index)).not.toHaveAttribute('ssr', /.*/);
	}
}

for (const lang of LANGS) {
	test(`${lang}: no page breaks its Content-Security-Policy while it is used (#15)`, async ({
		page,
	}) => {
		const violations = await recordViolations(page);
		for (const path of ['', 'lessons/marriage-or-mess/', 'team/', 'about/']) {
			await page.goto(`/${lang}/${path}`);
			await hydrateIslands(page);
			const policy = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			expect(policy, `/${lang}/${path}`).not.toContain("'sha256-");
			expect(await violations(), `/${lang}/${path}`).toEqual([]);
		}

		// A lesson's assessment, answered: the island runs.
		await page.goto(`/${lang}/lessons/customers-and-clients/`);
		await hydrateIslands(page);
		await page.locator('fieldset.question').first().getByRole('radio').first().check();
		await expect(page.locator('fieldset.question .feedback').first()).not.toBeEmpty();
		expect(await violations()).toEqual([]);

		// Another assessment's link: the page fetches the assessments' titles.
		const foreign = makeResult('client-level', lang, () => 2);
		await page.goto(foreign.path.replace('/client-level/', '/pushing-too-hard/'));
		await expect(page.locator('.self-assessment').getByRole('alert')).toBeVisible();
		expect(await violations()).toEqual([]);

		// Search: Pagefind's script and its WebAssembly.
		await page.goto(`/${lang}/search/?q=${lang === 'en' ? 'client' : 'клиент'}`);
		await expect(page.locator('.search-result').first()).toBeVisible();
		expect(await violations()).toEqual([]);
	});
}
