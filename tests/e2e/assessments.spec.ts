/** Every self-assessment, in both languages: taken by keyboard, kept, shared and reopened (#4). */
import { encodeShareCode, shareFragment, signShareCode } from '../../src/links/share-code';
import { codeModelOf, makeResult } from './support/codes';
import { assessmentModels } from '../../scripts/lib/assessment-models';
import { pattern, t } from './support/strings';
import {
	completeByKeyboard,
	numbersOf,
	readOverall,
	readScores,
	waitForIsland,
} from './support/assessment';
import { test, expect } from './support/fixtures';
import { ASSESSMENT_IDS, LANGS, type Lang } from './support/site';

const other = (lang: Lang): Lang => (lang === 'en' ? 'ru' : 'en');
const TEXT = {
	en: {
		submit: 'See my result',
		result: 'Your result',
		share: 'Share link',
		shared: 'A shared result',
		take: 'Take the assessment yourself',
	},
	ru: {
		submit: 'Показать результат',
		result: 'Ваш результат',
		share: 'Ссылка на результат',
		shared: 'Результат по ссылке',
		take: 'Пройти самопроверку самостоятельно',
	},
};

for (const lang of LANGS) {
	for (const id of ASSESSMENT_IDS) {
		test(`${lang} ${id}: taken by keyboard, kept after reload, and shared with the same numbers in both languages`, async ({
			page,
			browser,
		}) => {
			await page.goto(`/${lang}/assessments/${id}/`);
			const island = page.locator('.self-assessment');
			await waitForIsland(island);

			await completeByKeyboard(page, island, (index, choices) => ((index * 2) % choices) + 1);
			const result = island.getByRole('region', { name: TEXT[lang].result });
			await expect(result.getByRole('heading', { name: TEXT[lang].result })).toBeFocused();
			await expect(result.getByRole('img')).toBeVisible();
			await expect(result.getByRole('img')).toHaveAttribute('aria-label', /\d/);
			const scores = await readScores(result);
			const overall = await readOverall(result);
			expect(Number(overall)).toBeGreaterThanOrEqual(0);

			await page.reload();
			await waitForIsland(island);
			expect(await readScores(island.getByRole('region', { name: TEXT[lang].result }))).toEqual(
				scores
			);

			const link = await island.getByLabel(TEXT[lang].share).inputValue();
			expect(link).toMatch(new RegExp(`/${lang}/assessments/${id}/#r=[\\w.-]+$`));

			for (const [targetLang, url] of [
				[lang, link],
				[other(lang), link.replace(`/${lang}/`, `/${other(lang)}/`)],
			] as const) {
				const context = await browser.newContext();
				const fresh = await context.newPage();
				await fresh.goto(url);
				const freshIsland = fresh.locator('.self-assessment');
				await expect(
					freshIsland.getByRole('heading', { name: TEXT[targetLang].shared })
				).toBeVisible();
				const shared = freshIsland.getByRole('region', { name: TEXT[targetLang].shared });
				expect(await readOverall(shared)).toBe(overall);
				expect(numbersOf(await readScores(shared))).toEqual(numbersOf(scores));
				await expect(
					freshIsland.getByRole('button', { name: TEXT[targetLang].take })
				).toBeVisible();
				expect(
					await fresh.evaluate(() =>
						Object.keys(localStorage).filter((key) => key.includes('assessment'))
					)
				).toEqual([]);
				await context.close();
			}
		});
	}
}

test('submitting with questions unanswered names them and moves focus to the first', async ({
	page,
}) => {
	await page.goto('/en/assessments/partnership-check/');
	const island = page.locator('.self-assessment');
	await waitForIsland(island);
	const questions = island.locator('fieldset.question');
	const count = await questions.count();
	for (let index = 0; index < count; index++) {
		if (index === 2 || index === 5) continue;
		await questions.nth(index).getByRole('radio').nth(3).check();
	}
	await expect(island.getByText(`Statements answered: ${count - 2} of ${count}`)).toBeVisible();
	await island.getByRole('button', { name: 'See my result' }).click();
	const notice = island.getByRole('alert');
	await expect(notice).toContainText('2 statements still need an answer:');
	await expect(notice.getByRole('link', { name: 'Statement 3' })).toBeVisible();
	await expect(notice.getByRole('link', { name: 'Statement 6' })).toBeVisible();
	await expect(questions.nth(2).getByRole('radio').first()).toBeFocused();
	await expect(island.getByRole('region', { name: 'Your result' })).toHaveCount(0);
});

test('the Russian progress line counts answers, and the notice uses the right plural form (#12)', async ({
	page,
}) => {
	await page.goto('/ru/assessments/relationship-health/');
	const island = page.locator('.self-assessment');
	await waitForIsland(island);
	const questions = island.locator('fieldset.question');
	const total = await questions.count();
	await expect(island.getByText(`Ответов: 0 из ${total}`)).toBeVisible();
	await questions.nth(0).getByRole('radio').first().check();
	await expect(island.getByText(`Ответов: 1 из ${total}`)).toBeVisible();
	await questions.nth(1).getByRole('radio').first().check();
	await expect(island.getByText(`Ответов: 2 из ${total}`)).toBeVisible();
	await island.getByRole('button', { name: 'Показать результат' }).click();
	const forms = {
		one: 'утверждение',
		few: 'утверждения',
		many: 'утверждений',
		other: 'утверждения',
	};
	const missing = total - 2;
	await expect(island.getByRole('alert')).toContainText(
		`Осталось без ответа ${missing} ${forms[new Intl.PluralRules('ru').select(missing) as keyof typeof forms]}:`
	);
});

test('sorting a statement shows at once whether it is right, and why', async ({ page }) => {
	await page.goto('/en/lessons/customers-and-clients/');
	const island = page.locator('.self-assessment');
	await island.scrollIntoViewIfNeeded();
	await waitForIsland(island);
	const first = island.locator('fieldset.question').first();
	await first.getByRole('radio').nth(1).check();
	await expect(first.locator('.feedback')).toContainText(
		/^(Right|Not quite): this is “.+”\. .{20,}/
	);
	const verdict = await first.locator('.feedback strong').textContent();
	await first.getByRole('radio').nth(0).check();
	await expect(first.locator('.feedback strong')).not.toHaveText(verdict ?? '');
});

test('a name is carried in the share link, cut at 40 characters with a word that says so, and shown as text (#20)', async ({
	page,
	browser,
}) => {
	await page.goto('/en/assessments/client-level/');
	const island = page.locator('.self-assessment');
	await waitForIsland(island);
	await completeByKeyboard(page, island, () => 4);
	const name = island.getByLabel('Your name (optional)');
	await expect(name).toHaveAccessibleDescription(t('en', 'assessment.nameHint'));
	// The field keeps what was typed (a pasted name is not silently cut); the hint says what the link keeps.
	const typed = 'Анна <b>Петрова</b> from the Moscow office, team two';
	await name.fill(typed);
	await expect(name).toHaveValue(typed);
	await expect(name).toHaveAccessibleDescription(t('en', 'assessment.nameCut'));
	const link = await island.getByLabel('Share link').inputValue();
	const context = await browser.newContext();
	const fresh = await context.newPage();
	await fresh.goto(link);
	await expect(
		fresh.getByRole('heading', { name: /^Shared result: Анна b Петрова \/b from the Moscow/ })
	).toBeVisible();
	await expect(fresh.locator('.self-assessment b')).toHaveCount(0);
	await context.close();
});

test('the copy button copies the link and says so politely', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/en/assessments/pushing-too-hard/');
	const island = page.locator('.self-assessment');
	await waitForIsland(island);
	await completeByKeyboard(page, island, () => 2);
	// Without a share sheet the first action under the score copies; the share panel's field has its own.
	const copy = island.getByRole('button', { name: 'Copy link' });
	await expect(copy).toHaveCount(2);
	const copied = island.getByRole('status').filter({ hasText: 'Link copied.' });
	for (const [index, button] of (await copy.all()).entries()) {
		await page.evaluate(() => navigator.clipboard.writeText(''));
		await button.click();
		await expect(copied).toHaveCount(index + 1);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			await island.getByLabel('Share link').inputValue()
		);
	}
});

test('taking a shared assessment yourself keeps your own saved answers until you submit', async ({
	page,
	browser,
}) => {
	await page.goto('/en/assessments/client-level/');
	const island = page.locator('.self-assessment');
	await waitForIsland(island);
	await completeByKeyboard(page, island, () => 5);
	const mine = await readScores(island.getByRole('region', { name: 'Your result' }));

	const context = await browser.newContext();
	const other = await context.newPage();
	await other.goto('/en/assessments/client-level/');
	const otherIsland = other.locator('.self-assessment');
	await waitForIsland(otherIsland);
	await completeByKeyboard(other, otherIsland, () => 1);
	const theirLink = await otherIsland.getByLabel('Share link').inputValue();
	await context.close();

	await page.goto(theirLink);
	await expect(island.getByRole('heading', { name: 'A shared result' })).toBeVisible();
	await island.getByRole('button', { name: 'Take the assessment yourself' }).click();
	await expect(page).toHaveURL('/en/assessments/client-level/');
	expect(await readScores(island.getByRole('region', { name: 'Your result' }))).toEqual(mine);
	await expect(island.locator('fieldset.question').first().getByRole('radio').nth(4)).toBeChecked();
});

test('“Clear my answers” removes them and the history, says so, and can be undone (#13, #16)', async ({
	page,
}) => {
	await page.goto('/ru/assessments/pushing-too-hard/');
	const island = page.locator('.self-assessment');
	await waitForIsland(island);
	await completeByKeyboard(page, island, () => 3);
	const clear = island.getByRole('button', { name: t('ru', 'assessment.clear') });
	await expect(clear).toHaveAccessibleDescription(
		t('ru', 'assessment.clearHistoryHint', { count: 1 })
	);
	// The destructive button is not the submit button's neighbour.
	const submit = island.getByRole('button', { name: t('ru', 'assessment.submit') });
	const [clearBox, submitBox] = [await clear.boundingBox(), await submit.boundingBox()];
	expect(Math.abs((clearBox?.y ?? 0) - (submitBox?.y ?? 0))).toBeGreaterThan(200);
	await clear.click();
	await expect(
		island.getByRole('status').filter({ hasText: t('ru', 'assessment.cleared') })
	).toBeVisible();
	await expect(
		island.getByRole('region', { name: t('ru', 'assessment.resultHeading') })
	).toHaveCount(0);
	await expect(island.getByRole('radio', { checked: true })).toHaveCount(0);
	expect(
		await page.evaluate(() => localStorage.getItem('clientship:v1:assessment:pushing-too-hard'))
	).toBeNull();

	await island.getByRole('button', { name: t('ru', 'assessment.undo') }).click();
	await expect(
		island.getByRole('region', { name: t('ru', 'assessment.resultHeading') })
	).toBeVisible();
	await page.reload();
	await waitForIsland(island);
	await expect(
		island.getByRole('region', { name: t('ru', 'assessment.resultHeading') })
	).toBeVisible();

	await island.getByRole('button', { name: t('ru', 'assessment.clear') }).click();
	await page.reload();
	await waitForIsland(island);
	await expect(island.getByRole('radio', { checked: true })).toHaveCount(0);
});

test.describe('bad share links', () => {
	const RELATIONSHIP_HEALTH = codeModelOf('relationship-health');
	const answers = () => Array.from({ length: RELATIONSHIP_HEALTH.questionCount }, () => 4);
	const cases: [string, (valid: string) => string, string][] = [
		['damaged', () => '#r=this-is-not-a-result', 'assessment.linkError.malformed'],
		['truncated', (valid) => valid.slice(0, -12), 'assessment.linkError.cutOff'],
		[
			'altered',
			(valid) =>
				valid.replace(
					/(#r=2\.\d+\.\w+\.)(\d)/,
					(_, prefix: string, digit: string) => `${prefix}${digit === '1' ? '2' : '1'}`
				),
			'assessment.linkError.altered',
		],
		['oversized (100 KB)', () => `#r=${'1'.repeat(100 * 1024)}`, 'assessment.linkError.tooLong'],
		[
			'hostile markup',
			() => '#r=<img src=x onerror="window.__pwned=1">',
			'assessment.linkError.empty',
		],
		[
			'hostile script, percent-encoded',
			() => `#r=${encodeURIComponent('"><script>window.__pwned=1</script>')}`,
			'assessment.linkError.empty',
		],
		[
			'from a newer version',
			() =>
				shareFragment(
					encodeShareCode(
						{ ...RELATIONSHIP_HEALTH, version: RELATIONSHIP_HEALTH.version + 1 },
						answers(),
						'2026-11-30'
					)
				),
			'assessment.linkError.newerVersion',
		],
		[
			'from a newer format',
			(valid) => valid.replace('#r=2.', '#r=3.'),
			'assessment.linkError.newerVersion',
		],
	];

	for (const lang of LANGS) {
		for (const [kind, makeFragment, message] of cases) {
			test(`${lang}: a ${kind} link says what happened to it and shows the empty assessment`, async ({
				page,
			}) => {
				const valid = shareFragment(encodeShareCode(RELATIONSHIP_HEALTH, answers(), '2026-11-30'));

				page.on('dialog', () => {
					throw new Error('a dialog opened: script from the link ran');
				});
				await page.goto(`/${lang}/assessments/relationship-health/${makeFragment(valid)}`);
				const island = page.locator('.self-assessment');
				await waitForIsland(island);
				const alert = island.getByRole('alert');
				await expect(alert).toContainText(t(lang, 'assessment.linkError.heading'));
				await expect(alert).toContainText(pattern(lang, message));
				await expect(island.getByRole('radio', { checked: true })).toHaveCount(0);
				await expect(island.locator('.result')).toHaveCount(0);
				await expect(
					page.locator('img[src="x"], script:not([src]):has-text("__pwned")')
				).toHaveCount(0);
				expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
				expect(
					await page.evaluate(() =>
						localStorage.getItem('clientship:v1:assessment:relationship-health')
					)
				).toBeNull();
			});
		}
	}

	for (const lang of LANGS) {
		test(`${lang}: a link dated in the future opens, with a note that the sender's clock was ahead (#20)`, async ({
			page,
		}) => {
			const fragment = shareFragment(encodeShareCode(RELATIONSHIP_HEALTH, answers(), '2031-01-01'));
			await page.goto(`/${lang}/assessments/relationship-health/${fragment}`);
			const shared = page.getByRole('region', {
				name: t(lang, 'assessment.shared.headingAnonymous'),
			});
			await expect(shared).toContainText(t(lang, 'assessment.dayAhead'));
			await expect(page.getByRole('alert')).toHaveCount(0);
			await expect(shared.locator('table.scores')).toBeVisible();
		});
	}

	test('a forged link with markup in the name is rejected, and the name never becomes markup', async ({
		page,
	}) => {
		const name = Buffer.from('<img src=x onerror="window.__pwned=1">', 'utf8').toString(
			'base64url'
		);
		const code = signShareCode('relationship-health', `2.1.99.${'3'.repeat(16)}.${name}`);
		await page.goto(`/en/assessments/relationship-health/#r=${code}`);
		const island = page.locator('.self-assessment');
		await waitForIsland(island);
		await expect(island.getByRole('alert')).toContainText('The name in the link can’t be read.');
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
	});
});

test('junk in every storage key the site uses leaves every page working', async ({ page }) => {
	await page.addInitScript(
		(ids) => {
			if (sessionStorage.getItem('seeded')) return;
			sessionStorage.setItem('seeded', '1');
			const junk = [
				'{"version":1,"answers":"nope"}',
				'<script>alert(1)</script>',
				'{',
				'null',
				'[]',
				'{"version":1,"answers":[9,9,9]}',
			];
			localStorage.setItem('clientship:v1:lang', junk[1] ?? '');
			localStorage.setItem('clientship:v1:progress', junk[0] ?? '');
			ids.forEach((id, index) =>
				localStorage.setItem(`clientship:v1:assessment:${id}`, junk[index % junk.length] ?? '')
			);
		},
		[...ASSESSMENT_IDS]
	);
	page.on('dialog', () => {
		throw new Error('a dialog opened');
	});
	await page.goto('/en/');
	await expect(page.getByText('Your progress is kept in this browser only.')).toBeVisible();
	for (const id of ASSESSMENT_IDS) {
		await page.goto(`/en/assessments/${id}/`);
		const island = page.locator('.self-assessment');
		await waitForIsland(island);
		await expect(island.getByRole('radio', { checked: true })).toHaveCount(0);
		await completeByKeyboard(page, island, () => 1);
		await expect(island.getByRole('region', { name: 'Your result' })).toBeVisible();
	}
});

for (const lang of LANGS) {
	test(`${lang}: a link to another assessment's result names that assessment and links to its page, fetching the titles only then (#11, #15)`, async ({
		page,
	}) => {
		const titles: string[] = [];
		page.on('request', (request) => {
			if (request.url().endsWith('/assessments/titles.json')) titles.push(request.url());
		});
		await page.goto(`/${lang}/assessments/relationship-health/`);
		await waitForIsland(page.locator('.self-assessment'));
		expect(titles).toEqual([]);

		const foreign = makeResult('client-level', lang, () => 3);
		await page.goto(foreign.path.replace('/client-level/', '/relationship-health/'));
		const notice = page.locator('.self-assessment').getByRole('alert');
		const title = assessmentModels(lang).find((model) => model.id === 'client-level')?.title ?? '';
		await expect(notice).toContainText(t(lang, 'assessment.linkError.otherAssessment', { title }));
		await expect(
			notice.getByRole('link', { name: t(lang, 'assessment.linkError.openThere') })
		).toHaveAttribute('href', `/${lang}/assessments/client-level/#r=${foreign.code}`);
		expect(titles).toHaveLength(1);
	});
}

for (const lang of LANGS) {
	test(`${lang}: each area says what healthy and unhealthy look like, and a low one links to the lesson’s step for it (#25)`, async ({
		page,
	}) => {
		const [agency, client] = (['agency', 'client'] as const).map((side) => {
			const found = assessmentModels(lang).find(
				(model) => model.id === 'relationship-health' && model.side === side
			);
			if (!found) throw new Error(`no ${side} side of relationship-health`);
			return found;
		});
		if (!agency || !client) return;
		// Respect answered as badly as it can be, every other area as well as it can be.
		const respectLow = (model: typeof agency) => (index: number) => {
			const question = model.questions[index];
			const isBad = question?.dimension === 'respect';
			return isBad === Boolean(question?.reversed) ? 5 : 1;
		};
		const shared = page.getByRole('region', {
			name: t(lang, 'assessment.shared.headingAnonymous'),
		});
		const practice = shared.getByRole('link', { name: pattern(lang, 'assessment.practice') });

		// The client's side describes every area too, but its steps are the agency's: no link.
		await page.goto(
			makeResult('relationship-health', lang, respectLow(client), { side: 'client' }).path
		);
		await expect(
			shared.getByRole('heading', { name: t(lang, 'assessment.areasHeading') })
		).toBeVisible();
		await expect(shared.getByText(client.dimensions[0]?.unhealthy ?? '')).toBeVisible();
		await expect(practice).toHaveCount(0);

		await page.goto(makeResult('relationship-health', lang, respectLow(agency)).path);
		await expect(
			shared.getByRole('heading', { name: t(lang, 'assessment.areasHeading') })
		).toBeVisible();
		for (const dimension of agency.dimensions) {
			await expect(shared.getByText(dimension.healthy ?? '')).toBeVisible();
			await expect(shared.getByText(dimension.unhealthy ?? '')).toBeVisible();
		}
		// Only the low area links to a step: the lesson's first, counting the orders.
		await expect(practice).toHaveCount(1);
		await practice.click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/lessons/marriage-or-mess/#step-1$`, 'u'));
		const step = page.locator('#step-1');
		await expect(step).toBeInViewport();
		await expect(page.locator('li:target')).toHaveAttribute('id', 'step-1');
		const lead = ((await step.locator('strong').first().textContent()) ?? '').replace(
			/[\s.,:;]+$/u,
			''
		);
		expect(lead.length).toBeGreaterThan(10);
		await page.goBack();
		await expect(practice).toContainText(lead.replace(/\s/g, ' '), { useInnerText: true });
	});
}
