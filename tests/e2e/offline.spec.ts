/**
 * Offline after the first visit (#21): one page opened online, then, with the connection gone,
 * every page of the site in both languages opens, an assessment is taken and its link copied, a
 * colleague's link and a team link open, presenter mode runs, search finds what the lessons say;
 * nothing personal enters a cache. An island whose code had not loaded when the connection
 * dropped says so and starts when it returns. (The update to a new build: update.spec.ts.)
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { completeByKeyboard, readScores, waitForIsland } from './support/assessment';
import { expectNoSeriousViolations } from './support/axe';
import { makeResult } from './support/codes';
import { test, expect } from './support/fixtures';
import { waitForServiceWorker } from './support/offline';
import { LANGS, LOCALIZED_ROUTES, type Lang } from './support/site';
import { pattern, t } from './support/strings';

test.use({ serviceWorkers: 'allow' });

/** What a reader looks for on each page, and finds offline. */
const SEARCH: Record<Lang, { query: string; slug: string }> = {
	en: { query: 'clients', slug: 'customers-and-clients' },
	// Russian stemming works offline too: the index is the same files.
	ru: { query: 'клиентами', slug: 'customers-and-clients' },
};

/** Every cached request's URL and every cached body, as text. */
async function cachedText(page: Page): Promise<{ urls: string[]; bodies: string }> {
	return page.evaluate(async () => {
		const urls: string[] = [];
		const bodies: string[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				urls.push(request.url);
				const response = await cache.match(request);
				const type = response?.headers.get('content-type') ?? '';
				if (response && /text|json|javascript/.test(type)) bodies.push(await response.text());
			}
		}
		return { urls, bodies: bodies.join('\n') };
	});
}

for (const lang of LANGS) {
	test(`${lang}: after one page online, the whole site works offline, and nothing personal is cached (#21)`, async ({
		page,
		context,
	}) => {
		// About 20 pages and four flows in one browser: one test is far cheaper than many.
		test.setTimeout(240_000);
		await page.goto(`/${lang}/`);
		const precached = await waitForServiceWorker(page);
		await context.setOffline(true);

		// Every page of this language (the other language's test walks the others).
		for (const route of LOCALIZED_ROUTES.filter((candidate) => candidate.lang === lang)) {
			await page.goto(route.url);
			await expect(page.locator('html')).toHaveAttribute('lang', route.lang);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		}
		// The language picker, and an address the site lacks: the 404 page answers from the cache.
		await page.goto('/');
		await expect(page).toHaveURL(/\/(en|ru)\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const missing = await page.goto(`/${lang}/no-such-page/`);
		expect(missing?.status()).toBe(200);
		await expect(page.getByRole('heading', { name: t(lang, 'notFound.title') })).toBeVisible();

		const name = lang === 'en' ? 'Offline Olga' : 'Оля без связи';
		await takeAssessment(page, context, lang, name);
		await openColleagueLink(page, lang);
		await presentTeam(page, lang);
		await searchLessons(page, lang);

		// Only the build's files are cached: no answer, name, share code or query, in any address
		// or body, and nothing was added after the worker's install.
		const cached = await cachedText(page);
		expect(cached.urls).toHaveLength(precached);
		const addresses = cached.urls.map((url) => url.replace(/\?__WB_REVISION__=\w+$/, ''));
		expect(addresses.filter((url) => /[?#]/.test(url))).toEqual([]);
		expect(cached.bodies).not.toContain(name);
		expect(cached.bodies).not.toContain(encodeURIComponent(name));
		await context.setOffline(false);
	});

	test(`${lang}: an island whose code could not load says so, and starts when the connection returns (#21)`, async ({
		page,
		context,
		siteGuard,
	}) => {
		// Two loads of the island and axe: on a two-core machine shared with other work this took
		// over 90 s (load average 40), so the test gets three times the usual limit.
		test.slow();
		// The connection drops just as the browser goes for the assessment's code (no service
		// worker has it yet: a first visit).
		siteGuard.allow(/ERR_INTERNET_DISCONNECTED/);
		const islandCode = /\/_astro\/Assessment(En|Ru)\.[\w-]+\.js/;
		await page.route(islandCode, async (route) => {
			await context.setOffline(true);
			await route.abort('internetdisconnected');
		});
		await page.goto(`/${lang}/lessons/marriage-or-mess/`);
		const island = page.locator('.self-assessment');
		const note = island.getByRole('status').filter({ hasText: t(lang, 'island.unavailable') });
		await expect(note).toBeVisible();
		await expect(island.locator('button[type="submit"]')).toBeDisabled();
		await expectNoSeriousViolations(page, '.self-assessment');

		await page.unroute(islandCode);
		await context.setOffline(false);
		await waitForIsland(island);
		await expect(note).toHaveCount(0);
		await completeByKeyboard(page, island, () => 4);
		await expect(
			island.getByRole('region', { name: t(lang, 'assessment.resultHeading') })
		).toBeVisible();
	});
}

test.describe('without a service worker yet', () => {
	test.use({ serviceWorkers: 'block' });

	for (const lang of LANGS) {
		test(`${lang}: search cut off from its index says it could not search, not that nothing was found (#21)`, async ({
			page,
			context,
			siteGuard,
		}) => {
			// Pagefind starts twice, on a machine that may be busy with other work.
			test.slow();
			// Pagefind logs each of its files it could not fetch.
			siteGuard.allow(/ERR_INTERNET_DISCONNECTED|Failed to load (the|Pagefind)/);
			await page.goto(`/${lang}/about/`);
			// Search opened online: its code and Pagefind are loaded, the index's chunks are not.
			const dialog = await openSearch(page, lang);
			await expect(dialog.getByRole('searchbox')).toBeEditable();
			await page.waitForLoadState('networkidle');
			await context.setOffline(true);
			const status = await searchFor(dialog, SEARCH[lang].query);
			await expect(status).toHaveText(t(lang, 'search.error'));

			await context.setOffline(false);
			await dialog.getByRole('searchbox').fill(`${SEARCH[lang].query} `);
			await expect(dialog.locator('[data-search-results]')).toHaveAttribute(
				'data-query',
				SEARCH[lang].query,
				{ timeout: 20_000 }
			);
			await expect(
				dialog.locator(`a.search-result-link[href*="/lessons/${SEARCH[lang].slug}/"]`)
			).toBeVisible();
		});

		test(`${lang}: search whose code never loaded says so in the dialog (#21)`, async ({
			page,
			context,
			siteGuard,
		}) => {
			siteGuard.allow(/ERR_INTERNET_DISCONNECTED/);
			await page.goto(`/${lang}/about/`);
			await page.waitForLoadState('networkidle');
			await context.setOffline(true);
			const dialog = await openSearch(page, lang);
			await expect(dialog.locator('[data-search-status]')).toHaveText(t(lang, 'search.error'));
			await context.setOffline(false);
		});
	}
});

/** Opens the header's search dialog. */
async function openSearch(page: Page, lang: Lang) {
	await page
		.getByRole('banner')
		.getByRole('button', { name: t(lang, 'search.button'), exact: true })
		.click();
	return page.getByRole('dialog', { name: t(lang, 'search.label') });
}

/** Types a query and waits until the panel has answered it; returns its status line. */
async function searchFor(dialog: Locator, query: string) {
	await dialog.getByRole('searchbox').fill(query);
	await expect(dialog.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', /.*/);
	const status = dialog.locator('[data-search-status]');
	await expect(status).not.toHaveText(/^$|…$/);
	return status;
}

/** Takes the lesson's assessment offline, names the result and copies its link. */
async function takeAssessment(page: Page, context: BrowserContext, lang: Lang, name: string) {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/${lang}/lessons/clients-at-different-levels/`);
	const island = page.locator('.self-assessment');
	await waitForIsland(island);
	await completeByKeyboard(page, island, (index, choices) => (index % choices) + 1);
	const result = island.getByRole('region', { name: t(lang, 'assessment.resultHeading') });
	expect((await readScores(result)).length).toBeGreaterThan(0);
	await island.getByLabel(t(lang, 'assessment.nameLabel')).fill(name);
	// The first action under the score: without a share sheet it copies.
	await island
		.getByRole('button', { name: t(lang, 'copyLink.copy') })
		.first()
		.click();
	await expect(island.getByText(t(lang, 'copyLink.copied'))).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(new RegExp(`/${lang}/assessments/client-level/#r=`));
	expect(copied).toBe(await island.getByLabel(t(lang, 'assessment.shareLink')).inputValue());
}

/** Opens a colleague's share link: their result, read-only. */
async function openColleagueLink(page: Page, lang: Lang) {
	const made = makeResult('relationship-health', lang, (index) => (index % 5) + 1, {
		name: 'Ilze',
	});
	await page.goto(made.path);
	const island = page.locator('.self-assessment');
	await expect(
		island.getByRole('heading', { name: t(lang, 'assessment.shared.heading', { name: 'Ilze' }) })
	).toBeVisible();
	const scores = await readScores(island);
	expect(scores.map((line) => Number(/\d+/.exec(line)?.[0]))).toEqual(made.scores);

	// The same link after a mail scanner turned its `#` into `%23`: the 404 page, cached too,
	// recovers it.
	await page.goto(made.path.replace('#', '%23'));
	await expect(
		island.getByRole('heading', { name: t(lang, 'assessment.shared.heading', { name: 'Ilze' }) })
	).toBeVisible();
}

/** Opens a team link of three colleagues and presents it. */
async function presentTeam(page: Page, lang: Lang) {
	const codes = ['Anna', 'Boris', 'Chen'].map(
		(name, person) =>
			`relationship-health!${makeResult('relationship-health', lang, (index) => ((index + person) % 5) + 1, { name }).code}`
	);
	await page.goto(`/${lang}/team/#t=${codes.join('~')}`);
	await expect(page.locator('.team-page astro-island')).not.toHaveAttribute('ssr', /.*/);
	await expect(page.locator('.team-table tbody tr:not(.stat)')).toHaveCount(3);
	await page.getByRole('button', { name: t(lang, 'team.present') }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('.strip > svg .dot')).toHaveCount(3);
	await page.keyboard.press('ArrowRight');
	await expect(dialog.getByRole('status')).toHaveText(pattern(lang, 'team.presenter.announce'));
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
}

/** Searches from the header of a page, as a reader would. */
async function searchLessons(page: Page, lang: Lang) {
	await page.goto(`/${lang}/about/`);
	const dialog = await openSearch(page, lang);
	await dialog.getByRole('searchbox', { name: t(lang, 'search.label') }).fill(SEARCH[lang].query);
	await expect(dialog.locator('[data-search-results]')).toHaveAttribute(
		'data-query',
		SEARCH[lang].query
	);
	await expect(
		dialog.locator(`a.search-result-link[href*="/lessons/${SEARCH[lang].slug}/"]`)
	).toBeVisible();
}
