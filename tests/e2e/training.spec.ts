/** The facilitator guide: session plans, and one card per lesson built from the lesson itself (#5). */
import { test, expect } from './support/fixtures';
import { LANGS, LESSON_SLUGS } from './support/site';
import { pattern, t } from './support/strings';

const TEXT = {
	en: {
		sixty: 'A 60-minute session',
		halfDay: 'A half-day session',
		before: 'Before the session',
		collect: 'Collecting and reading results',
		questions: 'Questions to discuss',
	},
	ru: {
		sixty: 'Занятие на 60 минут',
		halfDay: 'Занятие на полдня',
		before: 'Перед занятием',
		collect: 'Как собрать и прочитать результаты',
		questions: 'Вопросы для обсуждения',
	},
};

/** Minutes between `0:15` and `1:00`. */
const minutesOf = (time: string) => {
	const [hours, minutes] = time.split(':').map(Number);
	return (hours ?? 0) * 60 + (minutes ?? 0);
};

for (const lang of LANGS) {
	test(`${lang}: the guide has both session plans, and their timings add up`, async ({ page }) => {
		await page.goto(`/${lang}/training/`);
		for (const heading of [
			TEXT[lang].before,
			TEXT[lang].collect,
			TEXT[lang].sixty,
			TEXT[lang].halfDay,
		]) {
			await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
		}
		for (const [heading, total] of [
			[TEXT[lang].sixty, 60],
			[TEXT[lang].halfDay, undefined],
		] as const) {
			const table = page
				.getByRole('heading', { level: 2, name: heading })
				.locator('xpath=../following-sibling::table[1]');
			const slots = (await table.locator('tbody tr td:first-child').allTextContents()).map((text) =>
				text.split(/[–-]/).map(minutesOf)
			);
			expect(slots.length).toBeGreaterThan(3);
			expect(slots[0]?.[0]).toBe(0);
			for (let index = 1; index < slots.length; index++)
				expect(slots[index]?.[0], `row ${index + 1} starts where the last ended`).toBe(
					slots[index - 1]?.[1]
				);
			if (total) expect(slots.at(-1)?.[1]).toBe(total);
			else expect(slots.at(-1)?.[1]).toBeGreaterThanOrEqual(180);
		}
	});

	test(`${lang}: each lesson card carries the lesson’s own questions and exercise`, async ({
		page,
	}) => {
		await page.goto(`/${lang}/training/`);
		const cards = page.locator('.lesson-card');
		await expect(cards).toHaveCount(LESSON_SLUGS.length);
		const guide = await cards.evaluateAll((elements) =>
			elements.map((card) => ({
				href: card.querySelector('h3 a')?.getAttribute('href') ?? '',
				questions: [...card.querySelectorAll('.questions li')].map((li) => li.textContent),
				stages: [...card.querySelectorAll('.stages li')].map((li) => li.textContent),
			}))
		);
		for (const card of guide) {
			await page.goto(card.href);
			const lessonQuestions = await page.locator('.for-teams .questions li').allTextContents();
			const lessonStages = await page.locator('.for-teams .stages li').allTextContents();
			expect(card.questions).toEqual(lessonQuestions);
			expect(card.stages).toEqual(lessonStages);
			expect(card.questions.length).toBeGreaterThanOrEqual(3);
		}
	});
}

test('printed, each lesson card starts a new page and fits on one A4 page', async ({ page }) => {
	// A4 at 96 dpi, less Chromium's default print margins of about 1 cm a side.
	await page.setViewportSize({ width: 718, height: 1047 });
	await page.goto('/en/training/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	const cards = await page.locator('.lesson-card').evaluateAll((elements) =>
		elements.map((card) => ({
			height: card.getBoundingClientRect().height,
			breakBefore: getComputedStyle(card).breakBefore,
		}))
	);
	expect(cards).toHaveLength(LESSON_SLUGS.length);
	for (const card of cards) {
		expect(card.breakBefore).toBe('page');
		expect(card.height).toBeLessThan(1047);
	}
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.length).toBeGreaterThan(1000);
});

for (const lang of LANGS) {
	test(`${lang}: the invitation copies with one button, and each card carries the lesson’s key ideas (#14)`, async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`/${lang}/training/`);
		const block = page.locator('.copy-block');
		const button = block.getByRole('button', { name: t(lang, 'training.copyInvitation') });
		await expect(button).toBeEnabled();
		await button.click();
		await expect(block.getByRole('status')).toHaveText(pattern(lang, 'training.copied'));
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await block.locator('pre').textContent());
		expect(copied).toContain(lang === 'en' ? '[your name]' : '[Ваше имя]');

		const cards = page.locator('.lesson-card');
		for (const card of await cards.all()) {
			await expect(
				card.getByRole('heading', { name: pattern(lang, 'training.cardKeyIdeas') })
			).toBeVisible();
			expect(await card.locator('.key-ideas li').count()).toBeGreaterThanOrEqual(3);
		}
		// The recap on the card is the lesson's own key ideas.
		const first = await cards.first().locator('.key-ideas li').allTextContents();
		await page.goto((await cards.first().locator('h3 a').getAttribute('href')) ?? '');
		const headings = await page.locator('.key-idea h3').allTextContents();
		expect(first.map((text) => text.replace(/\s+/g, ' '))).toEqual(
			headings.map((text) => text.replace(/\s+/g, ' ').replace(/#$/, '').trim())
		);
	});

	test(`${lang}: without a clipboard (plain http) the invitation is selected to copy by hand, and the page says so (#26)`, async ({
		page,
	}) => {
		// A page served over plain http has no navigator.clipboard at all.
		await page.addInitScript(() => {
			Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
		});
		await page.goto(`/${lang}/training/`);
		const block = page.locator('.copy-block');
		await block.getByRole('button', { name: t(lang, 'training.copyInvitation') }).click();
		await expect(block.getByRole('status')).toHaveText(pattern(lang, 'training.copyFailed'));
		const selected = await page.evaluate(() => getSelection()?.toString());
		expect(selected?.trim()).toBe((await block.locator('pre').textContent())?.trim());
	});
}
