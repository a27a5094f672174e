/**
 * A reader on a phone (#16): a 360×780 touch screen, in both languages. The lesson starts in the
 * first screen, charts are readable without pinching, erasing answers can be undone, the result
 * names where to start, the Share button hands the link to the phone, and every control is big
 * enough for a thumb. Results come from links made in Node (support/codes.ts); strings from the
 * site's string files (support/strings.ts).
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { waitForIsland } from './support/assessment';
import { makeResult, modelOf } from './support/codes';
import { test, expect } from './support/fixtures';
import { LANGS, LESSON_SLUGS } from './support/site';
import { t } from './support/strings';
import { assessmentModels } from '../../scripts/lib/assessment-models';

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

/** The smallest font size of any text rendered inside `selector`, SVG text scaled as drawn. */
function smallestFont(page: Page, selector: string): Promise<number> {
	return page.locator(selector).evaluateAll((charts) => {
		let smallest = Infinity;
		for (const chart of charts) {
			const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const element = node.parentElement;
				if (!element || !node.textContent?.trim() || element.getClientRects().length === 0)
					continue;
				const size = parseFloat(getComputedStyle(element).fontSize);
				const scale = element instanceof SVGGraphicsElement ? (element.getScreenCTM()?.a ?? 1) : 1;
				smallest = Math.min(smallest, size * scale);
			}
		}
		return smallest;
	});
}

// Statements answered 1, 2, 1, 2…: valid for both kinds (1–5 and the two piles).
const alternate = (index: number) => (index % 2) + 1;

for (const lang of LANGS) {
	test.describe(`a phone in ${lang}`, () => {
		for (const slug of LESSON_SLUGS) {
			test(`${slug}: the lesson's first paragraph is in the first screen (#16)`, async ({
				page,
			}) => {
				await page.goto(`/${lang}/lessons/${slug}/`);
				const first = page.locator('.prose > p').first();
				const box = await first.boundingBox();
				const lineHeight = await first.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
				// At least three lines of it, under a header that leaves the screen to the lesson.
				expect((box?.y ?? Infinity) + 3 * lineHeight).toBeLessThanOrEqual(780);
				expect((await page.locator('.site-header').boundingBox())?.height).toBeLessThan(120);
				await expect(page.getByRole('navigation', { name: t(lang, 'nav.label') })).toBeVisible();
				await expect(page.locator('details[data-toc]')).not.toHaveAttribute('open');
			});
		}

		for (const scheme of ['light', 'dark'] as const) {
			test(`every chart's text is at least 12 px, ${scheme} (#16)`, async ({ page }) => {
				await page.emulateMedia({ colorScheme: scheme });
				for (const model of assessmentModels(lang)) {
					const made = makeResult(model.id, lang, alternate, { side: model.side });
					await page.goto(made.path);
					await expect(page.locator('.result .score-chart')).toBeVisible();
					expect(await smallestFont(page, '.score-chart'), made.path).toBeGreaterThanOrEqual(12);
				}
			});
		}

		test('the team chart’s text is at least 12 px, with its legend (#16)', async ({ page }) => {
			const links = ['Анна', 'Boris'].map(
				(name, index) =>
					`https://clientship.example${makeResult('client-level', lang, (i) => ((i + index) % 5) + 1, { name }).path}`
			);
			await page.goto(`/${lang}/team/`);
			await expect(page.locator('.team-page astro-island')).not.toHaveAttribute('ssr', /.*/);
			await page.getByLabel(t(lang, 'team.linksLabel')).fill(links.join('\n'));
			await page.getByRole('button', { name: t(lang, 'team.add') }).tap();
			await expect(page.locator('.team-chart .score-chart')).toBeVisible();
			expect(await smallestFont(page, '.team-chart')).toBeGreaterThanOrEqual(12);
		});

		test('erasing answers can be undone, and the erase button is far from submit (#16)', async ({
			page,
		}) => {
			await page.goto(`/${lang}/assessments/relationship-health/`);
			const island = page.locator('.self-assessment');
			await waitForIsland(island);
			const questions = island.locator('fieldset.question');
			for (let index = 0; index < 3; index++) {
				await questions
					.nth(index)
					.locator('label')
					.nth(index + 1)
					.tap();
			}
			const clear = island.getByRole('button', { name: t(lang, 'assessment.clear') });
			const submit = island.getByRole('button', { name: t(lang, 'assessment.submit') });
			const [clearBox, submitBox] = [await clear.boundingBox(), await submit.boundingBox()];
			expect(Math.abs((submitBox?.y ?? 0) - (clearBox?.y ?? 0))).toBeGreaterThan(300);
			await clear.tap();
			await expect(island.locator('input[type="radio"]:checked')).toHaveCount(0);
			await island.getByRole('button', { name: t(lang, 'assessment.undo') }).tap();
			for (let index = 0; index < 3; index++) {
				await expect(
					questions
						.nth(index)
						.locator('input[type="radio"]')
						.nth(index + 1)
				).toBeChecked();
			}
		});

		test('a result opened from a link names the weakest and strongest dimension, speaking of its sender (#16, #24)', async ({
			page,
		}) => {
			const model = assessmentModels(lang).find((one) => one.id === 'relationship-health');
			// Each dimension's statements answered alike, one dimension low and one high.
			const level = { respect: 3, belief: 1, growth: 5, attention: 4 } as Record<string, number>;
			const made = makeResult('relationship-health', lang, (index) => {
				const question = model?.questions[index];
				const score = level[question?.dimension ?? ''] ?? 3;
				return question?.reversed ? 6 - score : score;
			});
			const scores = model?.dimensions.map((dimension, index) => ({
				area: dimension.label,
				score: made.scores[index] ?? 0,
			}));
			const sorted = [...(scores ?? [])].sort((a, b) => a.score - b.score);
			await page.goto(made.path);
			const result = page.locator('.result');
			await expect(result.getByRole('heading', { level: 2 })).toBeInViewport();
			await expect(result.locator('.extremes')).toContainText(
				t(lang, 'assessment.shared.weakestAnonymous', sorted[0] ?? { area: '', score: 0 })
			);
			await expect(result.locator('.extremes')).toContainText(
				t(lang, 'assessment.shared.strongest', sorted.at(-1) ?? { area: '', score: 0 })
			);
			await expectNoSeriousViolations(page);
		});

		test('a saved result is a tap away, and Share hands its link to the phone; without the API there is no Share button (#16)', async ({
			browser,
		}) => {
			const model = modelOf('partnership-check');
			const saved = JSON.stringify({
				version: model.version,
				answers: model.questions.map(() => 4),
				submitted: true,
				name: 'Аня',
				history: [
					{ date: '2026-11-30', version: model.version, answers: model.questions.map(() => 4) },
				],
			});
			for (const hasShare of [true, false]) {
				const context = await browser.newContext({
					viewport: { width: 360, height: 780 },
					isMobile: true,
					hasTouch: true,
				});
				await context.addInitScript(
					([value, stub]) => {
						localStorage.setItem('clientship:v1:assessment:partnership-check', value);
						const calls: ShareData[] = [];
						(window as unknown as { shared: ShareData[] }).shared = calls;
						if (stub) {
							Object.defineProperty(Navigator.prototype, 'share', {
								configurable: true,
								value: (data: ShareData) => {
									calls.push(data);
									return Promise.resolve();
								},
							});
						} else {
							delete (Navigator.prototype as Partial<Navigator>).share;
						}
					},
					[saved, hasShare] as const
				);
				const page = await context.newPage();
				await page.goto(`/${lang}/assessments/partnership-check/`);
				await waitForIsland(page.locator('.self-assessment'));
				// The result is screens below the statements: a link at their top leads there.
				await page.getByRole('link', { name: t(lang, 'assessment.toResult') }).tap();
				await expect(
					page.getByRole('heading', { name: t(lang, 'assessment.resultHeading') })
				).toBeInViewport();
				const link = page.getByLabel(t(lang, 'assessment.shareLink'));
				await expect(link).toHaveValue(/#r=/);
				const share = page.getByRole('button', { name: t(lang, 'copyLink.share') });
				if (hasShare) {
					await share.tap();
					const shared = await page.evaluate(
						() => (window as unknown as { shared: ShareData[] }).shared
					);
					expect(shared).toEqual([expect.objectContaining({ url: await link.inputValue() })]);
					expect(shared[0]?.url).toContain('#r=');
				} else {
					// Under the score and beside the link field, each copies.
					const copy = page.getByRole('button', { name: t(lang, 'copyLink.copy') });
					await expect(copy).toHaveCount(2);
					await expect(copy.first()).toBeVisible();
					await expect(share).toHaveCount(0);
				}
				await context.close();
			}
		});

		test('every control is a 44 × 44 px target on a touch screen (#16)', async ({ page }) => {
			await page.goto(`/${lang}/lessons/marriage-or-mess/`);
			const targets = page.locator(
				[
					'.site-header a',
					'.site-header button:visible',
					'.anchor-link',
					'.site-footer a',
					'details[data-toc] summary',
				].join(', ')
			);
			const small = await targets.evaluateAll((elements) =>
				elements
					.map((element) => ({ element, box: element.getBoundingClientRect() }))
					.filter(({ box }) => box.width > 0 && (box.width < 43.5 || box.height < 43.5))
					.map(({ element, box }) => `${element.outerHTML.slice(0, 60)} ${box.width}×${box.height}`)
			);
			expect(small).toEqual([]);
			await expectNoSeriousViolations(page);
		});
	});
}
