#!/usr/bin/env node
// Screenshots of built pages for review, in light and dark themes.
// usage: node scripts/screenshots.mjs [--dark] [--width 1280] [--full] <path> [<path> …]
// Serve the built site first (npm run preview); images go to screenshots/ (not committed).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.ts';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
	const index = args.indexOf(name);
	return index === -1 ? fallback : args[index + 1];
};
const paths = args.filter(
	(arg, index) =>
		!arg.startsWith('--') && !['--width', '--height', '--base'].includes(args[index - 1])
);
const base = option('--base', 'http://localhost:4321');
const width = Number(option('--width', 1280));
const height = Number(option('--height', 900));
mkdirSync('screenshots', { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({
	viewport: { width, height },
	colorScheme: flag('--dark') ? 'dark' : 'light',
});
for (const path of paths) {
	await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
	const name = `${path.replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '') || 'root'}-${width}${flag('--dark') ? '-dark' : ''}.png`;
	await page.screenshot({ path: `screenshots/${name}`, fullPage: flag('--full') });
	console.log(`screenshots/${name}`);
}
await browser.close();
