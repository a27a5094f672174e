#!/usr/bin/env node
// Checks that rendering pages on several threads (`experimental.parallelPrerender`, as `npm run
// build` does) writes the same site as rendering them on one (#27): builds the project again with
// PRERENDER_WORKERS=0, Astro's own one-thread prerenderer, into dist-one-thread/, and compares it
// with dist/, byte for byte. Both builds are of the same folder: Astro names each island by a
// hash that includes its component's absolute path, so a copy elsewhere would differ there.
//
// usage: npm run build && npm run test:same-output   (exit 1 and the differing files on failure)
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { diffFolders } from './lib/folder-diff.ts';

const OUT = 'dist-one-thread';

if (!existsSync('dist/index.html')) {
	console.error('No dist/: run `npm run build` first.');
	process.exit(1);
}
rmSync(OUT, { recursive: true, force: true });
try {
	execFileSync(
		process.execPath,
		[join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', OUT],
		{ env: { ...process.env, PRERENDER_WORKERS: '0' }, stdio: ['ignore', 'ignore', 'inherit'] }
	);
	const diff = diffFolders('dist', OUT);
	const problems = [
		...diff.onlyInFirst.map((name) => `only in the build on several threads: ${name}`),
		...diff.onlyInSecond.map((name) => `only in the build on one thread: ${name}`),
		...diff.differing.map((name) => `differs: ${name}`),
	];
	if (problems.length > 0) {
		console.error(
			`Rendering on several threads wrote another site than rendering on one (${diff.compared} files in both):\n${problems.join('\n')}`
		);
		process.exitCode = 1;
	} else {
		console.log(
			`Rendered on several threads and on one: the same ${diff.compared} files, byte for byte.`
		);
	}
} finally {
	rmSync(OUT, { recursive: true, force: true });
}
