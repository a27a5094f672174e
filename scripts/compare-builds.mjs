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
import { rmSync, writeFileSync } from 'node:fs';
import {
	buildCold,
	comparisonMarkdown,
	rebuildWithCaches,
	peerDir,
	peerScriptsDir,
	prepareClientship,
	preparePeer,
} from './lib/build-comparison.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const lessons = Number(option('--lessons', '1000'));
const runs = Number(option('--runs', '3'));
const skipStarlight = args.includes('--skip-starlight');
const root = process.cwd();

const log = (line) => console.log(line);
log(`Writing Clientship with ${lessons} lessons per language…`);
const ours = prepareClientship(root, lessons);
const peer = skipStarlight
	? undefined
	: preparePeer(
			option('--peer-dir', peerDir(lessons)),
			lessons,
			option('--peer-scripts', peerScriptsDir(root)),
			log
		);
const results = [];
try {
	for (let run = 1; run <= runs; run++) {
		for (const site of [ours, peer]) {
			if (!site) continue;
			log(`Run ${run} of ${runs}: building ${site.name} (${site.dir})…`);
			const result = await buildCold(site);
			results.push(result);
			log(
				`  ${result.wallSeconds.toFixed(1)} s wall, ${result.cpuSeconds.toFixed(1)} s CPU, ${(result.peakRssBytes / 2 ** 20).toFixed(0)} MB peak, load ${result.loadBefore.toFixed(1)} → ${result.loadAfter.toFixed(1)}`
			);
		}
	}
	// Once more each, with the caches the last cold build left, as a host that keeps them builds.
	for (const site of [ours, peer]) {
		if (!site) continue;
		log(`Rebuilding ${site.name} with Astro's caches kept…`);
		const result = await rebuildWithCaches(site);
		results.push(result);
		log(`  ${result.wallSeconds.toFixed(1)} s wall, ${result.cpuSeconds.toFixed(1)} s CPU`);
	}
} finally {
	rmSync(ours.dir, { recursive: true, force: true });
}
const table = comparisonMarkdown(results, lessons);
console.log(`\n${table}`);
const out = option('--out', undefined);
if (out) writeFileSync(out, `${table}\n`);
