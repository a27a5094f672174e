#!/usr/bin/env node
// The team page's budgets (#14), measured, not asserted: the JavaScript the team page loads (and
// that lesson and assessment pages do not grow), and how long presenter mode takes to draw a team
// of 50 on this machine (budget: under 100 ms).
//
// usage: npm run build && node scripts/bench-team.mjs [runs=7] [port=4473]
//
// JS is measured as the budget test and `npm run bench` measure it (scripts/lib/script-budget.ts):
// every script loaded before any interaction, islands included, gzip level 9. The draw time is
// taken in the page, from the click on "Present" to the first frame with all 50 dots drawn; the
// first opening includes fetching presenter mode's code, later ones do not. Medians of `runs`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { measureScripts } from './lib/script-budget.ts';
import { serveStatic } from './lib/static-server.mjs';
import { median } from './lib/stats.ts';

const runs = Number(process.argv[2] ?? 7);
const port = Number(process.argv[3] ?? 4473);
const root = join(import.meta.dirname, '..');
const origin = `http://localhost:${port}`;
const PAGES = [
	'/en/team/',
	'/ru/team/',
	'/en/lessons/marriage-or-mess/',
	'/ru/lessons/customers-and-clients/',
	'/en/assessments/relationship-health/',
	'/ru/assessments/client-level/',
];
const TEAM_SIZE = 50;

if (!existsSync(join(root, 'dist', 'en', 'team', 'index.html'))) {
	console.error('No dist/: run `npm run build` first.');
	process.exit(1);
}

const server = serveStatic(join(root, 'dist'), port);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
	console.log('JavaScript before any interaction (gzip level 9):');
	for (const path of PAGES) {
		const page = await browser.newPage();
		const budget = await measureScripts(page, origin + path);
		console.log(
			`  ${path.padEnd(40)} ${(budget.gzipBytes / 1024).toFixed(1).padStart(5)} KB gzip, ${(budget.rawBytes / 1024).toFixed(1)} KB raw, ${budget.files.length} files`
		);
		await page.close();
	}
	await measurePresenter();
} finally {
	await browser.close();
	server.close();
}

/** A team link of 50 people on relationship-health, made in Node with the site's own code. */
async function teamOf(size) {
	const { module } = await runnerImport(join(root, 'scripts/lib/share-links.ts'), {
		root,
		configFile: false,
		logLevel: 'silent',
	});
	const entries = Array.from({ length: size }, (_, person) => {
		const made = module.makeShareLink(
			'relationship-health',
			'en',
			(i) => ((i * 7 + person * 3) % 5) + 1,
			{
				name: `Person ${person + 1}`,
			}
		);
		return `relationship-health!${made.code}`;
	});
	return `/en/team/#t=${entries.join('~')}`;
}

async function measurePresenter() {
	const path = await teamOf(TEAM_SIZE);
	// With a team in it, the invitation starts closed: the QR library is not loaded.
	const withTeam = await browser.newPage();
	const budget = await measureScripts(withTeam, origin + path);
	console.log(
		`  ${'/en/team/ with a team of 50'.padEnd(40)} ${(budget.gzipBytes / 1024).toFixed(1).padStart(5)} KB gzip, ${(budget.rawBytes / 1024).toFixed(1)} KB raw, ${budget.files.length} files`
	);
	await withTeam.close();
	const first = [];
	const again = [];
	const step = [];
	for (let run = 0; run < runs; run++) {
		const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
		await page.goto(origin + path, { waitUntil: 'networkidle' });
		await page.waitForFunction(() => !document.querySelector('.team-page astro-island[ssr]'));
		const present = page.locator('.team-group .present-button').first();
		if ((await present.count()) === 0) {
			console.log('No presenter mode on this build.');
			await page.close();
			return;
		}
		const open = () =>
			page.evaluate(
				(size) =>
					new Promise((resolve) => {
						const started = performance.now();
						document.querySelector('.team-group .present-button')?.click();
						const check = () => {
							if (document.querySelectorAll('.presenter .strip > svg .dot').length >= size) {
								resolve(performance.now() - started);
							} else requestAnimationFrame(check);
						};
						requestAnimationFrame(check);
					}),
				TEAM_SIZE
			);
		first.push(await open());
		const next = await page.evaluate(
			() =>
				new Promise((resolve) => {
					const label = document.querySelector('.presenter .step-title')?.textContent;
					const started = performance.now();
					document.dispatchEvent(
						new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })
					);
					const check = () => {
						if (document.querySelector('.presenter .step-title')?.textContent !== label) {
							resolve(performance.now() - started);
						} else requestAnimationFrame(check);
					};
					requestAnimationFrame(check);
				})
		);
		step.push(next);
		await page.keyboard.press('Escape');
		await page.locator('.presenter').waitFor({ state: 'detached' });
		again.push(await open());
		await page.close();
	}
	console.log(`Presenter mode, a team of ${TEAM_SIZE}, 1280×720, median of ${runs}:`);
	console.log(`  first opening (code fetched):  ${median(first).toFixed(1)} ms`);
	console.log(`  opening again:                 ${median(again).toFixed(1)} ms`);
	console.log(`  next dimension (→):            ${median(step).toFixed(1)} ms`);
}
