#!/usr/bin/env node
// Builds the site under a sub-path (`astro build --base /clientship/`) and checks that every
// internal link, script, stylesheet and icon in every page resolves to a file of that build.
// A hard-coded `/en/…` or `/_astro/…` path would escape the base and fail here. Then it serves
// the build under its base and reads the team page's invitation QR code in Chromium.
//
// usage: node scripts/check-base-links.mjs        (exit 1 and a list of broken links on failure)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from './lib/html-files.ts';
import { checkInviteUnderBase } from './lib/base-invite.mjs';

const BASE = '/clientship/';
const OUT = 'dist-base';

rmSync(OUT, { recursive: true, force: true });
execFileSync('npx', ['astro', 'build', '--base', BASE, '--outDir', OUT], {
	stdio: ['ignore', 'ignore', 'inherit'],
});

/** Whether a site path (under the base) is a file of the build, as a static host would serve it. */
function resolves(pathname) {
	const inside = decodeURIComponent(pathname.slice(BASE.length));
	const target = join(OUT, inside);
	return (
		(existsSync(target) && statSync(target).isFile()) || existsSync(join(target, 'index.html'))
	);
}

const broken = [];
let checked = 0;
for (const file of htmlFiles(OUT)) {
	const html = readFileSync(file, 'utf8');
	for (const [, attribute, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
		if (!value || /^(https?:|mailto:|data:|#)/.test(value)) continue;
		const url = new URL(
			value,
			`http://site${BASE}${relative(OUT, file).replace(/index\.html$/, '')}`
		);
		if (url.origin !== 'http://site') continue;
		checked++;
		if (!url.pathname.startsWith(BASE) || !resolves(url.pathname)) {
			broken.push(`${relative(OUT, file)}: ${attribute}="${value}"`);
		}
	}
}

// The service worker's list and the web app manifests stay under the base too (#21).
const worker = readFileSync(join(OUT, 'sw.js'), 'utf8');
const offlineFiles = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);
for (const lang of ['en', 'ru']) {
	const manifest = JSON.parse(readFileSync(join(OUT, lang, 'manifest.webmanifest'), 'utf8'));
	offlineFiles.push(manifest.start_url, manifest.scope, ...manifest.icons.map((icon) => icon.src));
}
for (const url of offlineFiles) {
	checked++;
	if (!url.startsWith(BASE) || !resolves(url)) broken.push(`sw.js or a manifest: ${url}`);
}

// The team page's QR code invites to this base too, not to the site's root (#14).
const inviteProblems = await checkInviteUnderBase(OUT, BASE);

rmSync(OUT, { recursive: true, force: true });
if (inviteProblems.length > 0) {
	console.error(`The invitation under --base ${BASE}:\n${inviteProblems.join('\n')}`);
	process.exit(1);
}
if (broken.length > 0) {
	console.error(
		`${broken.length} of ${checked} links break under --base ${BASE}:\n${[...new Set(broken)].join('\n')}`
	);
	process.exit(1);
}
console.log(`All ${checked} internal links resolve under --base ${BASE}.`);
