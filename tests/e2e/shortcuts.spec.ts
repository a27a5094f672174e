/**
 * The search shortcuts match the physical key, so they work on a Russian layout (#11): Ctrl+K and
 * ⌘K type «л» there, and the slash key types a full stop. Typing in a field is never taken over.
 */
import { test, expect } from './support/fixtures';
import { LANGS } from './support/site';
import { t } from './support/strings';

/** A key press as the browser describes it. */
interface KeyPress {
	key: string;
	code: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
}

for (const lang of LANGS) {
	test.describe(`shortcuts in ${lang}`, () => {
		test(`Ctrl+K, ⌘K and the slash key work on a Russian layout, and never while typing (#11)`, async ({
			page,
		}) => {
			await page.goto(`/${lang}/lessons/marriage-or-mess/`);
			const dialog = page.getByRole('dialog', { name: t(lang, 'search.label') });
			// What the browser sends on the ЙЦУКЕН layout: the K key types «л», the slash key a full stop.
			const dispatch = (target: string, init: KeyPress) =>
				page.evaluate(
					([selector, options]) => {
						const event = new KeyboardEvent('keydown', {
							...options,
							bubbles: true,
							cancelable: true,
						});
						document.querySelector(selector)?.dispatchEvent(event);
						return event.defaultPrevented;
					},
					[target, init] as const
				);
			for (const init of [
				{ key: 'л', code: 'KeyK', ctrlKey: true },
				{ key: 'л', code: 'KeyK', metaKey: true },
				{ key: '.', code: 'Slash' },
			]) {
				// The browser's own Ctrl+K (its address bar) must not run as well.
				expect(await dispatch('body', init), JSON.stringify(init)).toBe(true);
				await expect(dialog).toBeVisible();
				await page.keyboard.press('Escape');
				await expect(dialog).toBeHidden();
			}
			// A full stop typed in a field (the team page's paste box) is typing, not a shortcut.
			await page.goto(`/${lang}/team/`);
			await expect(page.locator('textarea')).toHaveCount(1);
			expect(await dispatch('textarea', { key: '.', code: 'Slash' })).toBe(false);
			await expect(dialog).toBeHidden();
		});
	});
}
