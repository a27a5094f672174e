/**
 * Links as the world delivers them (#11, DESIGN.md "Links in the field"): each row of the issue's
 * table, and more of each kind, through the pages a reader opens: the assessment page, the 404
 * page (a `#` encoded as `%23`) and the team view (pasted text).
 */
import { readScores, numbersOf } from './support/assessment';
import { makeResult } from './support/codes';
import { test, expect } from './support/fixtures';
import { LANGS } from './support/site';
import { t } from './support/strings';
import { showNames } from './support/team';
import frozen from '../fixtures/share-links-v1.json' with { type: 'json' };

const ORIGIN = 'https://clientship.example';

/** What tools do to a link on its way: each turns a clean link (path and fragment) into what arrives. */
const DAMAGE: [string, (path: string) => string][] = [
	['a closing guillemet glued on by a chat', (path) => `${path}»`],
	['a closing quote and a full stop', (path) => `${path}”.`],
	['a closing bracket from a sentence', (path) => `${path})`],
	['a zero-width space at the end', (path) => `${path}\u200b`],
	['a soft hyphen inside the code', (path) => path.replace(/(#r=\d\.\d\.)/, '$1\u00ad')],
	['a word joiner and a BOM', (path) => `${path}\u2060\ufeff`],
	[
		'# turned into %23 (Outlook Safe Links, Telegram on macOS, Teams on iOS)',
		(path) => path.replace('#', '%23'),
	],
];

for (const lang of LANGS) {
	const made = makeResult('relationship-health', lang, (index) => (index % 4) + 2, {
		name: lang === 'en' ? 'Anna Smith' : 'Анна Смирнова',
	});

	for (const [damage, damageIt] of DAMAGE) {
		test(`${lang}: a share link with ${damage} opens the result`, async ({ page, siteGuard }) => {
			// A `%23` address is a page that does not exist: the host answers 404 first.
			siteGuard.allow(/404/);
			await page.goto(damageIt(made.path));
			const island = page.locator('.self-assessment');
			const shared = island.getByRole('region', {
				name: t(lang, 'assessment.shared.heading', {
					name: lang === 'en' ? 'Anna Smith' : 'Анна Смирнова',
				}),
			});
			await expect(shared).toBeVisible();
			expect(numbersOf(await readScores(shared))).toEqual(
				made.scores.map((score) => `${score} 100`)
			);
		});
	}

	test(`${lang}: a team link whose # became %23 opens the team view`, async ({
		page,
		siteGuard,
	}) => {
		siteGuard.allow(/404/);
		const teamLink = frozen.teamLinks[0] ?? '';
		await page.goto(
			new URL(teamLink).pathname.replace('/ru/', `/${lang}/`) +
				new URL(teamLink).hash.replace('#', '%23')
		);
		await expect(page.locator('.team-table tbody tr:not(.round-head):not(.stat)')).toHaveCount(4);
	});

	test(`${lang}: any other missing page still says not found`, async ({ page, siteGuard }) => {
		siteGuard.allow(/404/);
		// (A dot in the last segment: `astro preview` answers an address without a trailing slash
		// with its own 404 unless it looks like a file; real static hosts serve 404.html for both.)
		await page.goto(`/${lang}/assessments/relationship-health/%23x=1.2`);
		await expect(page.getByRole('heading', { name: t(lang, 'notFound.title') })).toBeVisible();
		await page.goto(`/${lang}/no-such-page.html`);
		await expect(page.getByRole('heading', { name: t(lang, 'notFound.title') })).toBeVisible();
	});
}

test.describe('pasted into the team view', () => {
	const links = {
		anna: makeResult('relationship-health', 'ru', () => 5, { name: 'Анна Смирнова' }),
		boris: makeResult('relationship-health', 'en', (i) => (i % 2 ? 1 : 4), { name: 'Boris' }),
		olga: makeResult('relationship-health', 'ru', (i) => (i % 5) + 1, { name: 'Ольга' }),
		ivan: makeResult('relationship-health', 'ru', () => 2),
		mark: makeResult('client-level', 'en', () => 3, { name: 'Mark' }),
		kate: makeResult('relationship-health', 'en', () => 3, { name: 'Kate' }),
	};
	const url = (made: { path: string }) => `${ORIGIN}${made.path}`;
	const safeLinks = (made: { path: string }) =>
		`https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(url(made))}&data=05%7C02%7Cfacilitator%40example.org&reserved=0`;
	const wrapped = (line: string, width = 76) =>
		line.match(new RegExp(`.{1,${width}}`, 'g')) ?? [line];

	for (const lang of LANGS) {
		test(`${lang}: a chat full of damaged links gives every result back and quotes no chat line`, async ({
			page,
		}) => {
			const lines = [
				'Анна Смирнова, [12.03.2027 10:14]',
				`вот: «${url(links.anna)}»`,
				'сорри, что поздно',
				'Boris, [12.03.2027 10:20]',
				safeLinks(links.boris),
				'> Ольга wrote:',
				...wrapped(`> ${url(links.olga)}`).map((part, index) => (index ? `> ${part}` : part)),
				`Иван: ${url(links.ivan).replace('#', '%23')}\u200b`,
				`[Mark’s result](${url(links.mark)}) and <${url(links.kate)}>`,
				`Пётр: ${url(links.kate).slice(0, -9)}`,
				'спасибо всем 🙌',
			];
			const chat = lines.join('\n');
			const brokenLine = lines.findIndex((line) => line.startsWith('Пётр')) + 1;
			await page.goto(`/${lang}/team/`);
			await expect(page.locator('form.paste button[type="submit"]')).toBeEnabled();
			await page.getByLabel(t(lang, 'team.linksLabel')).fill(chat);
			await page.getByRole('button', { name: t(lang, 'team.add') }).click();

			const report = page.locator('.report');
			await expect(report).toContainText(t(lang, 'team.added', { count: 6 }));
			await expect(report).toContainText(t(lang, 'team.linesWithoutLinks', { count: 5 }));
			const alert = page.getByRole('alert');
			await expect(alert.getByRole('listitem')).toHaveCount(1);
			await expect(alert).toContainText(
				t(lang, 'team.brokenLineNamed', {
					line: brokenLine,
					label: 'Пётр',
					reason: t(lang, 'assessment.linkError.cutOff'),
				})
			);
			// Chat is private: nothing but the names before broken links is shown.
			await expect(report).not.toContainText('сорри');
			await expect(report).not.toContainText('[12.03.2027');
			await showNames(page, lang);
			await expect(page.getByRole('rowheader', { name: 'Анна Смирнова' })).toBeVisible();
			await expect(page.getByRole('rowheader', { name: 'Boris' })).toBeVisible();
			await expect(page.getByRole('rowheader', { name: 'Ольга' })).toBeVisible();
			await expect(page.getByRole('rowheader', { name: 'Mark' })).toBeVisible();
			await expect(page.getByRole('rowheader', { name: 'Kate' })).toBeVisible();
		});
	}

	test('a link wrapped by a plain-text mail over three lines, inside a quoted reply, is rejoined', async ({
		page,
	}) => {
		const text = [
			'> Here is mine:',
			...wrapped(url(links.olga), 40).map((part) => `> ${part}`),
			'> Olga',
		].join('\n');
		await page.goto('/en/team/');
		await expect(page.locator('form.paste button[type="submit"]')).toBeEnabled();
		await page.getByLabel(t('en', 'team.linksLabel')).fill(text);
		await page.getByRole('button', { name: t('en', 'team.add') }).click();
		await expect(page.locator('.report')).toContainText(t('en', 'team.added', { count: 1 }));
		await showNames(page, 'en');
		await expect(page.getByRole('rowheader', { name: 'Ольга' })).toBeVisible();
	});

	test('today’s format-1 links keep opening in the team view with the numbers they had', async ({
		page,
	}) => {
		const text = frozen.links.map((link) => `${link.name}: ${link.link}`).join('\n');
		await page.goto('/en/team/');
		await expect(page.locator('form.paste button[type="submit"]')).toBeEnabled();
		await page.getByLabel(t('en', 'team.linksLabel')).fill(text);
		await page.getByRole('button', { name: t('en', 'team.add') }).click();
		await expect(page.locator('.report')).toContainText(
			t('en', 'team.added', { count: frozen.links.length })
		);
		await expect(page.getByRole('alert')).toHaveCount(0);
	});
});
