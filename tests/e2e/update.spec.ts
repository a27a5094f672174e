/**
 * A new build deployed while the site is open (#21): the pages say so and load it only when the
 * reader asks, every open tab at once; until then pages and the search index stay those of the
 * build the reader had, even for pages opened after the deploy; an old share link still opens.
 * The two builds are served in turn from one address by the benchmark's static server.
 */
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { makeResult } from './support/codes';
import { test, expect } from './support/fixtures';
import { waitForServiceWorker } from './support/offline';
import { CHANGED_LESSON, SECOND_BUILD_WORD, makeSecondBuild } from './support/second-build';
import type { Lang } from './support/site';
import { pattern, t } from './support/strings';

/** Searches from the header and waits until the status line answers this query. */
async function search(page: Page, lang: Lang, query: string) {
	await page
		.getByRole('banner')
		.getByRole('button', { name: t(lang, 'search.button'), exact: true })
		.click();
	const dialog = page.getByRole('dialog', { name: t(lang, 'search.label') });
	await dialog.getByRole('searchbox', { name: t(lang, 'search.label') }).fill(query);
	await expect(dialog.locator('[data-search-results]')).toHaveAttribute('data-query', query);
	await expect(dialog.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', /.*/);
	return dialog;
}

test('a new build is announced, loads on Reload in every tab at once, and never mixes with the old one (#21)', async ({
	browser,
}) => {
	test.setTimeout(180_000);
	const second = `${await mkdtemp(join(tmpdir(), 'clientship-second-build-'))}/`;
	await makeSecondBuild(join(process.cwd(), 'dist'), second);
	let deployed = 'dist';
	// Port 0: a free port of its own, whatever other worktrees' tests are using.
	const server = serveStatic(() => deployed, 0);
	await once(server, 'listening');
	const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
	const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'allow' });
	const errors: string[] = [];
	context.on('weberror', (error) => errors.push(error.error().message));
	try {
		const page = await context.newPage();
		const lesson = `/en/lessons/${CHANGED_LESSON}/`;
		const shared = makeResult('relationship-health', 'en', (index) => (index % 5) + 1, {
			name: 'Ilze',
		});
		await page.goto('/en/');
		await waitForServiceWorker(page);
		// A second tab, left open on a Russian page.
		const other = await context.newPage();
		await other.goto(`/ru/lessons/${CHANGED_LESSON}/`);
		await expect(other.locator('[data-second-build]')).toHaveCount(0);

		deployed = second;
		// Opening a page is when the browser looks for a new worker.
		await page.goto(lesson);
		// The notice sits in a status region, so that screen readers say it when it appears.
		const notice = page.getByRole('status').locator('[data-update-notice]');
		// The browser downloads what changed before the notice can show.
		await expect(notice).toBeVisible({ timeout: 30_000 });
		await expect(notice).toContainText(t('en', 'update.available'));
		await expect(notice.getByRole('button', { name: t('en', 'update.reload') })).toBeVisible();
		await expect(other.getByRole('status').locator('[data-update-notice]')).toContainText(
			t('ru', 'update.available')
		);

		// Until the reader reloads, the old build: its page, though the server has the new one,
		// and its search index, which has never heard of the new word.
		await expect(page.locator('[data-second-build]')).toHaveCount(0);
		let dialog = await search(page, 'en', SECOND_BUILD_WORD);
		await expect(dialog.getByRole('status')).toHaveText(pattern('en', 'search.noResults'));
		await page.keyboard.press('Escape');

		await notice.getByRole('button', { name: t('en', 'update.reload') }).click();
		await expect(page.locator('[data-second-build]')).toHaveText(SECOND_BUILD_WORD);
		await expect(other.locator('[data-second-build]')).toHaveText(SECOND_BUILD_WORD);
		await expect(notice).toBeHidden();

		dialog = await search(page, 'en', SECOND_BUILD_WORD);
		await expect(
			dialog.locator(`a.search-result-link[href*="/lessons/${CHANGED_LESSON}/"]`)
		).toBeVisible();

		// A share link made before the update opens after it.
		await page.goto(shared.path);
		await expect(
			page.getByRole('heading', { name: t('en', 'assessment.shared.heading', { name: 'Ilze' }) })
		).toBeVisible();
		expect(errors).toEqual([]);
	} finally {
		await context.close();
		server.close();
	}
});
