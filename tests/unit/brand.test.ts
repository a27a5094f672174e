/** The brand's colours are written twice, in `src/brand.ts` and as CSS custom properties: they agree (#26). */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BRAND_COLORS, LOGO, logoSvg, type BrandColors } from '../../src/brand';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

/** The custom properties set in the first `:root { … }` block after `from` in the stylesheet. */
function customProperties(from: number): Map<string, string> {
	const block = /:root\s*\{([^}]*)\}/.exec(css.slice(from))?.[1] ?? '';
	return new Map(
		[...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((match) => [
			match[1] ?? '',
			(match[2] ?? '').trim(),
		])
	);
}

const PROPERTIES: Record<keyof BrandColors, string> = {
	background: '--color-bg',
	text: '--color-text',
	muted: '--color-muted',
	accent: '--color-accent',
};

const themes = {
	light: customProperties(0),
	dark: customProperties(css.indexOf('@media (prefers-color-scheme: dark)')),
};

describe('BRAND_COLORS', () => {
	for (const theme of ['light', 'dark'] as const) {
		test(`are global.css's ${theme} theme colours`, () => {
			for (const [key, property] of Object.entries(PROPERTIES)) {
				expect(themes[theme].get(property), property).toBe(
					BRAND_COLORS[theme][key as keyof BrandColors]
				);
			}
		});
	}
});

describe('logoSvg()', () => {
	test('draws the mark in the colours given', () => {
		const svg = logoSvg(BRAND_COLORS.dark);
		expect(svg).toContain(`fill="${BRAND_COLORS.dark.accent}"`);
		expect(svg).toContain(`stroke="${BRAND_COLORS.dark.background}"`);
		expect(svg).toContain(`d="${LOGO.path}"`);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
	});
});
