/**
 * Clientship and the Starlight peer (`../shared/peer/`), each with N lessons (articles) per
 * language, built cold and back to back on this machine: wall time, CPU time and peak memory of
 * the whole build (every process it starts), and the size of what it writes. Used by
 * `scripts/compare-builds.mjs` and `npm run bench`. The peer is set up under the system's
 * temporary folder from npm; none of its code enters this repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measureTree } from './process-tree.ts';
import { copyProject } from './project-copy.ts';
import { addSyntheticLessons } from './synthetic-lessons.ts';

/** The versions the peer is measured with (issue #15: Astro 7.3.5, Starlight 0.42.4). */
export const PEER_PACKAGES = ['astro@7.3.5', '@astrojs/starlight@0.42.4'];

/** A site to build, in a folder with its own `node_modules/astro`. */
export interface Site {
	name: 'Clientship' | 'Starlight';
	dir: string;
}

/** One build. */
export interface BuildRun {
	site: Site['name'];
	/**
	 * `removed`: a first build (no output, none of Astro's caches); `kept`: a rebuild after one,
	 * with Astro's caches in place (`node_modules/.astro/`, where Clientship keeps its link-preview
	 * cards), as a host that keeps them between deploys builds.
	 */
	caches: 'removed' | 'kept';
	wallSeconds: number;
	cpuSeconds: number;
	peakRssBytes: number;
	/** The sum of the sizes of the files in `dist/` (not disk blocks). */
	distBytes: number;
	/** Of `distBytes`, the PNG images (Clientship's link-preview cards; the peer has none). */
	imageBytes: number;
	htmlPages: number;
	/** One-minute load average before and after the build (two cores here). */
	loadBefore: number;
	loadAfter: number;
}

/**
 * A copy of the project at `root` with `lessons` lessons per language (the real ones plus
 * synthetic copies, each with its own assessment), ready to build.
 * @example prepareClientship('/work/main', 1000) → { name: 'Clientship', dir: '/tmp/clientship-scale-x1Y2z3' }
 */
export function prepareClientship(root: string, lessons: number): Site {
	const dir = copyProject(root, 'clientship-scale-');
	const real = readdirSync(join(root, 'content', 'lessons', 'en')).filter((name) =>
		name.endsWith('.mdx')
	).length;
	addSyntheticLessons(dir, Math.max(0, lessons - real));
	return { name: 'Clientship', dir };
}

/**
 * The Starlight peer with `articles` articles per language in `dir`, set up with the scripts in
 * `peerScripts` (`../shared/peer/`) and Starlight from npm if it is not there yet. `log` says
 * what is being done (the install takes a minute).
 */
export function preparePeer(
	dir: string,
	articles: number,
	peerScripts: string,
	log: (line: string) => void
): Site {
	const node = process.execPath;
	const marker = join(dir, 'src', 'content', 'docs', 'articles');
	const count = existsSync(marker) ? readdirSync(marker).length : 0;
	if (count !== articles) {
		log(`Writing the Starlight peer with ${articles} articles per language into ${dir}…`);
		execFileSync(node, [join(peerScripts, 'setup-peer.mjs'), dir, '--no-articles'], {
			stdio: 'ignore',
		});
		execFileSync(
			node,
			[
				join(peerScripts, 'gen-scale.mjs'),
				'--content',
				join(dir, 'src', 'content', 'docs'),
				'--locales',
				'en:.,ru:ru',
				'--subdir',
				'articles',
				'--n',
				String(articles),
				'--clean',
			],
			{ stdio: 'ignore' }
		);
	}
	if (!existsSync(join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'))) {
		log(`Installing ${PEER_PACKAGES.join(' and ')} into ${dir} (npm)…`);
		execFileSync('npm', ['install', '--no-audit', '--no-fund', ...PEER_PACKAGES], {
			cwd: dir,
			stdio: 'ignore',
		});
	}
	return { name: 'Starlight', dir };
}

/** The default folder of the peer with `articles` articles per language. */
export function peerDir(articles: number): string {
	return join(tmpdir(), `clientship-peer-${articles}`);
}

/** The default folder of the peer's scripts: `../shared/peer/` beside the repository. */
export function peerScriptsDir(root: string): string {
	return resolve(root, '..', 'shared', 'peer');
}

/** The sum of the sizes of every file under `dir`, of its PNG images, and how many are HTML. */
function folderSize(dir: string): { bytes: number; imageBytes: number; htmlPages: number } {
	let bytes = 0;
	let imageBytes = 0;
	let htmlPages = 0;
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const stats = statSync(join(dir, name));
		if (!stats.isFile()) continue;
		bytes += stats.size;
		if (name.endsWith('.png')) imageBytes += stats.size;
		if (name.endsWith('.html')) htmlPages++;
	}
	return { bytes, imageBytes, htmlPages };
}

/**
 * Builds `site` cold: its output and every cache Astro keeps (`.astro/`, `node_modules/.astro/`)
 * removed first, then `astro build` with this Node, measured as a whole process tree.
 */
export function buildCold(site: Site): Promise<BuildRun> {
	return build(site, 'removed');
}

/**
 * Builds `site` again with Astro's caches kept from an earlier build (only `dist/` removed), as a
 * host that keeps `node_modules/.astro/` between deploys does.
 */
export function rebuildWithCaches(site: Site): Promise<BuildRun> {
	return build(site, 'kept');
}

async function build(site: Site, caches: BuildRun['caches']): Promise<BuildRun> {
	const removed =
		caches === 'removed' ? ['dist', '.astro', join('node_modules', '.astro')] : ['dist'];
	for (const folder of removed) {
		rmSync(join(site.dir, folder), { recursive: true, force: true });
	}
	const loadBefore = loadavg()[0] ?? 0;
	const usage = await measureTree(
		process.execPath,
		[join(site.dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
		site.dir
	);
	const loadAfter = loadavg()[0] ?? 0;
	if (usage.code !== 0) throw new Error(`${site.name} build in ${site.dir} failed (${usage.code})`);
	const { bytes, imageBytes, htmlPages } = folderSize(join(site.dir, 'dist'));
	return {
		site: site.name,
		caches,
		wallSeconds: usage.wallSeconds,
		cpuSeconds: usage.cpuSeconds,
		peakRssBytes: usage.peakRssBytes,
		distBytes: bytes,
		imageBytes,
		htmlPages,
		loadBefore,
		loadAfter,
	};
}

/** What `compareBuilds` needs besides the project's root. */
export interface ComparisonOptions {
	lessons: number;
	/** Cold builds per site, alternating between the sites. */
	runs: number;
	/** Leave the Starlight peer out (Clientship's builds only). */
	skipStarlight?: boolean;
	/** Where the peer is (set up there first if it is not). */
	peerDir?: string;
	/** The folder of the peer's scripts, `../shared/peer/` by default. */
	peerScripts?: string;
	/** Says what is being done. */
	log: (line: string) => void;
}

/**
 * Clientship (a copy of `root` with `lessons` lessons per language) and the Starlight peer, each
 * built cold `runs` times, alternately, so that both see the same machine; then once more each
 * with the caches the last cold build left (Clientship's link-preview cards among them), as a host
 * that keeps them builds. The copy of Clientship is removed afterwards; the peer is kept.
 */
export async function compareBuilds(root: string, options: ComparisonOptions): Promise<BuildRun[]> {
	const { lessons, runs, log } = options;
	log(`Writing Clientship with ${lessons} lessons per language…`);
	const ours = prepareClientship(root, lessons);
	const sites = [ours];
	if (!options.skipStarlight) {
		sites.push(
			preparePeer(
				options.peerDir ?? peerDir(lessons),
				lessons,
				options.peerScripts ?? peerScriptsDir(root),
				log
			)
		);
	}
	const results: BuildRun[] = [];
	const measured = (result: BuildRun) => {
		results.push(result);
		log(
			`  ${result.site}, caches ${result.caches}: ${result.wallSeconds.toFixed(1)} s wall, ${result.cpuSeconds.toFixed(1)} s CPU, ${(result.peakRssBytes / MB).toFixed(0)} MB peak, load ${result.loadBefore.toFixed(1)} → ${result.loadAfter.toFixed(1)}`
		);
	};
	try {
		for (let run = 1; run <= runs; run++) {
			for (const site of sites) {
				log(`Run ${run} of ${runs}: building ${site.name} (${site.dir})…`);
				measured(await buildCold(site));
			}
		}
		for (const site of sites) {
			log(`Rebuilding ${site.name} with Astro's caches kept…`);
			measured(await rebuildWithCaches(site));
		}
	} finally {
		rmSync(ours.dir, { recursive: true, force: true });
	}
	return results;
}

/** The smallest and the median of some numbers. */
export function minAndMedian(values: readonly number[]): { min: number; median: number } {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	const median =
		sorted.length % 2
			? (sorted[middle] ?? 0)
			: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
	return { min: sorted[0] ?? 0, median };
}

const MB = 1024 * 1024;

/**
 * The comparison as Markdown: every run, then per site the min and median of the cold builds'
 * wall time, CPU, size and peak memory, and of the rebuilds with caches kept, with Clientship's
 * figures as a share of Starlight's.
 */
export function comparisonMarkdown(allRuns: readonly BuildRun[], lessons: number): string {
	const number: Record<string, number> = {};
	const lines = [
		`| run | site | caches | wall | CPU | peak memory | dist | of it PNG | HTML pages | load before → after |`,
		'| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...allRuns.map((run) => {
			const key = `${run.site}/${run.caches}`;
			number[key] = (number[key] ?? 0) + 1;
			return `| ${number[key]} | ${run.site} | ${run.caches} | ${run.wallSeconds.toFixed(1)} s | ${run.cpuSeconds.toFixed(1)} s | ${(run.peakRssBytes / MB).toFixed(0)} MB | ${(run.distBytes / MB).toFixed(0)} MB | ${(run.imageBytes / MB).toFixed(0)} MB | ${run.htmlPages} | ${run.loadBefore.toFixed(1)} → ${run.loadAfter.toFixed(1)} |`;
		}),
		'',
	];
	const runs = allRuns.filter((run) => run.caches === 'removed');
	const rebuilds = allRuns.filter((run) => run.caches === 'kept');
	const of = (site: Site['name'], set: readonly BuildRun[]) =>
		set.filter((run) => run.site === site);
	const ours = of('Clientship', runs);
	lines.push(
		`| ${lessons} lessons per language | Starlight | Clientship | Clientship ÷ Starlight |`,
		'| --- | ---: | ---: | ---: |'
	);
	const seconds = (value: number) => `${value.toFixed(1)} s`;
	const megabytes = (value: number) => `${(value / MB).toFixed(0)} MB`;
	const row = (
		label: string,
		pick: (run: BuildRun) => number,
		unit: (value: number) => string,
		set: readonly BuildRun[] = runs
	) => {
		const a = minAndMedian(of('Starlight', set).map(pick));
		const b = minAndMedian(of('Clientship', set).map(pick));
		const share = (x: number, y: number) => (y > 0 ? `${(x / y).toFixed(2)}×` : '–');
		return of('Starlight', set).length > 0
			? `| ${label} | ${unit(a.min)} / ${unit(a.median)} | ${unit(b.min)} / ${unit(b.median)} | ${share(b.min, a.min)} / ${share(b.median, a.median)} |`
			: `| ${label} | – | ${unit(b.min)} / ${unit(b.median)} | – |`;
	};
	if (ours.length > 0) {
		lines.push(
			row('build wall, min / median', (run) => run.wallSeconds, seconds),
			row('build CPU, min / median', (run) => run.cpuSeconds, seconds),
			row('dist size, min / median', (run) => run.distBytes, megabytes),
			row('of it PNG images, min / median', (run) => run.imageBytes, megabytes),
			row('peak memory, min / median', (run) => run.peakRssBytes, megabytes)
		);
	}
	if (of('Clientship', rebuilds).length > 0) {
		lines.push(
			row('rebuild, caches kept: wall', (run) => run.wallSeconds, seconds, rebuilds),
			row('rebuild, caches kept: CPU', (run) => run.cpuSeconds, seconds, rebuilds)
		);
	}
	return lines.join('\n');
}
