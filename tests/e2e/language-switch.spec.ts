/** The language switcher leads to the same page in the other language, fragment and all (#2). */
import { test, expect } from './support/fixtures';

test('the switcher on an English lesson opens the Russian lesson and keeps the fragment', async ({
	page,
}) => {
	await page.goto('/en/lessons/marriage-or-mess/#takeaways');
	await page.getByRole('link', { name: 'Русский' }).click();
	await expect(page).toHaveURL('/ru/lessons/marriage-or-mess/#takeaways');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	expect(await page.evaluate(() => localStorage.getItem('clientship:v1:lang'))).toBe('ru');
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
