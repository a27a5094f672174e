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

/** One cold build. */
export interface BuildRun {
	site: Site['name'];
	wallSeconds: number;
	cpuSeconds: number;
	peakRssBytes: number;
	/** The sum of the sizes of the files in `dist/` (not disk blocks). */
	distBytes: number;
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

/** The sum of the sizes of every file under `dir`, and how many of them are HTML. */
function folderSize(dir: string): { bytes: number; htmlPages: number } {
	let bytes = 0;
	let htmlPages = 0;
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const stats = statSync(join(dir, name));
		if (!stats.isFile()) continue;
		bytes += stats.size;
		if (name.endsWith('.html')) htmlPages++;
	}
	return { bytes, htmlPages };
}

/**
 * Builds `site` cold: its output and every cache Astro keeps (`.astro/`, `node_modules/.astro/`)
 * removed first, then `astro build` with this Node, measured as a whole process tree.
 */
export async function buildCold(site: Site): Promise<BuildRun> {
	for (const cache of ['dist', '.astro', join('node_modules', '.astro')]) {
		rmSync(join(site.dir, cache), { recursive: true, force: true });
	}
	const loadBefore = loadavg()[0] ?? 0;
	const usage = await measureTree(
		process.execPath,
		[join(site.dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
		site.dir
	);
	const loadAfter = loadavg()[0] ?? 0;
	if (usage.code !== 0) throw new Error(`${site.name} build in ${site.dir} failed (${usage.code})`);
	const { bytes, htmlPages } = folderSize(join(site.dir, 'dist'));
	return {
		site: site.name,
		wallSeconds: usage.wallSeconds,
		cpuSeconds: usage.cpuSeconds,
		peakRssBytes: usage.peakRssBytes,
		distBytes: bytes,
		htmlPages,
		loadBefore,
		loadAfter,
	};
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
 * The comparison as Markdown: every run, then per site the min and median of wall time and the
 * medians of CPU, peak memory and size, with Clientship's figures as a share of Starlight's.
 */
export function comparisonMarkdown(runs: readonly BuildRun[], lessons: number): string {
	const lines = [
		`| run | site | wall | CPU | peak memory | dist | HTML pages | load before → after |`,
		'| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
		...runs.map(
			(run, index) =>
				`| ${Math.floor(index / 2) + 1} | ${run.site} | ${run.wallSeconds.toFixed(1)} s | ${run.cpuSeconds.toFixed(1)} s | ${(run.peakRssBytes / MB).toFixed(0)} MB | ${(run.distBytes / MB).toFixed(0)} MB | ${run.htmlPages} | ${run.loadBefore.toFixed(1)} → ${run.loadAfter.toFixed(1)} |`
		),
		'',
	];
	const of = (site: Site['name']) => runs.filter((run) => run.site === site);
	const figure = (site: Site['name'], pick: (run: BuildRun) => number) =>
		minAndMedian(of(site).map(pick));
	const ours = of('Clientship');
	const peer = of('Starlight');
	lines.push(
		`| ${lessons} lessons per language | Starlight | Clientship | Clientship ÷ Starlight |`,
		'| --- | ---: | ---: | ---: |'
	);
	const row = (label: string, pick: (run: BuildRun) => number, unit: (value: number) => string) => {
		const a = figure('Starlight', pick);
		const b = figure('Clientship', pick);
		const share = (x: number, y: number) => (y > 0 ? `${(x / y).toFixed(2)}×` : '–');
		return peer.length > 0
			? `| ${label} | ${unit(a.min)} / ${unit(a.median)} | ${unit(b.min)} / ${unit(b.median)} | ${share(b.min, a.min)} / ${share(b.median, a.median)} |`
			: `| ${label} | – | ${unit(b.min)} / ${unit(b.median)} | – |`;
	};
	if (ours.length > 0) {
		lines.push(
			row(
				'build wall, min / median',
				(run) => run.wallSeconds,
				(value) => `${value.toFixed(1)} s`
			),
			row(
				'build CPU, min / median',
				(run) => run.cpuSeconds,
				(value) => `${value.toFixed(1)} s`
			),
			row(
				'dist size, min / median',
				(run) => run.distBytes,
				(value) => `${(value / MB).toFixed(0)} MB`
			),
			row(
				'peak memory, min / median',
				(run) => run.peakRssBytes,
				(value) => `${(value / MB).toFixed(0)} MB`
			)
		);
	}
	return lines.join('\n');
}
