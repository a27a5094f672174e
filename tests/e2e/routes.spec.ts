/** Every page answers in its language, with head links that lead to real pages (#2). */
import { test, expect } from './support/fixtures';
import { LANGS, LOCALIZED_ROUTES } from './support/site';

test.describe('every page', () => {
	for (const route of LOCALIZED_ROUTES) {
		test(`${route.url} answers 200 in ${route.lang}, with working canonical and hreflang links`, async ({
			page,
			request,
			baseURL,
		}) => {
			const response = await page.goto(route.url);
			expect(response?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', route.lang);
			await expect(page.locator('h1')).toHaveCount(1);
			expect(await page.title()).not.toBe('');
			await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
			await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
			await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', /summary/);

			const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
			expect(new URL(canonical ?? '').pathname).toBe(route.url);
			const alternates = await page
				.locator('link[rel="alternate"][hreflang]')
				.evaluateAll((links) =>
					links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])
				);
			expect(alternates.map(([hreflang]) => hreflang).sort()).toEqual(['en', 'ru', 'x-default']);
			for (const [hreflang, href] of alternates) {
				const path = new URL(href ?? '').pathname;
				if (hreflang !== 'x-default') expect(path).toBe(`/${hreflang}/${route.path}`);
				expect(
					(await request.get(new URL(path, baseURL).href)).status(),
					`${hreflang} → ${path}`
				).toBe(200);
			}
		});
	}
});

test('/ is its own canonical and the home pages’ x-default; the 404 page names no canonical (#11)', async ({
	page,
	request,
}) => {
	// The picker sends a browser with JavaScript on to a language: read its HTML as a crawler does.
	const html = await (await request.get('/')).text();
	const picker = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
	expect(new URL(picker).pathname).toBe('/');
	expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${picker}">`);
	for (const lang of LANGS) {
		await page.goto(`/${lang}/`);
		await expect(page.locator('link[hreflang="x-default"]')).toHaveAttribute('href', picker);
	}
	await page.goto('/404.html');
	await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
	await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
});

test('the language picker sends a Russian browser to /ru/', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'ru-RU' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/ru\/$/);
	await context.close();
});

test('the language picker sends other browsers to English', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'de-DE' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/en\/$/);
	await context.close();
});

test('a remembered language wins over the browser’s', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'ru-RU' });
	const page = await context.newPage();
	await page.goto('/ru/about/');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/about\/$/);
	await page.goto('/');
	await expect(page).toHaveURL(/\/en\/$/);
	await context.close();
});

test('a corrupted remembered language is ignored and the browser’s is used', async ({
	browser,
}) => {
	const context = await browser.newContext({ locale: 'ru-RU' });
	await context.addInitScript(() => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('clientship:v1:lang', '{"broken');
			sessionStorage.setItem('seeded', '1');
		}
	});
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/ru\/$/);
	expect(await page.evaluate(() => localStorage.getItem('clientship:v1:lang'))).toBeNull();
	await context.close();
});

test('without JavaScript the language picker offers both languages', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
	await expect(page.getByRole('link', { name: 'Русский' })).toHaveAttribute('href', '/ru/');
	await context.close();
});

test('an unknown address shows the bilingual not-found page', async ({ page, siteGuard }) => {
	siteGuard.allow(/^404 .*\/no-such-page\/$/);
	siteGuard.allow(/Failed to load resource: the server responded with a status of 404/);
	const response = await page.goto('/en/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'К урокам' })).toHaveAttribute('href', '/ru/');
});

for (const lang of LANGS) {
	test(`the ${lang} RSS feed lists every lesson`, async ({ request }) => {
		const response = await request.get(`/${lang}/rss.xml`);
		expect(response.status()).toBe(200);
		const xml = await response.text();
		expect(xml.match(/<item>/g)).toHaveLength(5);
		expect(xml).toContain(`/${lang}/lessons/`);
	});
}

test('the sitemap covers both languages', async ({ request }) => {
	const index = await request.get('/sitemap-index.xml');
	expect(index.status()).toBe(200);
	const sitemap = await (await request.get('/sitemap-0.xml')).text();
	for (const route of LOCALIZED_ROUTES) expect(sitemap).toContain(`${route.url}</loc>`);
	expect(sitemap).toContain('hreflang="ru"');
});
