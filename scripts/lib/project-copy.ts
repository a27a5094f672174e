import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
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
 * Copies what the build needs from the project at `root` into a new temporary folder, with
 * `node_modules` linked rather than copied, and returns the folder. Used to build variants of the
 * site (broken content, many lessons) without touching the checkout; the caller removes it.
 *
 * @example copyProject('/work/main', 'clientship-bench-') → '/tmp/clientship-bench-a1B2c3'
 */
export function copyProject(root: string, prefix: string): string {
	const copy = mkdtempSync(join(tmpdir(), prefix));
	for (const entry of BUILD_INPUTS) {
		cpSync(join(root, entry), join(copy, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
	return copy;
}
