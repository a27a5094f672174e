#!/usr/bin/env node
// Validates every page of the build with the Nu Html Checker (the W3C validator, npm `vnu-jar`),
// all in one Java run, and fails listing each error's file, line and message. Warnings are not
// reported: the goal is no error on any page.
//
// usage: node scripts/check-html.mjs [dir]        (default dist/; run `npm run build` first)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vnuJar from 'vnu-jar';
import { htmlFiles } from './lib/html-files.ts';
import { findTestDependency } from './lib/test-deps.ts';

const dir = process.argv[2] ?? 'dist';
if (!existsSync(dir)) {
	console.error(`check-html: ${dir}/ does not exist; run \`npm run build\` first.`);
	process.exit(1);
}
const files = htmlFiles(dir);

// The checker is a Java program. vnu-jar's own launcher would download a JDK when there is no
// Java; we would rather say what to install (`npm test` installs Debian's default-jre-headless
// where it may: scripts/setup-test-deps.mjs).
let java;
try {
	java = findTestDependency('java');
} catch (error) {
	console.error(`check-html: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
const run = spawnSync(
	java,
	['-jar', String(vnuJar), '--errors-only', '--format', 'json', ...files],
	{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
);
if (run.error) {
	console.error(
		`check-html: cannot run Java (${run.error.message}); install Java 11 or later, e.g. \`sudo apt-get install default-jre-headless\`.`
	);
	process.exit(1);
}

/** @type {{ messages?: { type: string; url?: string; lastLine?: number; lastColumn?: number; message: string }[] }} */
let report;
try {
	// With `--format json` the checker writes its report to stderr.
	report = JSON.parse(run.stderr);
} catch {
	console.error(`check-html: the checker did not report (exit ${run.status}):\n${run.stderr}`);
	process.exit(1);
}

const errors = (report.messages ?? []).filter((message) => message.type !== 'info');
if (errors.length > 0) {
	const where = (message) =>
		message.url ? relative(process.cwd(), fileURLToPath(message.url)) : '(checker)';
	const pages = new Set(errors.map(where));
	console.error(
		errors
			.map(
				(message) =>
					`${where(message)}:${message.lastLine ?? 0}:${message.lastColumn ?? 0}: ${message.message}`
			)
			.join('\n')
	);
	console.error(
		`check-html: ${errors.length} error(s) on ${pages.size} of ${files.length} pages (Nu Html Checker).`
	);
	process.exit(1);
}
console.log(`check-html: ${files.length} pages, no error (Nu Html Checker).`);
