/**
 * Over time and from both sides (#13): a reader's results over months, a team's rounds, and the
 * client's view of the relationship beside the agency's. The browser's clock is set, so the tests
 * read the same whatever day they run.
 */
import { expectNoSeriousViolations } from './support/axe';
import { completeByKeyboard, readScores, waitForIsland } from './support/assessment';
import { makeResult, modelOf } from './support/codes';
import { test, expect } from './support/fixtures';
import { LANGS } from './support/site';
import { pattern, t } from './support/strings';
import { showNames } from './support/team';
import frozen from '../fixtures/share-links-v1.json' with { type: 'json' };

const MARCH = new Date('2027-03-10T10:00:00');
const JUNE = new Date('2027-06-12T10:00:00');
const SEPTEMBER = new Date('2027-09-15T10:00:00');

for (const lang of LANGS) {
	test(`${lang}: taken in March and again in June, the result shows the change since March`, async ({
		page,
	}) => {
		await page.clock.setFixedTime(MARCH);
		await page.goto(`/${lang}/assessments/relationship-health/`);
		const island = page.locator('.self-assessment');
		await waitForIsland(island);
		await completeByKeyboard(page, island, () => 2);
		const result = island.getByRole('region', { name: t(lang, 'assessment.resultHeading') });
		const march = await readScores(result);

		await page.clock.setFixedTime(JUNE);
		await page.reload();
		await waitForIsland(island);
		await island.getByRole('button', { name: t(lang, 'assessment.retake') }).click();
		await expect(
			island.locator('fieldset.question').first().getByRole('radio').first()
		).toBeFocused();
		await completeByKeyboard(page, island, () => 5);
		await expect(result).toContainText(pattern(lang, 'assessment.since'));
		await expect(result).toContainText(lang === 'en' ? '10 March 2027' : '10 марта 2027');
		const june = await readScores(result);
		expect(june).not.toEqual(march);
		// The change names every dimension with a signed number of points.
		const model = modelOf('relationship-health');
		await expect(result.locator('.change')).toContainText(/\+\d+/);
		expect((await result.locator('.change').textContent())?.match(/[+−±]\d+/g)).toHaveLength(
			model.dimensions.length
		);

		await page.clock.setFixedTime(SEPTEMBER);
		await page.reload();
		await waitForIsland(island);
		await island.getByRole('button', { name: t(lang, 'assessment.retake') }).click();
		await completeByKeyboard(page, island, () => 3);
		await expect(
			result.getByRole('columnheader', { name: t(lang, 'assessment.trendColumn') })
		).toBeVisible();
		await expect(result.locator('.trend-text').first()).toHaveText(/^\d+ → \d+ → \d+$/);
	});
}

test('a result shared from the agency’s page names its day; an old link says it used earlier statements', async ({
	page,
}) => {
	await page.clock.setFixedTime(JUNE);
	const made = makeResult('relationship-health', 'en', () => 4, { date: '2027-06-02' });
	await page.goto(made.path);
	await expect(page.locator('.result')).toContainText(
		t('en', 'assessment.shared.date', { date: '2 June 2027' })
	);
	for (const link of frozen.links.filter((candidate) => candidate.name === 'Anna')) {
		const model = modelOf(link.assessment);
		await page.goto(new URL(link.link).pathname.replace('/ru/', '/en/') + new URL(link.link).hash);
		const region = page.locator('.result');
		await expect(region).toBeVisible();
		if (model.version > 1) await expect(region).toContainText(t('en', 'assessment.shared.earlier'));
		else await expect(region).not.toContainText(t('en', 'assessment.shared.earlier'));
		await expect(region.locator('.overall-score')).toHaveText(String(link.overall));
	}
});

test.describe('the client’s side', () => {
	const client = modelOf('relationship-health', 'client');

	for (const lang of LANGS) {
		test(`${lang}: the client’s page is taken by keyboard alone, is axe-clean, and shares to itself`, async ({
			page,
			browser,
		}) => {
			await page.goto(`/${lang}/assessments/relationship-health/client/`);
			const island = page.locator('.self-assessment');
			await waitForIsland(island);
			await expect(island.locator('fieldset.question')).toHaveCount(client.questions.length);
			await expectNoSeriousViolations(page);
			await completeByKeyboard(page, island, (index) => (index % 5) + 1);
			const result = island.getByRole('region', { name: t(lang, 'assessment.resultHeading') });
			await expect(result).toBeVisible();
			await expectNoSeriousViolations(page);
			const link = await island.getByLabel(t(lang, 'assessment.shareLink')).inputValue();
			expect(link).toContain(`/${lang}/assessments/relationship-health/client/#r=2.`);

			// Opened on the agency's page by mistake, the client's link goes to the client's page.
			const context = await browser.newContext();
			const fresh = await context.newPage();
			await fresh.goto(link.replace('/client/', '/'));
			await expect(fresh).toHaveURL(/\/relationship-health\/client\/#r=/);
			await expect(fresh.locator('.result')).toBeVisible();
			await context.close();
		});
	}

	for (const lang of LANGS) {
		test(`${lang}: one client and three agency people side by side show the widest perception gap`, async ({
			page,
		}) => {
			const agency = [5, 5, 4].map((answer, index) =>
				makeResult('relationship-health', lang, () => answer, { name: `Agency ${index + 1}` })
			);
			const clientView = makeResult('relationship-health', lang, (index) => (index < 4 ? 1 : 4), {
				name: 'Client Co',
				side: 'client',
			});
			await page.goto(`/${lang}/team/`);
			await expect(page.locator('form.paste button[type="submit"]')).toBeEnabled();
			await page
				.getByLabel(t(lang, 'team.linksLabel'))
				.fill([...agency, clientView].map((made) => `https://x.org${made.path}`).join('\n'));
			await page.getByRole('button', { name: t(lang, 'team.add') }).click();
			await expect(page.locator('.report')).toContainText(t(lang, 'team.added', { count: 4 }));

			const gap = page.locator('.gap-panel');
			await expect(gap.getByRole('heading', { name: t(lang, 'team.gapHeading') })).toBeVisible();
			await expect(gap.locator('.callout')).toContainText(pattern(lang, 'team.gapWidest'));
			const widest = gap.locator('tr.is-disputed');
			await expect(widest).toHaveCount(1);
			await expect(widest).toContainText(t(lang, 'team.clientLower'));
			// Two shapes: the agency's and the client's averages.
			await expect(page.locator('.team-chart polygon.chart-shape')).toHaveCount(2);
			await showNames(page, lang);
			await expect(page.getByRole('rowheader', { name: /Client Co/ })).toContainText(
				t(lang, 'team.clientTag')
			);
			await expectNoSeriousViolations(page);
		});
	}
});

for (const lang of LANGS) {
	test(`${lang}: four results from two rounds show each round and the change between them`, async ({
		page,
	}) => {
		await page.clock.setFixedTime(SEPTEMBER);
		const march = [2, 3].map((answer, index) =>
			makeResult('relationship-health', lang, () => answer, {
				name: `M${index}`,
				date: index ? '2027-03-15' : '2027-03-10',
			})
		);
		const june = [4, 5].map((answer, index) =>
			makeResult('relationship-health', lang, () => answer, {
				name: `J${index}`,
				date: '2027-06-02',
			})
		);
		await page.goto(`/${lang}/team/`);
		await expect(page.locator('form.paste button[type="submit"]')).toBeEnabled();
		await page
			.getByLabel(t(lang, 'team.linksLabel'))
			.fill([...march, ...june].map((made) => `https://x.org${made.path}`).join('\n'));
		await page.getByRole('button', { name: t(lang, 'team.add') }).click();

		const table = page.locator('.team-table');
		await expect(table.locator('.round-head')).toHaveCount(2);
		await expect(table.locator('.round-head').first()).toContainText(
			lang === 'en' ? '10 March' : '10 марта'
		);
		const change = table.locator('tr.change');
		await expect(change).toContainText(pattern(lang, 'team.changeSince'));
		// Every dimension went up, in numbers and arrows, not colour alone.
		await expect(change.locator('td').first()).toHaveText(/↑\s*\+\d+/);
		await expect(page.locator('.team-chart polygon.chart-shape')).toHaveCount(2);

		// Moving a June result into March leaves one person in June.
		await page
			.getByRole('combobox', { name: t(lang, 'team.roundFor', { name: 'J0' }) })
			.selectOption({ index: 0 });
		await expect(table.locator('.round-head').nth(1)).toContainText(
			t(lang, 'team.people', { count: 1 })
		);
		// The rounds travel in the team link.
		const teamLink = page.url();
		await page.goto('about:blank');
		await page.goto(teamLink);
		await expect(table.locator('.round-head').nth(1)).toContainText(
			t(lang, 'team.people', { count: 1 })
		);
	});
}
