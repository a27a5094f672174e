/**
 * Clientship and the Starlight peer (`../shared/peer/`), each with N lessons (articles) per
 * language, built cold and back to back on this machine: wall time, CPU time and peak memory of
 * the whole build (every process it starts), and the size of what it writes. The peer is built
 * on the same Astro version as Clientship, twice per round: with its defaults (pages rendered on
 * one thread), and with the same `experimental.parallelPrerender` Clientship builds with. Used by
 * `scripts/compare-builds.mjs` and `npm run bench`. The peer is set up under the system's
 * temporary folder from npm; none of its code enters this repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measureTree } from './process-tree.ts';
import { median } from './stats.ts';
import { copyProject } from './project-copy.ts';
import { addSyntheticLessons } from './synthetic-lessons.ts';

/** The Starlight the peer is built with (its latest release when this was written). */
export const STARLIGHT_PACKAGE = '@astrojs/starlight@0.42.9';

/** The peer's config with Clientship's parallel prerendering, beside its own `astro.config.mjs`. */
const PARALLEL_CONFIG = 'astro.config.parallel.mjs';

/** The sites compared: Clientship, and the peer with its defaults and with parallel rendering. */
export type SiteName = 'Clientship' | 'Starlight' | 'Starlight, parallel';

/** A site to build, in a folder with its own `node_modules/astro`. */
export interface Site {
	name: SiteName;
	dir: string;
	/** Arguments after `astro build` (the peer's parallel config). */
	args: string[];
}

/** One build. */
export interface BuildRun {
	site: SiteName;
	/** Lessons (articles) per language. */
	lessons: number;
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
	/** One-minute load average before and after the build. */
	loadBefore: number;
	loadAfter: number;
}

/**
 * The version of Astro installed in the project at `root`.
 * @example astroVersion('/work/main') → '7.4.8'
 */
export function astroVersion(root: string): string {
	const { version } = JSON.parse(
		readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8')
	) as { version: string };
	return version;
}

/**
 * A copy of the project at `root` with `lessons` lessons per language (the real ones plus
 * synthetic copies, each with its own assessment), ready to build.
 * @example prepareClientship('/work/main', 1000) → { name: 'Clientship', dir: '/tmp/clientship-scale-x1Y2z3', args: [] }
 */
export function prepareClientship(root: string, lessons: number): Site {
	const dir = copyProject(root, 'clientship-scale-');
	const real = readdirSync(join(root, 'content', 'lessons', 'en')).filter((name) =>
		name.endsWith('.mdx')
	).length;
	addSyntheticLessons(dir, Math.max(0, lessons - real));
	return { name: 'Clientship', dir, args: [] };
}

/**
 * The Starlight peer with `articles` articles per language in `dir`, set up with the scripts in
 * `peerScripts` (`../shared/peer/`), with Astro `astro` and Starlight installed from npm unless
 * they are there already; as two sites, its defaults and parallel rendering with `workers`
 * render workers. `log` says what is being done (the install takes a minute).
 */
export function preparePeer(
	dir: string,
	articles: number,
	peerScripts: string,
	astro: string,
	workers: number,
	log: (line: string) => void
): Site[] {
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
	const installed = existsSync(join(dir, 'node_modules', 'astro', 'package.json'))
		? astroVersion(dir)
		: undefined;
	if (installed !== astro || !existsSync(join(dir, 'node_modules', '@astrojs', 'starlight'))) {
		log(`Installing astro@${astro} and ${STARLIGHT_PACKAGE} into ${dir} (npm)…`);
		execFileSync(
			'npm',
			['install', '--no-audit', '--no-fund', `astro@${astro}`, STARLIGHT_PACKAGE],
			{ cwd: dir, stdio: 'ignore' }
		);
	}
	writeFileSync(
		join(dir, PARALLEL_CONFIG),
		`// The peer's own config with Clientship's parallel prerendering (written by Clientship's build comparison).\nimport config from './astro.config.mjs';\n\nexport default { ...config, experimental: { ...config.experimental, parallelPrerender: { workers: ${workers} } } };\n`
	);
	return [
		{ name: 'Starlight', dir, args: [] },
		{ name: 'Starlight, parallel', dir, args: ['--config', PARALLEL_CONFIG] },
	];
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
export function buildCold(site: Site, lessons: number): Promise<BuildRun> {
	return build(site, lessons, 'removed');
}

/**
 * Builds `site` again with Astro's caches kept from an earlier build (only `dist/` removed), as a
 * host that keeps `node_modules/.astro/` between deploys does.
 */
export function rebuildWithCaches(site: Site, lessons: number): Promise<BuildRun> {
	return build(site, lessons, 'kept');
}

async function build(site: Site, lessons: number, caches: BuildRun['caches']): Promise<BuildRun> {
	const removed =
		caches === 'removed' ? ['dist', '.astro', join('node_modules', '.astro')] : ['dist'];
	for (const folder of removed) {
		rmSync(join(site.dir, folder), { recursive: true, force: true });
	}
	const loadBefore = loadavg()[0] ?? 0;
	const usage = await measureTree(
		process.execPath,
		[join(site.dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...site.args],
		site.dir
	);
	const loadAfter = loadavg()[0] ?? 0;
	if (usage.code !== 0) throw new Error(`${site.name} build in ${site.dir} failed (${usage.code})`);
	const { bytes, imageBytes, htmlPages } = folderSize(join(site.dir, 'dist'));
	return {
		site: site.name,
		lessons,
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
	/** Lessons (articles) per language, one comparison per number. */
	lessons: number[];
	/** Cold builds per site and number of lessons, alternating between the sites. */
	runs: number;
	/** Leave the Starlight peer out (Clientship's builds only). */
	skipStarlight?: boolean;
	/** Where the peer is (set up there first if it is not), per number of lessons. */
	peerDir?: (articles: number) => string;
	/** The folder of the peer's scripts, `../shared/peer/` by default. */
	peerScripts?: string;
	/** Render workers of the peer's parallel build: Clientship's own default, one per core. */
	workers?: number;
	/** Says what is being done. */
	log: (line: string) => void;
	/**
	 * Called with every run so far after each build, so that a comparison stopped part way (on a
	 * busy machine, 1,000 lessons take a while) keeps what it measured.
	 */
	progress?: (runs: readonly BuildRun[]) => void;
}

const MB = 1024 * 1024;

/**
 * For each number of lessons: Clientship (a copy of `root` with that many lessons per language)
 * and the Starlight peer with its defaults and with parallel rendering, each built cold `runs`
 * times, alternately, so that all see the same machine; then once more each with the caches the
 * last cold build left (Clientship's link-preview cards among them), as a host that keeps them
 * builds. The copies of Clientship are removed afterwards; the peers are kept.
 */
export async function compareBuilds(root: string, options: ComparisonOptions): Promise<BuildRun[]> {
	const { runs, log } = options;
	const astro = astroVersion(root);
	const results: BuildRun[] = [];
	for (const lessons of options.lessons) {
		log(`Writing Clientship with ${lessons} lessons per language…`);
		const ours = prepareClientship(root, lessons);
		const sites = [ours];
		if (!options.skipStarlight) {
			sites.push(
				...preparePeer(
					(options.peerDir ?? peerDir)(lessons),
					lessons,
					options.peerScripts ?? peerScriptsDir(root),
					astro,
					options.workers ?? availableParallelism(),
					log
				)
			);
		}
		const measured = (result: BuildRun) => {
			results.push(result);
			options.progress?.(results);
			log(
				`  ${result.site}, ${result.lessons} lessons, caches ${result.caches}: ${result.wallSeconds.toFixed(1)} s wall, ${result.cpuSeconds.toFixed(1)} s CPU, ${(result.peakRssBytes / MB).toFixed(0)} MB peak, load ${result.loadBefore.toFixed(1)} → ${result.loadAfter.toFixed(1)}`
			);
		};
		try {
			for (let run = 1; run <= runs; run++) {
				for (const site of sites) {
					log(`Run ${run} of ${runs}, ${lessons} lessons: building ${site.name} (${site.dir})…`);
					measured(await buildCold(site, lessons));
				}
			}
			for (const site of sites) {
				log(`Rebuilding ${site.name} (${lessons} lessons) with Astro's caches kept…`);
				measured(await rebuildWithCaches(site, lessons));
			}
		} finally {
			rmSync(ours.dir, { recursive: true, force: true });
		}
	}
	return results;
}

/**
 * The smallest and the median of some numbers.
 * @example minAndMedian([3, 1, 2, 10]) → { min: 1, median: 2.5 }
 */
export function minAndMedian(values: readonly number[]): { min: number; median: number } {
	return { min: values.length > 0 ? Math.min(...values) : 0, median: median(values) };
}

/** The sites in the order the tables list them. */
const SITES: SiteName[] = ['Starlight', 'Starlight, parallel', 'Clientship'];

/**
 * The comparison as Markdown: every run; then, per number of lessons, the median of each site's
 * cold builds (wall time, CPU, size, peak memory) and of its rebuild with caches kept, with
 * Clientship's figures as a share of the peer's with its defaults; then how each site's CPU time
 * per lesson grows from the smallest number of lessons to the largest.
 */
export function comparisonMarkdown(allRuns: readonly BuildRun[]): string {
	const number: Record<string, number> = {};
	const seconds = (value: number) => `${value.toFixed(1)} s`;
	const megabytes = (value: number) => `${(value / MB).toFixed(0)} MB`;
	const lines = [
		'| lessons | site | caches | run | wall | CPU | peak memory | dist | of it PNG | HTML pages | load before → after |',
		'| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...allRuns.map((run) => {
			const key = `${run.lessons}/${run.site}/${run.caches}`;
			number[key] = (number[key] ?? 0) + 1;
			return `| ${run.lessons} | ${run.site} | ${run.caches} | ${number[key]} | ${seconds(run.wallSeconds)} | ${seconds(run.cpuSeconds)} | ${megabytes(run.peakRssBytes)} | ${megabytes(run.distBytes)} | ${megabytes(run.imageBytes)} | ${run.htmlPages} | ${run.loadBefore.toFixed(1)} → ${run.loadAfter.toFixed(1)} |`;
		}),
	];
	const medianOf = (runs: readonly BuildRun[], pick: (run: BuildRun) => number) =>
		runs.length > 0 ? minAndMedian(runs.map(pick)).median : undefined;
	const sizes = [...new Set(allRuns.map((run) => run.lessons))].sort((a, b) => a - b);
	for (const lessons of sizes) {
		const at = allRuns.filter((run) => run.lessons === lessons);
		const of = (site: SiteName, caches: BuildRun['caches']) =>
			at.filter((run) => run.site === site && run.caches === caches);
		const present = SITES.filter((site) => at.some((run) => run.site === site));
		lines.push(
			'',
			`| ${lessons} lessons per language, median | ${present.join(' | ')} | Clientship ÷ Starlight |`,
			`| --- | ${present.map(() => '---:').join(' | ')} | ---: |`
		);
		const row = (
			label: string,
			caches: BuildRun['caches'],
			pick: (run: BuildRun) => number,
			unit: (value: number) => string
		) => {
			const values = present.map((site) => medianOf(of(site, caches), pick));
			const ours = medianOf(of('Clientship', caches), pick);
			const theirs = medianOf(of('Starlight', caches), pick);
			const share = ours !== undefined && theirs ? `${(ours / theirs).toFixed(2)}×` : '–';
			return `| ${label} | ${values.map((value) => (value === undefined ? '–' : unit(value))).join(' | ')} | ${share} |`;
		};
		lines.push(
			row('cold build: wall', 'removed', (run) => run.wallSeconds, seconds),
			row('cold build: CPU', 'removed', (run) => run.cpuSeconds, seconds),
			row('cold build: peak memory', 'removed', (run) => run.peakRssBytes, megabytes),
			row('rebuild, caches kept: wall', 'kept', (run) => run.wallSeconds, seconds),
			row('rebuild, caches kept: CPU', 'kept', (run) => run.cpuSeconds, seconds),
			row('rebuild, caches kept: peak memory', 'kept', (run) => run.peakRssBytes, megabytes),
			row('dist size', 'removed', (run) => run.distBytes, megabytes),
			row('of it PNG images', 'removed', (run) => run.imageBytes, megabytes),
			row('HTML pages', 'removed', (run) => run.htmlPages, String)
		);
	}
	if (sizes.length > 1) {
		const [small, large] = [sizes[0] ?? 0, sizes.at(-1) ?? 0];
		const perLesson = (site: SiteName, lessons: number) =>
			medianOf(
				allRuns.filter(
					(run) => run.site === site && run.lessons === lessons && run.caches === 'removed'
				),
				(run) => run.cpuSeconds / lessons
			);
		lines.push(
			'',
			`| growth: cold build CPU per lesson, median | ${small} lessons | ${large} lessons | ${large} ÷ ${small} |`,
			'| --- | ---: | ---: | ---: |',
			...SITES.flatMap((site) => {
				const [a, b] = [perLesson(site, small), perLesson(site, large)];
				return a === undefined || b === undefined
					? []
					: [
							`| ${site} | ${(a * 1000).toFixed(0)} ms | ${(b * 1000).toFixed(0)} ms | ${(b / a).toFixed(2)}× |`,
						];
			})
		);
	}
	return lines.join('\n');
}
