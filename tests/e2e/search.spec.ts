/**
 * Search (#6): the header dialog, its shortcuts and keyboard use, results in the page's language,
 * Russian word forms, the search page, loading on first use, and accessibility with the dialog open.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { LANGS, type Lang } from './support/site';

const TEXT = {
	en: { button: 'Search', label: 'Search the lessons', noResults: /^Nothing found for “qzxv”/u },
	ru: {
		button: 'Поиск',
		label: 'Поиск по урокам',
		// Russian strings bind short words with no-break spaces (#12).
		noResults: /^По\sзапросу «щзхъ» ничего не\sнашлось/u,
	},
} as const;

/** The count line for `count` results, as the site must write it. */
function countText(lang: Lang, count: number): string {
	const forms = {
		en: { one: 'result', other: 'results' },
		ru: { one: 'результат', few: 'результата', many: 'результатов', other: 'результата' },
	}[lang] as Record<string, string>;
	return `${count} ${forms[new Intl.PluralRules(lang).select(count)]}`;
}

const dialogOf = (page: Page, lang: Lang) => page.getByRole('dialog', { name: TEXT[lang].label });
const buttonOf = (page: Page, lang: Lang) =>
	page.getByRole('banner').getByRole('button', { name: TEXT[lang].button, exact: true });

/** Types a query into the dialog and waits until the count (or the no-results message) shows. */
async function search(scope: Locator, lang: Lang, query: string): Promise<Locator> {
	await scope.getByRole('searchbox', { name: TEXT[lang].label }).fill(query);
	const status = scope.getByRole('status');
	// Wait for this query's results, not the last query's, which are still on screen at first.
	await expect(scope.locator('[data-search-results]')).toHaveAttribute('data-query', query.trim());
	await expect(status).toHaveText(/\S/u);
	await expect(scope.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', /.*/u);
	return status;
}

/** Checks that the count line matches the results shown. */
async function expectCountMatches(scope: Locator, lang: Lang): Promise<number> {
	const count = await scope.locator('.search-result').count();
	await expect(scope.getByRole('status')).toHaveText(countText(lang, count));
	return count;
}

/** Lesson slugs among the results, in order. */
async function lessonSlugs(scope: Locator): Promise<string[]> {
	const hrefs = await scope
		.locator('a.search-result-link')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	return hrefs.flatMap((href) => /\/lessons\/([^/]+)\//u.exec(href)?.[1] ?? []);
}

for (const lang of LANGS) {
	test.describe(`search in ${lang}`, () => {
		test(`the header button opens the dialog with focus in the field, and Esc gives focus back (#6)`, async ({
			page,
		}) => {
			await page.goto(`/${lang}/about/`);
			const button = buttonOf(page, lang);
			await button.click();
			const dialog = dialogOf(page, lang);
			await expect(dialog).toBeVisible();
			await expect(dialog.getByRole('searchbox', { name: TEXT[lang].label })).toBeFocused();
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(
				true
			);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			await expect(button).toBeFocused();
		});

		test(`“/” opens search, except while typing in a field, and on the search page uses its field (#6)`, async ({
			page,
		}) => {
			await page.goto(`/${lang}/lessons/partners-not-customers/`);
			await page.locator('body').press('/');
			const dialog = dialogOf(page, lang);
			await expect(dialog).toBeVisible();
			const field = dialog.getByRole('searchbox', { name: TEXT[lang].label });
			await expect(field).toBeFocused();
			await page.keyboard.type('a/b');
			await expect(field).toHaveValue('a/b');
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();

			await page.goto(`/${lang}/search/`);
			const pageField = page.getByRole('main').getByRole('searchbox', { name: TEXT[lang].label });
			await pageField.click();
			await page.keyboard.type('x/');
			await expect(pageField).toHaveValue('x/');
			await expect(dialog).toBeHidden();

			// On the search page the shortcuts go to the page's own field, not to a second search box.
			await page.getByRole('heading', { level: 1 }).click();
			await page.locator('body').press('/');
			await expect(pageField).toBeFocused();
			await expect(dialog).toBeHidden();
			await page.keyboard.type('y');
			await expect(pageField).toHaveValue('y');
		});

		test(`Ctrl+K and ⌘K open search (#6)`, async ({ page }) => {
			await page.goto(`/${lang}/`);
			const dialog = dialogOf(page, lang);
			await page.keyboard.press('Control+k');
			await expect(dialog).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			await page.keyboard.press('Meta+k');
			await expect(dialog).toBeVisible();
		});

		test(`nothing of search loads until the reader opens it (#6)`, async ({ page }) => {
			const requested: string[] = [];
			page.on('request', (request) => requested.push(new URL(request.url()).pathname));
			await page.goto(`/${lang}/lessons/marriage-or-mess/`, { waitUntil: 'networkidle' });
			await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
			await page.waitForLoadState('networkidle');
			expect(
				requested.filter((path) => path.includes('/pagefind/') || path.includes('search-dialog'))
			).toEqual([]);

			await buttonOf(page, lang).click();
			await search(dialogOf(page, lang), lang, lang === 'en' ? 'metrics' : 'метрики');
			expect(requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
			expect(requested.some((path) => path.endsWith(`/pagefind/wasm.${lang}.pagefind`))).toBe(true);
			expect(requested.some((path) => /\/pagefind\/index\//u.test(path))).toBe(true);
		});

		test(`a query that matches nothing says so (#6)`, async ({ page }) => {
			await page.goto(`/${lang}/`);
			await buttonOf(page, lang).click();
			const dialog = dialogOf(page, lang);
			const status = await search(dialog, lang, lang === 'en' ? 'qzxv' : 'щзхъ');
			await expect(status).toHaveText(TEXT[lang].noResults);
			await expect(dialog.locator('.search-result')).toHaveCount(0);
		});

		test(`axe finds no serious violation with the dialog open and results shown (#6)`, async ({
			page,
		}) => {
			await page.goto(`/${lang}/lessons/clients-at-different-levels/`);
			await buttonOf(page, lang).click();
			await search(dialogOf(page, lang), lang, lang === 'en' ? 'client' : 'клиент');
			await expectNoSeriousViolations(page);
		});
	});
}

test('an English query finds English lessons only, with a count in English (#6)', async ({
	page,
}) => {
	await page.goto('/en/about/');
	await buttonOf(page, 'en').click();
	const dialog = dialogOf(page, 'en');
	await search(dialog, 'en', 'client');
	const count = await expectCountMatches(dialog, 'en');
	expect(count).toBeGreaterThanOrEqual(5);
	const hrefs = await dialog
		.locator('[data-search-results] a')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	expect(hrefs.every((href) => href?.startsWith('/en/'))).toBe(true);

	await search(dialog, 'en', 'metrics');
	await expectCountMatches(dialog, 'en');
	expect(await lessonSlugs(dialog)).toEqual(['partners-not-customers']);
	await expect(dialog.locator('.search-result mark').first()).toHaveText(/metrics/iu);

	await search(dialog, 'en', 'cannery');
	await expect(dialog.getByRole('status')).toHaveText('1 result');
});

test('“клиентами” on /ru/ finds the Russian lessons that say “клиент”, counted in Russian (#6)', async ({
	page,
}) => {
	await page.goto('/ru/');
	await buttonOf(page, 'ru').click();
	const dialog = dialogOf(page, 'ru');
	await search(dialog, 'ru', 'клиентами');
	expect((await lessonSlugs(dialog)).length).toBe(5);
	await expectCountMatches(dialog, 'ru');
	await expect(dialog.getByRole('status')).toHaveText(/результатов$/u);
	const hrefs = await dialog
		.locator('[data-search-results] a')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	expect(hrefs.every((href) => href?.startsWith('/ru/'))).toBe(true);
});

test('“партнёрство” and “партнерство” find the same lessons, the partnership lesson first (#6)', async ({
	page,
}) => {
	await page.goto('/ru/');
	await buttonOf(page, 'ru').click();
	const dialog = dialogOf(page, 'ru');
	await search(dialog, 'ru', 'партнёрство');
	const withYo = await lessonSlugs(dialog);
	await expectCountMatches(dialog, 'ru');
	await search(dialog, 'ru', 'партнерство');
	const withYe = await lessonSlugs(dialog);
	expect(withYo[0]).toBe('partners-not-customers');
	expect(withYe).toEqual(withYo);
	expect(withYo).toEqual(['partners-not-customers', 'marriage-or-mess']);
	await expect(dialog.getByRole('status')).toHaveText(/^\d+\sрезультата$/u);
});

test('the dictionary form of a -ый adjective finds its other forms (#6)', async ({ page }) => {
	await page.goto('/ru/');
	await buttonOf(page, 'ru').click();
	const dialog = dialogOf(page, 'ru');
	await search(dialog, 'ru', 'собственный');
	// Every Russian lesson whose text has any form of the word, read from the lessons themselves
	// (their wording changes; the stemming rule is what is tested).
	const withForm = readdirSync('content/lessons/ru')
		.filter((file) => /собственн/iu.test(readFileSync(join('content/lessons/ru', file), 'utf8')))
		.map((file) => file.replace(/\.mdx$/, ''))
		.sort();
	expect(withForm.length).toBeGreaterThanOrEqual(2);
	expect((await lessonSlugs(dialog)).sort()).toEqual(withForm);
	await expect(
		dialog.locator('mark', { hasText: /^собственн(ой|ое|ым|ого|ому|ую|ая|ые|ых|ыми)$/u }).first()
	).toBeVisible();
});

test('a section result opens the lesson at its heading, by mouse and by keyboard (#6)', async ({
	page,
}) => {
	await page.goto('/en/about/');
	await buttonOf(page, 'en').click();
	const dialog = dialogOf(page, 'en');
	await search(dialog, 'en', 'metrics');
	const section = dialog.getByRole('link', { name: 'Metrics get gamed and go stale' });
	await section.click();
	await expect(page).toHaveURL(
		/\/en\/lessons\/partners-not-customers\/#metrics-get-gamed-and-go-stale$/u
	);
	await expect(
		page.getByRole('heading', { name: 'Metrics get gamed and go stale' })
	).toBeInViewport();

	// On the lesson itself the dialog closes and the page scrolls to the heading.
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.keyboard.press('Control+k');
	await search(dialog, 'en', 'metrics');
	const links = dialog.locator('[data-search-results] a');
	// A section of this lesson other than the one opened by mouse, whichever ranks next.
	const hrefs = await links.evaluateAll((found) => found.map((link) => link.getAttribute('href')));
	const target = hrefs.findIndex(
		(href) =>
			href?.startsWith('/en/lessons/partners-not-customers/#') &&
			!href.endsWith('#metrics-get-gamed-and-go-stale')
	);
	expect(target).toBeGreaterThan(0);
	const fragment = (hrefs[target] ?? '').split('#')[1] ?? '';
	const name = (await links.nth(target).textContent())?.trim() ?? '';
	for (let step = 0; step <= target; step++) await page.keyboard.press('ArrowDown');
	await expect(links.nth(target)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await expect(page).toHaveURL(new RegExp(`#${fragment}$`, 'u'));
	await expect(page.getByRole('heading', { name, exact: true })).toBeInViewport();
});

test('arrow keys move between the field and the results (#6)', async ({ page }) => {
	await page.goto('/ru/');
	await buttonOf(page, 'ru').click();
	const dialog = dialogOf(page, 'ru');
	await search(dialog, 'ru', 'клиент');
	const field = dialog.getByRole('searchbox');
	const links = dialog.locator('[data-search-results] a');
	await page.keyboard.press('ArrowDown');
	await expect(links.first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(field).toBeFocused();
	await page.keyboard.press('Enter');
	// Enter in the field takes the query to the search page.
	await expect(page).toHaveURL(/\/ru\/search\/\?q=%D0%BA%D0%BB%D0%B8%D0%B5%D0%BD%D1%82$/u);
});

test('/en/search/?q=metrics shows results without typing, and the address follows the field (#6)', async ({
	page,
}) => {
	await page.goto('/en/search/?q=metrics');
	const main = page.getByRole('main');
	await expect(main.getByRole('searchbox', { name: 'Search the lessons' })).toHaveValue('metrics');
	await expect(
		main.locator('a.search-result-link', { hasText: /^Partners, not servants/u })
	).toBeVisible();
	await expectCountMatches(main, 'en');
	await expect(main.getByRole('heading', { name: 'All lessons' })).toBeHidden();

	await main.getByRole('searchbox').fill('founders');
	await expect(page).toHaveURL(/\/en\/search\/\?q=founders$/u);
	await expect(
		main.locator('a.search-result-link', { hasText: /^Founder or manager\?/u })
	).toBeVisible();

	await main.getByRole('searchbox').fill('');
	await expect(page).toHaveURL(/\/en\/search\/$/u);
	await expect(main.getByRole('heading', { name: 'All lessons' })).toBeVisible();
});

test('without JavaScript the search page lists the lessons with a note, and the header links to it (#6)', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/ru/lessons/marriage-or-mess/');
	const link = page.getByRole('banner').getByRole('link', { name: 'Поиск', exact: true });
	await expect(link).toHaveAttribute('href', '/ru/search/');
	await link.click();
	await expect(page).toHaveURL(/\/ru\/search\/$/u);
	// Playwright's switch leaves Chromium parsing <noscript> as text, so check the markup is there.
	expect((await page.locator('noscript').first().textContent())?.replace(/\s/gu, ' ')).toContain(
		'Для поиска нужен JavaScript'
	);
	await expect(page.getByRole('heading', { name: 'Все уроки' })).toBeVisible();
	await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(5);
	await context.close();
});
