#!/usr/bin/env node
// Draws link-preview cards the way a build does (`src/social-cards/draw.ts`), without the cache,
// and prints what one costs: CPU time (user and system), wall time and PNG size, per card, after a
// few cards to warm up. Titles are the real lessons' in both languages, numbered as a large site's
// would be (#27). Like the build, it tunes resvg's allocator (`src/social-cards/integration.ts`),
// unless --default-allocator.
//
// usage: node scripts/measure-cards.mjs [--cards 200] [--default-allocator]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ALLOCATOR_DELAY, ALLOCATOR_SETTING } from '../src/social-cards/integration.ts';

const args = process.argv.slice(2);
// Before resvg is loaded: its allocator reads the setting once.
if (!args.includes('--default-allocator')) process.env[ALLOCATOR_SETTING] ??= ALLOCATOR_DELAY;
const { drawSocialCard } = await import('../src/social-cards/draw.ts');
const count = Number(args.includes('--cards') ? args[args.indexOf('--cards') + 1] : 200);
const strings = (lang) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8'));
const titles = (lang) =>
	readdirSync(join('content', 'lessons', lang))
		.sort()
		.map((file) =>
			/^title: ['"]?(.*?)['"]?$/m.exec(readFileSync(join('content', 'lessons', lang, file), 'utf8'))
		)
		.map((match) => match?.[1] ?? '');
const languages = ['en', 'ru'].map((lang) => ({
	position: strings(lang)['lesson.position'],
	footer: strings(lang)['site.tagline'],
	titles: titles(lang),
}));
const card = (index) => {
	const { position, footer, titles: all } = languages[index % 2];
	const number = Math.floor(index / 2) + 1;
	return {
		eyebrow: position.replace('{{number}}', number).replace('{{total}}', 1000),
		title: `${number}. ${all[number % all.length]}`,
		footer,
	};
};

const WARM_UP = 6;
for (let index = 0; index < WARM_UP; index++) await drawSocialCard(card(index));
const cpuBefore = process.cpuUsage();
const started = performance.now();
let bytes = 0;
for (let index = 0; index < count; index++) bytes += (await drawSocialCard(card(index))).length;
const cpu = process.cpuUsage(cpuBefore);
console.log(
	`${count} cards: ${((cpu.user + cpu.system) / 1000 / count).toFixed(1)} ms CPU, ${((performance.now() - started) / count).toFixed(1)} ms wall, ${(bytes / count / 1024).toFixed(1)} KB each`
);
