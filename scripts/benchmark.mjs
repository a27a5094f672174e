#!/usr/bin/env node
// The performance budgets of DESIGN.md, measured (not asserted): JavaScript and requests per page,
// Lighthouse scores, and build time as the number of lessons grows. Writes benchmarks/latest.md.
//
// usage: npm run bench                       (builds first; about five minutes)
//        npm run bench -- --skip-lighthouse --sizes 5,20
//
// Page weights use the same measurement as the end-to-end budget test
// (scripts/lib/script-budget.ts): every script loaded before any interaction, islands included,
// gzip level 9.
import { execFileSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { measureScripts } from './lib/script-budget.ts';
import { htmlFiles } from './lib/html-files.ts';
import { copyProject } from './lib/project-copy.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizes = option('--sizes', '5,20,40,80').split(',').map(Number);
const skipLighthouse = args.includes('--skip-lighthouse');
const PORT = 4500;
const origin = `http://localhost:${PORT}`;

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

const CONTENT_TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain',
};

const report = [
	`# Benchmarks\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${process.platform}).\n`,
];

console.log('Building…');
execFileSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
// A static server that behaves like a CDN: gzip, and long caching for hashed files as
// public/_headers asks. (astro preview allows one per project, and a developer may have one running.)
const server = createServer((request, response) => {
	const path = decodeURIComponent(new URL(request.url ?? '/', origin).pathname);
	const file = [join('dist', path), join('dist', path, 'index.html')].find(
		(candidate) => existsSync(candidate) && statSync(candidate).isFile()
	);
	const body = readFileSync(file ?? join('dist', '404.html'));
	const isGzipped =
		/\bgzip\b/.test(String(request.headers['accept-encoding'])) &&
		!path.endsWith('.pf_fragment') &&
		!path.endsWith('.pf_index') &&
		!path.endsWith('.pf_meta') &&
		!path.endsWith('.pagefind');
	response.writeHead(file ? 200 : 404, {
		'content-type': CONTENT_TYPES[extname(file ?? '404.html')] ?? 'application/octet-stream',
		...(path.startsWith('/_astro/')
			? { 'cache-control': 'public, max-age=31536000, immutable' }
			: {}),
		...(isGzipped ? { 'content-encoding': 'gzip' } : {}),
	});
	response.end(isGzipped ? gzipSync(body) : body);
}).listen(PORT);
try {
	await measurePages();
	if (!skipLighthouse) await measureLighthouse();
} finally {
	server.close();
}
measureBuildScaling();

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
			`| \`${path}\` | ${responses.length} | ${foreign} | ${(scripts.gzipBytes / 1024).toFixed(1)} KB | ${(transfer / 1024).toFixed(1)} KB |`
		);
		await page.close();
	}
	await browser.close();
	report.push(
		'## Page weight\n\nBefore any interaction, after scrolling to the bottom (so `client:visible` islands load). JS: every script, inline and files, gzip level 9. Total: every response, gzip level 9.\n'
	);
	report.push(
		'| page | requests | to other hosts | JS (gzip) | total (gzip) |\n| --- | ---: | ---: | ---: | ---: |'
	);
	report.push(...rows, '');
}

async function measureLighthouse() {
	console.log('Running Lighthouse…');
	const browser = await chromium.launch(chromiumLaunchOptions(['--remote-debugging-port=9333']));
	const rows = [];
	for (const path of LIGHTHOUSE_PAGES) {
		const result = await lighthouse(origin + path, {
			port: 9333,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			formFactor: 'mobile',
		});
		const categories = result?.lhr.categories ?? {};
		const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
		const seconds = (id) => `${((result?.lhr.audits[id]?.numericValue ?? 0) / 1000).toFixed(2)} s`;
		rows.push(
			`| \`${path}\` | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${seconds('first-contentful-paint')} | ${seconds('largest-contentful-paint')} |`
		);
		console.log(rows.at(-1));
		// Say what cost the points, so a score under 100 can be acted on.
		for (const audit of Object.values(result?.lhr.audits ?? {})) {
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
		'## Lighthouse\n\nMobile emulation with throttling, against the built site served from localhost. FCP and LCP: first and largest contentful paint, as Lighthouse simulates them on a slow phone network (one run each: compare several runs before calling a change).\n'
	);
	report.push(
		'| page | performance | accessibility | best practices | SEO | FCP | LCP |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
	);
	report.push(...rows, '');
}

/** Builds copies of the project with N lessons (the real five plus synthetic ones) and times each build. */
function measureBuildScaling() {
	console.log('Timing builds as lessons grow…');
	const rows = [];
	for (const size of sizes) {
		const copy = copyProject(process.cwd(), 'clientship-bench-');
		addSyntheticLessons(copy, size - 5);
		const started = performance.now();
		execFileSync('npx', ['astro', 'build'], { cwd: copy, stdio: ['ignore', 'ignore', 'inherit'] });
		const seconds = (performance.now() - started) / 1000;
		const pages = htmlFiles(join(copy, 'dist')).length;
		rows.push(
			`| ${size} | ${pages} | ${seconds.toFixed(1)} s | ${((seconds * 1000) / size).toFixed(0)} ms |`
		);
		console.log(rows.at(-1));
		rmSync(copy, { recursive: true, force: true });
	}
	report.push(
		'## Build time as lessons grow\n\nEach row builds a copy of the site with the five real lessons plus synthetic ones (copies of the real lessons under new slugs, in both languages). Time includes Astro’s content sync and every page.\n'
	);
	report.push('| lessons | pages | build time | per lesson |\n| ---: | ---: | ---: | ---: |');
	report.push(...rows, '');
}

/**
 * Writes `count` synthetic lessons in both languages, cycling through the real ones. Each lesson has
 * an assessment of its own (the build refuses one assessment for two lessons), so each gets a copy
 * of its source lesson's assessment under its own id.
 */
function addSyntheticLessons(root, count) {
	for (const lang of ['en', 'ru']) {
		const dir = join(root, 'content', 'lessons', lang);
		const sources = readdirSync(dir).sort();
		for (let index = 0; index < count; index++) {
			const source = readFileSync(join(dir, sources[index % sources.length]), 'utf8');
			const id = `synthetic-${index + 1}`;
			const assessment = /^assessment: (.*)$/m.exec(source)?.[1]?.trim();
			if (lang === 'en' && assessment) {
				const assessments = join(root, 'content', 'assessments');
				cpSync(join(assessments, `${assessment}.yaml`), join(assessments, `${id}.yaml`));
			}
			const lesson = source
				.replace(/^order: \d+$/m, `order: ${6 + index}`)
				.replace(/^assessment: .*$/m, `assessment: ${id}`)
				.replace(
					/^title: (.*)$/m,
					(_, title) => `title: "Synthetic ${index + 1}: ${title.replace(/"/g, '')}"`
				);
			writeFileSync(join(dir, `${id}.mdx`), lesson);
		}
	}
}
