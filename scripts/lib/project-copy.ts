import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What Astro needs to build the site; tests, scripts and build output stay behind. */
const BUILD_INPUTS = [
	'astro.config.mjs',
	'package.json',
	'tsconfig.json',
	'src',
	'content',
	'public',
];

/**
 * Copies what the build needs from the project at `root` into a new temporary folder, with each
 * package in `node_modules` linked rather than copied, and returns the folder. Used to build
 * variants of the site (broken content, many lessons) without touching the checkout; the caller
 * removes it. `node_modules` itself is a folder of the copy's own, so that Astro's cache in
 * `node_modules/.astro` (the content data store) is the copy's: a copy builds cold, and never
 * reads or overwrites the checkout's cache.
 *
 * @example copyProject('/work/main', 'clientship-bench-') → '/tmp/clientship-bench-a1B2c3'
 */
export function copyProject(root: string, prefix: string): string {
	const copy = mkdtempSync(join(tmpdir(), prefix));
	for (const entry of BUILD_INPUTS) {
		cpSync(join(root, entry), join(copy, entry), { recursive: true });
	}
	const modules = join(copy, 'node_modules');
	mkdirSync(modules);
	for (const entry of readdirSync(join(root, 'node_modules'))) {
		if (entry !== '.astro') symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
	}
	return copy;
}
