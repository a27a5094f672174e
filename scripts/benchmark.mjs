#!/usr/bin/env node
// The performance figures of DESIGN.md and issue #15, measured (not asserted): page weight cold
// and warm, lesson HTML and island props, the first search, Lighthouse, and the build as the
// number of lessons grows, with 1,000 lessons per language built side by side with the Starlight
// peer. Writes benchmarks/latest.md.
//
// usage: npm run bench                               (about 15 minutes on two cores)
//        npm run bench -- --skip-lighthouse --skip-scale
//        npm run bench -- --lighthouse-runs 5 --sizes 5,50,200 --lessons 1000 --runs 3
//        npm run bench -- --skip-starlight            (the 1,000-lesson builds of Clientship only)
//        npm run bench -- --peer-dir /tmp/peer-scale  (a Starlight peer set up already)
//
// Page weights use the same measurement as the end-to-end budget test
// (scripts/lib/script-budget.ts): every script loaded before any interaction, islands included,
// gzip level 9. KB are 1,024 bytes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.mjs';
import { measureScripts } from './lib/script-budget.ts';
import { FIRST_QUERIES, measureSearch, wireBytes } from './lib/search-cost.ts';
import {
	STARLIGHT_PACKAGE,
	astroVersion,
	buildCold,
	compareBuilds,
	comparisonMarkdown,
	minAndMedian,
	prepareClientship,
} from './lib/build-comparison.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizes = option('--sizes', '5,50,200').split(',').map(Number);
const lessons = Number(option('--lessons', '1000'));
const scaleRuns = Number(option('--runs', '3'));
const lighthouseRuns = Number(option('--lighthouse-runs', '3'));
const skipLighthouse = args.includes('--skip-lighthouse');
const skipScale = args.includes('--skip-scale');
const skipStarlight = args.includes('--skip-starlight');
const PORT = Number(option('--port', '4500'));
const origin = `http://localhost:${PORT}`;
const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

const PAGES = [
	'/en/',
	'/ru/',
	'/en/about/',
	'/ru/training/',
	'/en/lessons/customers-and-clients/',
	'/ru/lessons/marriage-or-mess/',
	'/en/assessments/relationship-health/',
	'/ru/team/',
	'/en/search/',
];
const LIGHTHOUSE_PAGES = [
	'/en/',
	'/ru/',
	'/en/lessons/customers-and-clients/',
	'/ru/lessons/customers-and-clients/',
	'/en/assessments/doing-or-being/',
	'/ru/assessments/doing-or-being/',
];
/** The lessons in series order (the order the home page lists them). */
const LESSONS = [
	'customers-and-clients',
	'partners-not-customers',
	'marriage-or-mess',
	'clients-at-different-levels',
	'taking-clients-too-seriously',
];

/** The figures of issue #15's table for Starlight, from the issue and ../shared/peer/README.md. */
const STARLIGHT = {
	cold: '52–54 KB, 10 requests',
	warm: '8.1 KB',
	raw: '31 KB',
	search: '127 KB (en), 140 KB (ru)',
};

const report = [
	`# Benchmarks\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${process.platform}, load average ${loadavg()[0]?.toFixed(1)} at the start on a machine with two cores). KB are 1,024 bytes.\n`,
];
const summary = {};

console.log('Building…');
execFileSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

/** Bytes the server sent, per request path, while `counting` is on. */
let sent = [];
const server = serveStatic('dist', PORT, '/', (path, bytes) => sent.push({ path, bytes }));
try {
	await measurePages();
	await measureColdLessons();
	measureLessonFiles();
	await measureWarmNavigation();
	await measureFirstSearch();
	await measureOffline();
	if (!skipLighthouse) await measureLighthouse();
} finally {
	server.close();
}
if (!skipScale) await measureBuilds();
writeSummary();

mkdirSync('benchmarks', { recursive: true });
writeFileSync('benchmarks/latest.md', `${report.join('\n')}\n`);
console.log('\nWrote benchmarks/latest.md');

async function measurePages() {
	console.log('Measuring pages…');
	const browser = await chromium.launch(chromiumLaunchOptions());
	const rows = [];
	for (const path of PAGES) {
		const page = await browser.newPage();
		const responses = [];
		page.on('response', (response) => responses.push(response));
		const scripts = await measureScripts(page, origin + path);
		const bodies = await Promise.all(
			responses.map((response) => response.body().catch(() => Buffer.alloc(0)))
		);
		const transfer = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
		const foreign = responses.filter(
			(response) => new URL(response.url()).origin !== origin
		).length;
		rows.push(
			`| \`${path}\` | ${responses.length} | ${foreign} | ${kb(scripts.gzipBytes)} | ${kb(transfer)} |`
		);
		await page.close();
	}
	await browser.close();
	report.push(
		'## Page weight, cold\n\nA first visit: every response until the network is idle, after scrolling to the bottom (so `client:visible` islands load), gzip level 9. JS: every script, inline and files.\n'
	);
	report.push(
		'| page | requests | to other hosts | JS (gzip) | total (gzip) |\n| --- | ---: | ---: | ---: | ---: |'
	);
	report.push(...rows, '');
}

async function measureColdLessons() {
	console.log('Measuring lessons opened cold…');
	const browser = await chromium.launch(chromiumLaunchOptions());
	const rows = [];
	summary.cold = [];
	for (const lang of ['en', 'ru']) {
		for (const slug of LESSONS) {
			// A phone opening a link from a chat: nothing cached, no scrolling (the assessment, far
			// down, hydrates only when it comes into view).
			const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
			const page = await context.newPage();
			const responses = [];
			page.on('response', (response) => responses.push(response));
			await page.goto(`${origin}/${lang}/lessons/${slug}/`, { waitUntil: 'networkidle' });
			const bodies = await Promise.all(
				responses.map((response) => response.body().catch(() => Buffer.alloc(0)))
			);
			const bytes = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
			rows.push(`| \`/${lang}/lessons/${slug}/\` | ${responses.length} | ${kb(bytes)} |`);
			summary.cold.push({ bytes, requests: responses.length });
			await context.close();
		}
	}
	await browser.close();
	report.push(
		'## First lesson, cold\n\nA lesson opened with nothing cached on a 360 × 780 screen, not scrolled: every response until the network is idle, gzip level 9.\n'
	);
	report.push('| lesson | requests | bytes to idle |\n| --- | ---: | ---: |');
	report.push(...rows, '');
}

/** The island props of a page: the `props` attribute of each `astro-island`, as written. */
function islandProps(html) {
	return [...html.matchAll(/<astro-island\b[^>]*?\sprops=(?:'([^']*)'|"([^"]*)")/g)]
		.map((match) => match[1] ?? match[2] ?? '')
		.join('');
}

function measureLessonFiles() {
	console.log('Measuring lesson HTML…');
	const rows = [];
	summary.raw = [];
	for (const lang of ['en', 'ru']) {
		for (const slug of LESSONS) {
			const html = readFileSync(join('dist', lang, 'lessons', slug, 'index.html'));
			const props = Buffer.from(islandProps(html.toString('utf8')));
			rows.push(
				`| \`/${lang}/lessons/${slug}/\` | ${kb(html.length)} | ${kb(gzipSync(html, { level: 9 }).length)} | ${kb(props.length)} | ${kb(gzipSync(props, { level: 9 }).length)} |`
			);
			summary.raw.push(html.length);
		}
	}
	report.push(
		'## Lesson HTML\n\nEach lesson page as built (`dist/`), and the props Astro writes into it for the assessment island.\n'
	);
	report.push(
		'| lesson | HTML raw | HTML gzip | island props raw | island props gzip |\n| --- | ---: | ---: | ---: | ---: |'
	);
	report.push(...rows, '');
}

async function measureWarmNavigation() {
	console.log('Measuring the next lesson with a warm cache…');
	const browser = await chromium.launch(chromiumLaunchOptions());
	const rows = [];
	summary.warm = [];
	for (const lang of ['en', 'ru']) {
		for (let index = 0; index + 1 < LESSONS.length; index++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await measureScripts(page, `${origin}/${lang}/lessons/${LESSONS[index]}/`);
			sent = [];
			const next = `/${lang}/lessons/${LESSONS[index + 1]}/`;
			await measureScripts(page, origin + next);
			const bytes = sent.reduce((sum, request) => sum + request.bytes, 0);
			const html = sent.find((request) => request.path === next)?.bytes ?? 0;
			rows.push(
				`| \`/${lang}/lessons/${LESSONS[index]}/\` → \`${next}\` | ${kb(html)} | ${sent.length} | ${kb(bytes)} | ${sent.map((request) => `\`${request.path}\``).join(', ')} |`
			);
			summary.warm.push({ lang, bytes: html });
			await context.close();
		}
	}
	await browser.close();
	report.push(
		'## Next lesson, warm cache\n\nA reader who has a lesson open (scrolled to the bottom, its island hydrated) goes to the next one: its HTML (gzip level 9, as served), and everything the server sent for it (`/_astro/` files are cached for a year, as `public/_headers` asks; this server sets no caching for the favicon).\n'
	);
	report.push(
		'| from → to | HTML | requests | all bytes | requested |\n| --- | ---: | ---: | ---: | --- |'
	);
	report.push(...rows, '');
}

async function measureFirstSearch() {
	console.log('Measuring the first search…');
	const browser = await chromium.launch(chromiumLaunchOptions());
	const rows = [];
	summary.search = {};
	for (const lang of ['en', 'ru']) {
		const pasted = await measureSearch(browser, origin, lang, false);
		const typed = [];
		for (let run = 0; run < 3; run++) typed.push(await measureSearch(browser, origin, lang, true));
		const typedBytes = minAndMedian(typed.map((run) => wireBytes(run.fetched))).median;
		const latency = minAndMedian(typed.map((run) => run.latency)).median;
		rows.push(
			`| ${lang} | “${FIRST_QUERIES[lang]}” | ${pasted.fetched.length} | ${kb(wireBytes(pasted.fetched))} | ${kb(typedBytes)} | ${latency.toFixed(0)} ms |`
		);
		summary.search[lang] = wireBytes(pasted.fetched);
	}
	await browser.close();
	report.push(
		'## First search\n\nOn a lesson page, the header’s search button, then the query pasted (or typed at 8 keys a second, searches on the way included; median of 3): every byte fetched after the page had loaded (search code gzip level 9, Pagefind’s files as stored, already compressed). Latency: last keystroke to first result drawn.\n'
	);
	report.push(
		'| language | query | files | pasted | typed | latency |\n| --- | --- | ---: | ---: | ---: | ---: |'
	);
	report.push(...rows, '');
}

/** The files the service worker precaches, from the list Workbox wrote into dist/sw.js. */
function precacheList() {
	const worker = readFileSync(join('dist', 'sw.js'), 'utf8');
	return [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1] ?? '');
}

async function measureOffline() {
	console.log('Measuring the service worker…');
	const files = precacheList().map((url) => readFileSync(join('dist', url)));
	const raw = files.reduce((sum, body) => sum + body.length, 0);
	const gzip = files.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
	const browser = await chromium.launch(chromiumLaunchOptions());
	const rows = [];
	summary.offline = [];
	for (const lang of ['en', 'ru']) {
		const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
		const page = await context.newPage();
		sent = [];
		await page.goto(`${origin}/${lang}/lessons/${LESSONS[0]}/`, { waitUntil: 'load' });
		const beforeLoad = sent.reduce((sum, request) => sum + request.bytes, 0);
		sent = [];
		// The worker registers after `load` and precaches the site in the background.
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) {
				await new Promise((resolve) =>
					navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
				);
			}
		});
		const installed = sent.reduce((sum, request) => sum + request.bytes, 0);
		const installedRequests = sent.length;
		sent = [];
		const next = `/${lang}/lessons/${LESSONS[1]}/`;
		await page.goto(origin + next, { waitUntil: 'networkidle' });
		const repeat = sent.filter((request) => request.path !== '/sw.js');
		const workerCheck = sent.filter((request) => request.path === '/sw.js');
		const repeatBytes = repeat.reduce((sum, request) => sum + request.bytes, 0);
		rows.push(
			`| ${lang} | ${kb(beforeLoad)} | ${installedRequests} requests, ${kb(installed)} | ${repeat.length} requests, ${repeatBytes} B | ${workerCheck.length ? kb(workerCheck.reduce((sum, request) => sum + request.bytes, 0)) : 'none'} |`
		);
		summary.offline.push({ lang, beforeLoad, installed, repeatBytes });
		await context.close();
	}
	// Lighthouse 12 dropped its installability audit; Chromium's own check, which it used, is in
	// the DevTools protocol.
	const installability = [];
	for (const lang of ['en', 'ru']) {
		const page = await browser.newPage();
		await page.goto(`${origin}/${lang}/`, { waitUntil: 'load' });
		const session = await page.context().newCDPSession(page);
		const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
		const { errors } = await session.send('Page.getAppManifest');
		installability.push(
			`| ${lang} | ${installabilityErrors.length === 0 ? 'installable' : installabilityErrors.map((error) => error.errorId).join(', ')} | ${errors.length === 0 ? 'none' : errors.map((error) => error.message).join('; ')} |`
		);
		await page.close();
	}
	await browser.close();
	summary.precache = { count: files.length, raw, gzip };
	report.push(
		`## Offline\n\nThe service worker precaches ${files.length} files: ${kb(raw)} as stored in the cache, ${kb(gzip)} over the wire (gzip level 9; Pagefind's files as stored). A lesson opened on a 360 × 780 screen with nothing cached: the bytes the server sent until \`load\`, then what the worker fetched to install (it registers after \`load\`); then the next lesson opened in the same tab, from the cache (the browser's own check for a new \`/sw.js\` listed apart).\n`
	);
	report.push(
		'| language | first visit, until load | worker install, after load | next lesson | `/sw.js` check |\n| --- | ---: | ---: | ---: | ---: |'
	);
	report.push(...rows, '');
	report.push(
		"Installability, from Chromium's own check (`Page.getInstallabilityErrors`, what Lighthouse's installability audit ran before Lighthouse 12 removed it), on each language's home page:\n"
	);
	report.push('| language | installability | manifest errors |\n| --- | --- | --- |');
	report.push(...installability, '');
}

async function measureLighthouse() {
	console.log(`Running Lighthouse (${lighthouseRuns} runs a page)…`);
	const browser = await chromium.launch(chromiumLaunchOptions(['--remote-debugging-port=9333']));
	const rows = [];
	for (const path of LIGHTHOUSE_PAGES) {
		const results = [];
		for (let run = 0; run < lighthouseRuns; run++) {
			const result = await lighthouse(origin + path, {
				port: 9333,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
				formFactor: 'mobile',
			});
			if (result) results.push(result.lhr);
		}
		const score = (id) =>
			Math.min(...results.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)));
		const seconds = (id) => {
			const values = results.map((lhr) => (lhr.audits[id]?.numericValue ?? 0) / 1000);
			const { median } = minAndMedian(values);
			return `${median.toFixed(2)} s (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
		};
		rows.push(
			`| \`${path}\` | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${seconds('first-contentful-paint')} | ${seconds('largest-contentful-paint')} |`
		);
		console.log(rows.at(-1));
		// Say what cost the points, so a score under 100 can be acted on.
		for (const audit of Object.values(results[0]?.audits ?? {})) {
			if (
				audit.score !== null &&
				audit.score < 0.9 &&
				audit.scoreDisplayMode !== 'informative' &&
				audit.scoreDisplayMode !== 'notApplicable'
			) {
				console.log(`    ${audit.id}: ${audit.displayValue ?? audit.score}`);
			}
		}
	}
	await browser.close();
	report.push(
		`## Lighthouse\n\nMobile emulation with throttling, against the built site served from localhost, ${lighthouseRuns} run(s) a page: the lowest score of the runs; FCP and LCP (first and largest contentful paint, as Lighthouse simulates them on a slow phone network) as the median and the range.\n`
	);
	report.push(
		'| page | performance | accessibility | best practices | SEO | FCP | LCP |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
	);
	report.push(...rows, '');
}

async function measureBuilds() {
	console.log('Timing builds as lessons grow…');
	const rows = [];
	for (const size of sizes) {
		const site = prepareClientship(process.cwd(), size);
		try {
			const run = await buildCold(site, size);
			rows.push(
				`| ${size} | ${run.htmlPages} | ${run.wallSeconds.toFixed(1)} s | ${run.cpuSeconds.toFixed(1)} s | ${((run.cpuSeconds * 1000) / size).toFixed(0)} ms | ${(run.peakRssBytes / 2 ** 20).toFixed(0)} MB | ${(run.distBytes / 2 ** 20).toFixed(1)} MB | ${run.loadBefore.toFixed(1)} |`
			);
			console.log(rows.at(-1));
		} finally {
			rmSync(site.dir, { recursive: true, force: true });
		}
	}
	report.push(
		'## Build as lessons grow\n\nEach row builds a copy of the site, cold, with the five real lessons and synthetic ones (copies of the real lessons, each with its own copy of its assessment), in both languages. Wall and CPU time and peak memory cover every process of the build (Node, Pagefind).\n'
	);
	report.push(
		'| lessons | pages | wall | CPU | CPU per lesson | peak memory | dist | load |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	);
	report.push(...rows, '');

	console.log(
		`Building ${lessons} lessons per language${skipStarlight ? '' : ', side by side with Starlight'}…`
	);
	const runs = await compareBuilds(process.cwd(), {
		lessons: [lessons],
		runs: scaleRuns,
		skipStarlight,
		peerDir: option('--peer-dir', undefined) && (() => option('--peer-dir', undefined)),
		peerScripts: option('--peer-scripts', undefined),
		log: (line) => console.log(line),
	});
	summary.scale = runs;
	report.push(
		`## ${lessons} lessons per language, side by side with Starlight\n\nClientship (as above) and the Starlight peer of \`../shared/peer/\` (${lessons} articles of about 800 words per language, on Clientship's Astro ${astroVersion(process.cwd())}, ${STARLIGHT_PACKAGE}) with its defaults and with Clientship's parallel rendering, each built cold, alternately, ${scaleRuns} times, then once more each with Astro's caches kept (\`caches: kept\`, where Clientship keeps its link-preview cards; \`npm run bench:builds\` does the same at 200 and 1,000 lessons).\n`
	);
	report.push(comparisonMarkdown(runs), '');
}

function writeSummary() {
	const range = (values, unit = kb) =>
		values.length === 0 ? '–' : `${unit(Math.min(...values))}–${unit(Math.max(...values))}`;
	const cold = summary.cold ?? [];
	const warm = summary.warm ?? [];
	const byLang = (lang) => warm.filter((row) => row.lang === lang).map((row) => row.bytes);
	const measured = (site, caches, pick, unit) => {
		const runs = (summary.scale ?? []).filter((run) => run.site === site && run.caches === caches);
		if (runs.length === 0) return 'not run';
		const value = minAndMedian(runs.map(pick));
		return runs.length === 1
			? unit(value.min)
			: `${unit(value.min)} min, ${unit(value.median)} median`;
	};
	const ours = (pick, unit, caches = 'removed') => measured('Clientship', caches, pick, unit);
	const theirs = (pick, unit, caches = 'removed') => measured('Starlight', caches, pick, unit);
	const seconds = (value) => `${value.toFixed(1)} s`;
	const megabytes = (value) => `${(value / 2 ** 20).toFixed(0)} MB`;
	const rows = [
		`| first lesson, cold: bytes to idle | ${STARLIGHT.cold} | ${range(cold.map((row) => row.bytes))}, ${[...new Set(cold.map((row) => row.requests))].join('–')} requests | ≤ 27 KB |`,
		`| next lesson, warm cache: bytes (its HTML, gzip) | ${STARLIGHT.warm} | en ${range(byLang('en'))}, ru ${range(byLang('ru'))} | ≤ 10 KB |`,
		`| lesson HTML raw | ${STARLIGHT.raw} | ${range(summary.raw ?? [])} | ≤ 45 KB |`,
		`| precache (#21) | – | ${summary.precache ? `${summary.precache.count} files, ${kb(summary.precache.raw)} (${kb(summary.precache.gzip)} gzip)` : 'not run'} | ≤ 3 MB |`,
		`| repeat visit, precached lesson: bytes (#21) | – | ${(summary.offline ?? []).map((row) => `${row.lang} ${row.repeatBytes} B`).join(', ') || 'not run'} | 0 |`,
		`| first search, bytes | ${STARLIGHT.search} | ${summary.search ? `${kb(summary.search.en)} (en), ${kb(summary.search.ru)} (ru)` : 'not run'} | ≤ 110 KB in both |`,
		`| ${lessons} lessons per language: build wall | ${theirs((run) => run.wallSeconds, seconds)} | ${ours((run) => run.wallSeconds, seconds)} | ≤ 0.5× Starlight |`,
		`| same: rebuild with Astro's caches kept: wall | ${theirs((run) => run.wallSeconds, seconds, 'kept')} | ${ours((run) => run.wallSeconds, seconds, 'kept')} | (not in the issue) |`,
		`| same: dist size | ${theirs((run) => run.distBytes, megabytes)} | ${ours((run) => run.distBytes, megabytes)} (PNG cards ${ours((run) => run.imageBytes, megabytes)}) | ≤ 0.25× Starlight |`,
		`| same: peak memory | ${theirs((run) => run.peakRssBytes, megabytes)} | ${ours((run) => run.peakRssBytes, megabytes)} | ≤ Starlight |`,
	];
	report.splice(
		1,
		0,
		"## Issue #15's table\n\nStarlight's page figures are those of the issue (../shared/peer/README.md); its build figures are measured here, with Clientship's, in the last section. The sections below give every figure in detail.\n",
		'| figure | Starlight | Clientship | goal |\n| --- | --- | --- | --- |',
		...rows,
		''
	);
}
