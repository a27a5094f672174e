/**
 * The `test` every spec uses. It watches each page for what no page of the site may do: request
 * another host, get a failed response (a missing favicon included), log a console error or throw.
 * A test that expects one of these calls `siteGuard.allow(…)`.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface SiteGuard {
	/** Requests to any host other than the site's own. */
	foreignRequests: string[];
	/** Responses with status >= 400, and requests that failed. */
	failures: string[];
	/** Console errors and uncaught exceptions. */
	errors: string[];
	/** Accepts failures matching this pattern (for tests that provoke them on purpose). */
	allow(pattern: RegExp): void;
}

function watch(page: Page, origin: string, guard: SiteGuard) {
	page.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob|about):/.test(url)) return;
		if (new URL(url).origin !== origin) guard.foreignRequests.push(url);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) guard.failures.push(`${response.status()} ${response.url()}`);
	});
	page.on('requestfailed', (request) => {
		// A navigation away from a page aborts its pending requests; that is not a failure.
		if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
			guard.failures.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
		}
	});
	page.on('console', (message) => {
		if (message.type() === 'error') guard.errors.push(message.text());
	});
	page.on('pageerror', (error) => guard.errors.push(`uncaught: ${error.message}`));
}

export const test = base.extend<{ siteGuard: SiteGuard }>({
	siteGuard: [
		async ({ page, context, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://localhost:4321').origin;
			const allowed: RegExp[] = [];
			const guard: SiteGuard = {
				foreignRequests: [],
				failures: [],
				errors: [],
				allow: (pattern) => void allowed.push(pattern),
			};
			watch(page, origin, guard);
			context.on('page', (other) => {
				if (other !== page) watch(other, origin, guard);
			});
			await use(guard);
			const unexpected = (list: string[]) =>
				list.filter((entry) => !allowed.some((pattern) => pattern.test(entry)));
			expect(guard.foreignRequests, 'requests to other hosts').toEqual([]);
			expect(unexpected(guard.failures), 'failed responses').toEqual([]);
			expect(unexpected(guard.errors), 'console errors').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
