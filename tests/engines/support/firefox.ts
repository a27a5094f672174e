/**
 * Firefox ESR, driven by puppeteer-core over WebDriver BiDi (Debian's `firefox-esr`; see
 * `scripts/lib/test-deps.ts`). Headless, in a fresh profile that never calls home.
 */
import puppeteer, { type KeyInput } from 'puppeteer-core';
import { findTestDependency } from '../../../scripts/lib/test-deps';
import type { Engine, Key, PageFunction } from './engine';

const KEYS: Record<Key, KeyInput> = {
	Enter: 'Enter',
	Escape: 'Escape',
	Tab: 'Tab',
	ArrowRight: 'ArrowRight',
	ArrowLeft: 'ArrowLeft',
	Space: 'Space',
};

/**
 * Starts Firefox ESR with a `width`×`height` viewport, the reader's languages `languages`.
 * @example const firefox = await launchFirefox(1280, 900); …; await firefox.close();
 */
export async function launchFirefox(
	width: number,
	height: number,
	languages = 'en-US, en'
): Promise<Engine> {
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: findTestDependency('firefox'),
		headless: true,
		extraPrefsFirefox: {
			'intl.accept_languages': languages,
			// Light mode whatever the machine's theme: 1 is light.
			'layout.css.prefers-color-scheme.content-override': 1,
			// Nothing but the site: no update, telemetry or captive-portal checks.
			'app.update.enabled': false,
			'network.captive-portal-service.enabled': false,
			'network.connectivity-service.enabled': false,
			'datareporting.policy.dataSubmissionEnabled': false,
			'toolkit.telemetry.enabled': false,
		},
	});
	const page = (await browser.pages())[0] ?? (await browser.newPage());
	await page.setViewport({ width, height });
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(`uncaught: ${String(error)}`));

	return {
		name: `Firefox ESR ${(await browser.version()).replace(/^\D+/, '')}`,
		async open(url) {
			// A URL that differs from the page's in its fragment only would not load the page anew.
			await page.goto('about:blank');
			await page.goto(url, { waitUntil: 'load' });
		},
		async resize(newWidth, newHeight) {
			await page.setViewport({ width: newWidth, height: newHeight });
		},
		run: <Args extends unknown[], Result>(fn: PageFunction<Args, Result>, ...args: Args) =>
			// Puppeteer's own typing would turn element handles into elements; none cross here.
			page.evaluate<unknown[], (...values: unknown[]) => Result>(
				fn as (...values: unknown[]) => Result,
				...args
			),
		async click(selector) {
			await page.click(selector);
		},
		async type(text) {
			await page.keyboard.type(text);
		},
		async press(key) {
			await page.keyboard.press(KEYS[key]);
		},
		async screenshot() {
			return Buffer.from(await page.screenshot());
		},
		takeErrors: () => errors.splice(0),
		async close() {
			await browser.close();
		},
	};
}
