/**
 * The site's main flows, walked in one browser session per engine (a Firefox launch costs far
 * more than a page): a lesson and its contents, an assessment taken and its link opened on a
 * phone, the team view with three links, an agreed action and the presenter, search, and the
 * language switch. Every check is on what a reader sees; results are made in Node with the site's
 * own code, as in the Chromium tests.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Engine } from './engine';
import { Reader, type Target } from './reader';
import { makeResult, modelOf } from '../../e2e/support/codes';
import { t } from '../../e2e/support/strings';
import { average } from '../../../src/islands/team/aggregate';
import { formatDay } from '../../../src/i18n/dates';
import { headingId } from '../../../src/lib/slug';

/** The window of a laptop, and of a phone (in CSS pixels). */
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };

/** The numbers in a result's table of scores, row by row. */
async function scoresShown(reader: Reader, region: Target): Promise<number[]> {
	const rows = await reader.textsOf({ css: 'table.scores tbody tr', within: region });
	// "Respect 56 out of 100": the first number is the score.
	return rows.map((row) => Number(/\d+/.exec(row)?.[0] ?? NaN));
}

/**
 * Declares the walk for one engine: `launch` starts it with a window of the given size.
 * @example walkMainFlows('Firefox ESR', launchFirefox)
 */
export function walkMainFlows(
	label: string,
	launch: (width: number, height: number) => Promise<Engine>
): void {
	describe(label, () => {
		let engine: Engine;
		let reader: Reader;

		beforeAll(async () => {
			engine = await launch(DESKTOP.width, DESKTOP.height);
			reader = new Reader(engine, inject('baseURL'));
			console.log(`${label}: ${engine.name}`);
		});

		afterEach(() => {
			expect(engine.takeErrors(), 'console errors and uncaught exceptions').toEqual([]);
		});

		afterAll(async () => {
			await engine?.close();
		});

		test('a lesson: its contents beside the text on a wide screen, each leading to its section', async () => {
			await reader.open('/en/lessons/customers-and-clients/');
			const title = await reader.textOf({ role: 'heading', level: 1 });
			expect(await engine.run(() => document.title)).toContain(title);
			const contents: Target = { role: 'navigation', name: t('en', 'lesson.toc') };
			const links = await reader.count({ role: 'link', within: contents });
			expect(links).toBeGreaterThanOrEqual(8);
			// In the sidebar, right of the text (#26: once shown through ::details-content only).
			const [text, list] = await engine.run(() => [
				document.querySelector('.prose')?.getBoundingClientRect().right ?? 0,
				document.querySelector('nav.toc a')?.getBoundingClientRect().left ?? 0,
			]);
			expect(list).toBeGreaterThan(text ?? Infinity);

			const last = { role: 'link', within: contents, nth: links - 1 } as const;
			const href = await engine.run(
				(css: string) => document.querySelector(css)?.getAttribute('href') ?? '',
				await reader.find(last)
			);
			await reader.click(last);
			await reader.until(
				`the page to scroll to ${href}`,
				(hash: string) => {
					const target = document.getElementById(decodeURIComponent(hash.slice(1)));
					const top = target?.getBoundingClientRect().top ?? -1;
					return location.hash === hash && top >= 0 && top < innerHeight;
				},
				href
			);
		});

		test('an assessment taken, shared with a name, and its link opened on a phone', async () => {
			const id = 'partnership-check';
			const model = modelOf(id);
			const choose = (index: number) => ((index * 2) % 5) + 1;
			const expected = makeResult(id, 'en', choose);
			await reader.open(`/en/assessments/${id}/`);
			await reader.waitForIslands();
			for (const [index, question] of model.questions.entries()) {
				await reader.click({
					role: 'radio',
					name: t('en', `assessment.scale${choose(index)}`),
					within: { role: 'group', nameContains: question.text },
				});
			}
			await reader.click({ role: 'button', name: t('en', 'assessment.submit') });
			const result: Target = { role: 'region', name: t('en', 'assessment.resultHeading') };
			await reader.see({ role: 'heading', name: t('en', 'assessment.resultHeading') });
			expect(await scoresShown(reader, result)).toEqual(expected.scores);

			// One character at a time, a repeated letter included ("Anna", not "Ana").
			await reader.fill({ label: t('en', 'assessment.nameLabel') }, 'Anna');
			const shareField = { label: t('en', 'assessment.shareLink') };
			const link = await reader.until(
				'the share link to carry the name',
				(encoded: string) => {
					const field = [...document.querySelectorAll('input')].find((input) =>
						input.value.includes('#r=')
					);
					return field?.value.includes(encoded) ? field.value : '';
				},
				Buffer.from('Anna').toString('base64url')
			);
			expect(await reader.valueOf(shareField)).toBe(link);

			// A colleague opens it on a phone, in a browser that has none of this reader's answers.
			await engine.run(() => localStorage.clear());
			await engine.resize(PHONE.width, PHONE.height);
			try {
				await reader.open(link);
				const shared: Target = {
					role: 'region',
					name: t('en', 'assessment.shared.heading', { name: 'Anna' }),
				};
				await reader.see({
					role: 'heading',
					name: t('en', 'assessment.shared.heading', { name: 'Anna' }),
				});
				expect(await scoresShown(reader, shared)).toEqual(expected.scores);
				await reader.see({ role: 'button', name: t('en', 'assessment.shared.takeYourself') });
				const [pageWidth, viewport] = await engine.run(() => [
					document.documentElement.scrollWidth,
					innerWidth,
				]);
				expect(pageWidth, 'the page is no wider than the phone').toBeLessThanOrEqual(viewport ?? 0);
			} finally {
				await engine.resize(DESKTOP.width, DESKTOP.height);
			}
		});

		test('the team view: three links pasted, an action agreed by a typed date, the presenter', async () => {
			const people = ['Anna', 'Boris', 'Vera'].map((name, person) =>
				makeResult('relationship-health', 'en', (index) => ((index + person) % 5) + 1, { name })
			);
			await reader.open('/en/team/');
			await reader.waitForIslands();
			await reader.paste(
				{ label: t('en', 'team.linksLabel') },
				people.map((person) => `https://clientship.example${person.path}`).join('\n')
			);
			await reader.click({ role: 'button', name: t('en', 'team.add') });
			await reader.see({ text: t('en', 'team.added', { count: 3 }) });
			const table: Target = { css: '.team-table' };
			expect(await reader.count({ css: 'tbody tr:not(.stat)', within: table })).toBe(3);
			const averages = await reader.textsOf({
				css: 'td',
				within: { css: 'tbody tr.stat', within: table, nth: 0 },
			});
			expect(
				await reader.textOf({ role: 'rowheader', within: { css: 'tbody tr.stat', nth: 0 } })
			).toBe(t('en', 'team.average'));
			expect(averages.slice(0, 4).map(Number)).toEqual(
				[0, 1, 2, 3].map((column) => average(people.map((person) => person.scores[column] ?? 0)))
			);

			// "By when" half typed says what is missing, keeps focus, and adds nothing (#26).
			const actions: Target = { css: '.team-actions' };
			const due = { label: t('en', 'team.actions.due'), within: actions };
			await reader.fill({ label: t('en', 'team.actions.what'), within: actions }, 'Call Ilze');
			await reader.fill(due, '03/25');
			await reader.click({ role: 'button', name: t('en', 'team.actions.add') });
			await reader.see({
				text: t('en', 'team.actions.dueIncomplete', { example: '03/25/2027' }),
			});
			expect(await reader.hasFocus(due)).toBe(true);
			expect(await reader.count({ css: '.action-what' })).toBe(0);
			await reader.type('/2027');
			const date = formatDay('2027-03-25', 'en');
			await reader.see({ text: t('en', 'team.actions.dueReads', { date }) });
			await reader.click({ role: 'button', name: t('en', 'team.actions.add') });
			await reader.see({ text: t('en', 'team.actions.dueBy', { date }) });
			expect(await reader.textOf({ css: '.action-what' })).toBe('Call Ilze');

			// The presenter: a dialog that steps with the arrow keys and leaves with Esc.
			const present = { role: 'button', name: t('en', 'team.present') } as const;
			await reader.click(present);
			const dialog: Target = { role: 'dialog' };
			await reader.see(dialog);
			const first = await reader.textOf({ css: 'h2', within: dialog });
			await reader.press('ArrowRight');
			await reader.until(
				'the next slide',
				(before: string) =>
					document.querySelector('dialog[open] h2, [role="dialog"] h2')?.textContent?.trim() !==
					before,
				first
			);
			await reader.press('Escape');
			await reader.seeNo(dialog);
			expect(await reader.hasFocus(present)).toBe(true);
		});

		test('search: Russian word forms found from the header dialog, a result opened', async () => {
			await reader.open('/ru/');
			await reader.click({
				role: 'button',
				name: t('ru', 'search.button'),
				within: { css: 'header' },
			});
			const dialog: Target = { role: 'dialog', name: t('ru', 'search.label') };
			await reader.see(dialog);
			await reader.fill({ label: t('ru', 'search.label'), within: dialog }, 'клиентами');
			const result: Target = { css: 'a.search-result-link', within: dialog };
			await reader.see(result);
			await reader.see({ role: 'status', nameContains: 'результат', within: dialog });
			const href = await engine.run(
				(css: string) => document.querySelector<HTMLAnchorElement>(css)?.href ?? '',
				await reader.find(result)
			);
			expect(new URL(href).pathname).toMatch(/^\/ru\/(lessons\/[\w-]+|training)\/$/);
			await reader.click(result);
			await reader.until('the result to open', (target: string) => location.href === target, href);
			await reader.see({ role: 'heading', level: 1 });
		});

		test('the language switch: the same section in Russian, remembered, in faces with Cyrillic', async () => {
			await reader.open('/en/lessons/marriage-or-mess/#takeaways');
			await reader.click({ role: 'link', name: 'Русский' });
			const takeaways = headingId(t('ru', 'lesson.takeawaysHeading'));
			await reader.until(
				'the Russian lesson at its takeaways',
				(hash: string) =>
					location.pathname === '/ru/lessons/marriage-or-mess/' &&
					decodeURIComponent(location.hash.slice(1)) === hash &&
					document.documentElement.lang === 'ru',
				takeaways
			);
			const serif = await engine.run(
				() => getComputedStyle(document.querySelector('h1') ?? document.body).fontFamily
			);
			expect(serif).not.toContain('Iowan');

			await reader.open('/');
			await reader.until('the site to open in Russian', () => location.pathname === '/ru/');
		});
	});
}
