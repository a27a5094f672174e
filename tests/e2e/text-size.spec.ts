/**
 * 200% text on a 320 px phone (#24; WCAG 1.4.4 and 1.4.10): on every page in both languages
 * nothing is wider than the screen, no word is broken where it could not be hyphenated, and
 * nothing asks for `word-break: break-all`.
 *
 * How the text is enlarged: Chromium's default font size is set to 32 px (twice its 16 px) through
 * the DevTools protocol (`Page.setFontSizes`), which is what the browser's own text-size setting
 * changes. The site sizes everything in rem, so its root font size becomes 200%. An author style
 * (`page.addStyleTag('html { font-size: 200% }')`) would do the same to this site, but would need
 * the page's Content-Security-Policy bypassed and would override the page's own rules for the
 * root, which a reader's setting never does.
 *
 * How a broken word is found: with `overflow-wrap` and `word-break` set back to `normal` (a
 * constructed stylesheet: the page's CSP allows no inline style), an element whose `scrollWidth`
 * exceeds its width has a word longer than its line. That is allowed only where the page asks
 * for hyphenation (`hyphens: auto`, by the page's `lang`): browsers with a hyphenation dictionary
 * for the language (Chrome on Android and macOS, Firefox, Safari) hyphenate it there. Debian's
 * Chromium, which runs these tests, has none, and breaks such a word as a last resort; the count
 * of those words is printed.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { LANGS, LOCALIZED_ROUTES } from './support/site';

test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

/** What is wrong with the page as it is now: elements past the screen's edges, broken words. */
interface TextSizeReport {
	pageWidth: number;
	pastTheEdge: string[];
	breakAll: string[];
	brokenWords: string[];
	hyphenated: number;
}

/** Hydrates every island (they start as they come into view) and measures the page. */
async function measure(page: Page): Promise<TextSizeReport> {
	const islands = page.locator('astro-island');
	for (let index = 0; index < (await islands.count()); index++) {
		await islands.nth(index).scrollIntoViewIfNeeded();
	}
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const name = (element: Element) =>
			`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].filter((c) => !c.startsWith('astro-')).join('.')} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
		const isShown = (element: Element) =>
			!element.closest('dialog:not([open]), [hidden], .sr-only') &&
			element.getClientRects().length > 0 &&
			// A visually hidden label is clipped to nothing on purpose.
			getComputedStyle(element).clipPath === 'none';
		// Inside a box that scrolls or clips sideways (a wide table), being wide is that box's business.
		const isInSideways = (element: Element) => {
			for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
				if (getComputedStyle(box).overflowX !== 'visible') return true;
			}
			return false;
		};
		const elements = [...document.body.querySelectorAll('*')].filter(isShown);
		const pastTheEdge = elements
			.filter((element) => {
				const box = element.getBoundingClientRect();
				return (box.right > width + 0.5 || box.left < -0.5) && !isInSideways(element);
			})
			.map(name);
		const breakAll = elements
			.filter((element) => getComputedStyle(element).wordBreak === 'break-all')
			.map(name);
		const sheet = new CSSStyleSheet();
		sheet.replaceSync('* { overflow-wrap: normal !important; word-break: normal !important; }');
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
		const tooLong = elements.filter(
			(element) =>
				[...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim()) &&
				element.clientWidth > 0 &&
				element.scrollWidth > element.clientWidth + 1
		);
		const brokenWords = tooLong
			.filter((element) => getComputedStyle(element).hyphens !== 'auto')
			.map(name);
		document.adoptedStyleSheets = document.adoptedStyleSheets.filter((one) => one !== sheet);
		return {
			pageWidth: document.documentElement.scrollWidth,
			pastTheEdge,
			breakAll,
			brokenWords,
			hyphenated: tooLong.length - brokenWords.length,
		};
	});
}

for (const lang of LANGS) {
	test(`${lang}: at 200% text on a 320 px screen nothing overflows and no word breaks mid-word (#24)`, async ({
		page,
		siteGuard,
	}) => {
		siteGuard.allow(/404 .*\/no-such-page\/$/);
		siteGuard.allow(/Failed to load resource: the server responded with a status of 404/);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
		const routes = LOCALIZED_ROUTES.filter((route) => route.lang === lang).map((r) => r.url);
		let hyphenated = 0;
		for (const url of [...routes, '/', `/${lang}/no-such-page/`]) {
			await page.goto(url);
			expect(
				await page.evaluate(() => getComputedStyle(document.documentElement).fontSize),
				'the root font size'
			).toBe('32px');
			const report = await measure(page);
			expect(report.pageWidth, url).toBeLessThanOrEqual(320);
			expect({ url, pastTheEdge: report.pastTheEdge }).toEqual({ url, pastTheEdge: [] });
			expect({ url, breakAll: report.breakAll }).toEqual({ url, breakAll: [] });
			expect({ url, brokenWords: report.brokenWords }).toEqual({ url, brokenWords: [] });
			hyphenated += report.hyphenated;
		}
		console.log(
			`${lang}: ${hyphenated} text element(s) on ${routes.length + 2} pages have a word that only hyphenation fits at 200% on 320 px`
		);
	});
}
