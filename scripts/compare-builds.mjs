#!/usr/bin/env node
/**
 * Builds Clientship and the Starlight peer with the same number of lessons (articles) per
 * language, cold, back to back on this machine, at 200 and 1,000 lessons by default: the peer on
 * the same Astro version as Clientship, with its defaults and with Clientship's parallel
 * rendering. Prints wall time, CPU time, peak memory and output size of each run, the median per
 * site, and how the CPU time per lesson grows (#15, #27); then rebuilds each once with Astro's
 * caches kept (where Clientship keeps its link-preview cards). The Starlight peer is written by
 * `../shared/peer/` and installed from npm under the system's temporary folder the first time;
 * nothing of it enters this repository.
 *
 *   node scripts/compare-builds.mjs [--lessons 200,1000] [--runs 3] [--peer-dir DIR]
 *        [--peer-scripts ../shared/peer] [--skip-starlight] [--out FILE.md]
 *
 * Builds alternate (Clientship, Starlight, Starlight in parallel, Clientship, …) so all see the
 * same machine. The machine's load is printed with each run: on a shared machine, compare runs
 * made together, and prefer the CPU column when the load is high.
 */
import { writeFileSync } from 'node:fs';
import { comparisonMarkdown, compareBuilds } from './lib/build-comparison.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const peerDir = option('--peer-dir', undefined);
const out = option('--out', undefined);
const results = await compareBuilds(process.cwd(), {
	lessons: option('--lessons', '200,1000').split(',').map(Number),
	runs: Number(option('--runs', '3')),
	skipStarlight: args.includes('--skip-starlight'),
	peerDir: peerDir && ((articles) => `${peerDir}-${articles}`),
	peerScripts: option('--peer-scripts', undefined),
	log: (line) => console.log(line),
	// The table so far after each build: a comparison stopped part way keeps what it measured.
	progress: (runs) => {
		if (out) writeFileSync(out, `${comparisonMarkdown(runs)}\n`);
	},
});
const table = comparisonMarkdown(results);
console.log(`\n${table}`);
if (out) writeFileSync(out, `${table}\n`);
