/**
 * Runs a command and measures it as a whole, with every process it starts: wall time, CPU time and
 * peak memory. A build is a tree of processes (npx, Node with its worker threads, Pagefind's
 * binary), so one process's figures say little; this samples the tree from `/proc` (Linux).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** What a command cost. CPU and memory are zero where `/proc` cannot be read (not Linux). */
export interface TreeUsage {
	/** Exit code of the command (null if a signal stopped it). */
	code: number | null;
	wallSeconds: number;
	/** User and system CPU of every process in the tree, in seconds. */
	cpuSeconds: number;
	/** The largest sum of resident memory over the tree at one sample, in bytes. */
	peakRssBytes: number;
}

/** Clock ticks per second in `/proc/<pid>/stat`; 100 on every Linux in practice. */
const TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4096;

interface ProcessSample {
	parent: number;
	cpuTicks: number;
	rssBytes: number;
}

/** One process's parent, its own CPU ticks (user and system) and its resident memory. */
function readProcess(pid: number): ProcessSample | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name may hold spaces and parentheses: fields start after the last ')'.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// Fields 4, 14, 15 and 24 of proc(5), counted from 1 with pid and comm as 1 and 2.
		const number = (field: number) => Number(fields[field - 3]);
		return {
			parent: number(4),
			cpuTicks: number(14) + number(15),
			rssBytes: number(24) * PAGE_BYTES,
		};
	} catch {
		return undefined;
	}
}

/** Every live process below `root` (and `root` itself), with its sample. */
function sampleTree(root: number): Map<number, ProcessSample> {
	const all = new Map<number, ProcessSample>();
	let names: string[];
	try {
		names = readdirSync('/proc');
	} catch {
		return all;
	}
	for (const pid of names.filter((name) => /^\d+$/.test(name)).map(Number)) {
		const sample = readProcess(pid);
		if (sample) all.set(pid, sample);
	}
	const tree = new Map<number, ProcessSample>();
	const rootSample = all.get(root);
	if (!rootSample) return tree;
	tree.set(root, rootSample);
	let grew = true;
	while (grew) {
		grew = false;
		for (const [pid, sample] of all) {
			if (!tree.has(pid) && tree.has(sample.parent)) {
				tree.set(pid, sample);
				grew = true;
			}
		}
	}
	return tree;
}

/**
 * Runs `command` with `args` in `cwd`, its output discarded (errors go to stderr), sampling its
 * process tree every `intervalMs`. CPU time is the sum, over every process seen, of the most CPU it
 * was seen with: a process's last moments after its last sample, and processes that live less
 * than one interval, are missed (a fraction of a second in a build).
 *
 * @example await measureTree('npx', ['astro', 'build'], '/tmp/site') → { code: 0, wallSeconds: 41.2, cpuSeconds: 63.5, peakRssBytes: 1.2e9 }
 */
export function measureTree(
	command: string,
	args: string[],
	cwd: string,
	env: NodeJS.ProcessEnv = process.env,
	intervalMs = 200
): Promise<TreeUsage> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
		const root = child.pid;
		if (root === undefined) {
			reject(new Error(`could not start ${command}`));
			return;
		}
		const cpuTicks = new Map<number, number>();
		let peakRssBytes = 0;
		const sample = () => {
			const tree = sampleTree(root);
			let rss = 0;
			for (const [pid, { cpuTicks: ticks, rssBytes }] of tree) {
				rss += rssBytes;
				cpuTicks.set(pid, Math.max(cpuTicks.get(pid) ?? 0, ticks));
			}
			peakRssBytes = Math.max(peakRssBytes, rss);
		};
		const timer = setInterval(sample, intervalMs);
		sample();
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('exit', (code) => {
			clearInterval(timer);
			const wallSeconds = (performance.now() - started) / 1000;
			resolve({
				code,
				wallSeconds,
				cpuSeconds:
					[...cpuTicks.values()].reduce((sum, ticks) => sum + ticks, 0) / TICKS_PER_SECOND,
				peakRssBytes,
			});
		});
	});
}
