/**
 * Sending results from a phone (#24), 360×780 touch, in both languages: the undo for clearing
 * answers appears where Clear was tapped; Share is the result's first action, right under the
 * score, and sends the score and the weakest area (or copies where there is no share sheet); the
 * reader's name is typed once for every assessment; one link carries all their latest results; a
 * colleague's result speaks of the colleague and sets itself beside the reader's own.
 *
 * Saved results are put in storage before the page starts (as a reader who took the assessments
 * earlier has them); a colleague's links are made in Node (support/codes.ts). Setting
 * `PHONE_SHOTS_DIR` saves a screenshot of each state there, for a visual check.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { waitForIsland } from './support/assessment';
import { makeResult, modelOf } from './support/codes';
import { test, expect } from './support/fixtures';
import { LANGS, type Lang } from './support/site';
import { t } from './support/strings';
import { showNames } from './support/team';
import { assessmentModels } from '../../scripts/lib/assessment-models';
import { scoreAnswers } from '../../src/islands/assessment/scoring';
import { formatDay } from '../../src/i18n/dates';
import { encodeName } from '../../src/links/share-name';

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

const DAY = '2026-11-30';
const NAMES: Record<Lang, string> = { en: 'Dmitry', ru: 'Дмитрий' };

/**
 * Answers that give each dimension of `id` its own level (1–5, in the order of `levels`), so that
 * the weakest and strongest areas are never a tie.
 */
function answersFor(id: string, levels = [1, 5, 3, 4]): number[] {
	const model = modelOf(id);
	return model.questions.map((question) => {
		const level = levels[model.dimensions.findIndex((one) => one.id === question.dimension)] ?? 3;
		return question.reversed ? 6 - level : level;
	});
}

/** A submitted result of `id` as the island stores it, made on `DAY`. */
function savedResult(id: string): string {
	const { version } = modelOf(id);
	const answers = answersFor(id);
	return JSON.stringify({
		version,
		answers,
		submitted: true,
		history: [{ date: DAY, version, answers }],
	});
}

/**
 * Puts the reader's saved results (and name) in storage once per tab, before any page starts, so
 * that what the page then does to them (clearing, renaming) is kept across its navigations.
 */
async function seed(context: BrowserContext, ids: string[], name?: string): Promise<void> {
	const values: Record<string, string> = Object.fromEntries(
		ids.map((id) => [`clientship:v1:assessment:${id}`, savedResult(id)])
	);
	if (name) values['clientship:v1:name'] = JSON.stringify(name);
	await context.addInitScript((entries) => {
		// Only the site's own pages: a blank or sandboxed frame has no storage to seed.
		try {
			if (sessionStorage.getItem('seeded')) return;
			for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
			sessionStorage.setItem('seeded', '1');
		} catch {
			return;
		}
	}, values);
}

/** Replaces the share sheet with one that records what it was given, or removes it. */
async function stubShareSheet(context: BrowserContext, hasShare: boolean): Promise<void> {
	await context.addInitScript((stub) => {
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
	}, hasShare);
}

/** Saves a screenshot of the screen as it is, when PHONE_SHOTS_DIR names a folder. */
async function shot(page: Page, name: string): Promise<void> {
	const dir = process.env['PHONE_SHOTS_DIR'];
	if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

/** The model of an assessment in `lang`: its title and areas as the page writes them. */
function localModel(id: string, lang: Lang) {
	const model = assessmentModels(lang).find((one) => one.id === id && one.side === 'agency');
	if (!model) throw new Error(`no assessment ${id}`);
	return model;
}

/** The label of the lowest-scoring area of the saved result of `id`, in `lang`. */
function weakestOf(id: string, lang: Lang): { area: string; overall: number } {
	const result = scoreAnswers(modelOf(id), answersFor(id));
	const lowest = [...result.dimensions].sort((a, b) => a.score - b.score)[0];
	const area = localModel(id, lang).dimensions.find((one) => one.id === lowest?.id)?.label ?? '';
	return { area, overall: result.overall };
}

for (const lang of LANGS) {
	test.describe(`sending results from a phone in ${lang}`, () => {
		test('tapping Clear shows Undo right there, without scrolling, and Undo brings everything back (#24)', async ({
			page,
			context,
		}) => {
			await seed(context, ['relationship-health']);
			await page.goto(`/${lang}/assessments/relationship-health/`);
			const island = page.locator('.self-assessment');
			await waitForIsland(island);
			const checked = island.locator('input[type="radio"]:checked');
			const count = await island.locator('fieldset.question').count();
			await expect(checked).toHaveCount(count);

			const clear = island.getByRole('button', { name: t(lang, 'assessment.clear') });
			await clear.tap();
			const undo = island.getByRole('button', { name: t(lang, 'assessment.undo') });
			// Where the thumb is: the page has not moved, and Undo is on the screen, with focus.
			await expect(undo).toBeInViewport({ ratio: 1 });
			await expect(undo).toBeFocused();
			await expect(
				island.getByRole('status').filter({ hasText: t(lang, 'assessment.cleared') })
			).toBeInViewport();
			await expect(checked).toHaveCount(0);
			await expect(
				island.getByRole('region', { name: t(lang, 'assessment.resultHeading') })
			).toHaveCount(0);
			await shot(page, `${lang}-undo-after-clear`);
			await expectNoSeriousViolations(page);

			await undo.tap();
			await expect(checked).toHaveCount(count);
			await expect(
				island.getByRole('region', { name: t(lang, 'assessment.resultHeading') })
			).toHaveCount(1);
			await expect(island.getByText(t(lang, 'assessment.restored'))).toBeVisible();
		});

		for (const hasShare of [true, false]) {
			test(`Share is the first button under the score and sends the score and the weakest area${hasShare ? '' : '; without a share sheet it copies'} (#24)`, async ({
				page,
				context,
			}) => {
				await context.grantPermissions(['clipboard-read', 'clipboard-write']);
				await seed(context, ['relationship-health']);
				await stubShareSheet(context, hasShare);
				await page.goto(`/${lang}/assessments/relationship-health/`);
				const island = page.locator('.self-assessment');
				await waitForIsland(island);
				await island.getByRole('link', { name: t(lang, 'assessment.toResult') }).tap();
				const result = island.getByRole('region', { name: t(lang, 'assessment.resultHeading') });
				const { area, overall } = weakestOf('relationship-health', lang);
				await expect(result.locator('.overall-score')).toHaveText(String(overall));

				const name = hasShare ? t(lang, 'assessment.shareFirst') : t(lang, 'copyLink.copy');
				// The first button after the score, in reading order, and on the same screen as it.
				const firstAfterScore = await result.evaluate((region) => {
					const score = region.querySelector('.overall-score');
					const button = [...region.querySelectorAll('button')].find(
						(candidate) =>
							score !== null &&
							(score.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
					);
					return button?.textContent?.trim();
				});
				expect(firstAfterScore).toBe(name);
				const share = result.getByRole('button', { name }).first();
				await expect(result.locator('.overall-score')).toBeInViewport();
				await expect(share).toBeInViewport({ ratio: 1 });
				if (hasShare) await shot(page, `${lang}-share-under-score`);
				await expectNoSeriousViolations(page);

				await share.tap();
				const link = await island.getByLabel(t(lang, 'assessment.shareLink')).inputValue();
				expect(link).toContain('#r=');
				if (hasShare) {
					const shared = await page.evaluate(
						() => (window as unknown as { shared: ShareData[] }).shared
					);
					expect(shared).toEqual([
						{
							title: localModel('relationship-health', lang).title,
							text: t(lang, 'assessment.shareSummary', {
								title: localModel('relationship-health', lang).title,
								score: overall,
								area,
							}),
							url: link,
						},
					]);
				} else {
					await expect(
						result.getByRole('status').filter({ hasText: t(lang, 'copyLink.copied') })
					).toBeInViewport();
					expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
				}
			});
		}

		test('a name typed in one assessment is there in the next one, and in its link (#24)', async ({
			page,
			context,
		}) => {
			await seed(context, ['relationship-health', 'client-level']);
			await page.goto(`/${lang}/assessments/relationship-health/`);
			const island = page.locator('.self-assessment');
			await waitForIsland(island);
			const nameField = island.getByLabel(t(lang, 'assessment.nameLabel'));
			await expect(nameField).toHaveValue('');
			await nameField.fill(NAMES[lang]);
			const shareLink = island.getByLabel(t(lang, 'assessment.shareLink'));
			await expect(shareLink).toHaveValue(new RegExp(`\\.${encodeName(NAMES[lang])}\\.`));

			await page.goto(`/${lang}/assessments/client-level/`);
			await waitForIsland(island);
			await expect(nameField).toHaveValue(NAMES[lang]);
			await expect(shareLink).toHaveValue(new RegExp(`\\.${encodeName(NAMES[lang])}\\.`));
		});

		test('after two assessments one link carries both results, and the team view opens it as two groups (#24)', async ({
			page,
			context,
		}) => {
			await seed(context, ['relationship-health'], NAMES[lang]);
			await page.goto(`/${lang}/assessments/relationship-health/`);
			const island = page.locator('.self-assessment');
			await waitForIsland(island);
			await expect(island.getByLabel(t(lang, 'assessment.shareLink'))).toHaveValue(/#r=/);
			// One result is no reason for a second link.
			await expect(island.getByLabel(t(lang, 'assessment.allResultsLink'))).toHaveCount(0);

			// The second assessment, taken in the same browser.
			await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
				'clientship:v1:assessment:client-level',
				savedResult('client-level'),
			] as const);
			await page.goto(`/${lang}/assessments/client-level/`);
			await waitForIsland(island);
			const all = island.getByLabel(t(lang, 'assessment.allResultsLink'));
			await expect(island.getByText(t(lang, 'assessment.allResults'))).toBeVisible();
			await expect(all).toHaveValue(new RegExp(`/${lang}/team/#t=`));

			await page.goto(await all.inputValue());
			await showNames(page, lang);
			for (const id of ['relationship-health', 'client-level']) {
				const group = page.getByRole('region', { name: localModel(id, lang).title, exact: true });
				await expect(group).toBeVisible();
				await expect(group.getByRole('rowheader', { name: NAMES[lang] }).first()).toBeVisible();
			}
			await expectNoSeriousViolations(page);
		});

		for (const hasName of [true, false]) {
			test(`a colleague's result speaks of ${hasName ? 'them by name' : '“your colleague”'} and stands beside the reader's own (#24)`, async ({
				page,
				context,
			}) => {
				await seed(context, ['relationship-health']);
				const colleagueAnswers = answersFor('relationship-health', [4, 2, 5, 3]);
				const theirs = makeResult(
					'relationship-health',
					lang,
					(index) => colleagueAnswers[index] ?? 3,
					{ ...(hasName ? { name: NAMES[lang] } : {}), date: DAY }
				);
				await page.goto(theirs.path);
				const heading = hasName
					? t(lang, 'assessment.shared.heading', { name: NAMES[lang] })
					: t(lang, 'assessment.shared.headingAnonymous');
				const shared = page.getByRole('region', { name: heading });
				await expect(shared.getByRole('heading', { name: heading })).toBeInViewport();
				// About the colleague, never "your weakest area".
				const scores = theirs.scores;
				const lowest = scores.indexOf(Math.min(...scores));
				const weakest = {
					area: localModel('relationship-health', lang).dimensions[lowest]?.label ?? '',
					score: scores[lowest] ?? 0,
				};
				await expect(shared.locator('.extremes')).toContainText(
					hasName
						? t(lang, 'assessment.shared.weakest', { name: NAMES[lang], ...weakest })
						: t(lang, 'assessment.shared.weakestAnonymous', weakest)
				);
				const mine = weakestOf('relationship-health', lang).overall;
				await expect(shared.locator('.comparison')).toHaveText(
					t(lang, 'assessment.shared.compare', {
						date: formatDay(DAY, lang),
						yours: mine,
						name: hasName ? NAMES[lang] : t(lang, 'assessment.shared.colleague'),
						theirs: theirs.overall,
					})
				);
				const table = shared.locator('table.scores');
				await expect(
					table.getByRole('columnheader', { name: t(lang, 'assessment.shared.compareColumn') })
				).toBeVisible();
				await shot(page, `${lang}-colleague-beside-own${hasName ? '' : '-anonymous'}`);
				await expectNoSeriousViolations(page);
			});
		}
	});
}
