#!/usr/bin/env node
/**
 * Builds Clientship and the Starlight peer with the same number of lessons (articles) per
 * language, cold, back to back on this machine, and prints wall time, CPU time, peak memory and
 * output size of each run, with the min and median per site (#15); then rebuilds each once with
 * Astro's caches kept (where Clientship keeps its link-preview cards). The Starlight peer is written
 * by `../shared/peer/` and installed from npm under the system's temporary folder the first time;
 * nothing of it enters this repository.
 *
 *   node scripts/compare-builds.mjs [--lessons 1000] [--runs 3] [--peer-dir DIR]
 *        [--peer-scripts ../shared/peer] [--skip-starlight] [--out FILE.md]
 *
 * Builds alternate (Clientship, Starlight, Clientship, …) so both see the same machine. The
 * machine's load is printed with each run: on a shared two-core machine, compare runs made
 * together, and prefer the CPU column when the load is high.
 */
import { writeFileSync } from 'node:fs';
import { comparisonMarkdown, compareBuilds } from './lib/build-comparison.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const lessons = Number(option('--lessons', '1000'));
const results = await compareBuilds(process.cwd(), {
	lessons,
	runs: Number(option('--runs', '3')),
	skipStarlight: args.includes('--skip-starlight'),
	peerDir: option('--peer-dir', undefined),
	peerScripts: option('--peer-scripts', undefined),
	log: (line) => console.log(line),
});
const table = comparisonMarkdown(results, lessons);
console.log(`\n${table}`);
const out = option('--out', undefined);
if (out) writeFileSync(out, `${table}\n`);
