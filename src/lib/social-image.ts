/**
 * Draws a page's link-preview card (1200×630 PNG) at build time: satori lays the card out and
 * turns its text into shapes, resvg paints the PNG. The fonts are PT Serif and PT Sans, made for
 * Latin and Cyrillic alike, read from their npm packages (`@fontsource/*`): nothing is fetched
 * while building, and Russian titles render in a face designed for them.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { SocialCard } from './social-cards';

/** Open Graph's recommended size, which every messenger crops well. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

// The site's light theme (src/styles/global.css).
const COLORS = { bg: '#fbfaf7', text: '#1d2126', muted: '#565d66', accent: '#0b6656' };

const LOGO = `data:image/svg+xml;base64,${Buffer.from(
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${COLORS.accent}"/><path d="M11 10.5a7.5 7.5 0 1 0 0 11M21 10.5a7.5 7.5 0 1 1 0 11" fill="none" stroke="${COLORS.bg}" stroke-width="2.6" stroke-linecap="round"/></svg>`
).toString('base64')}`;

/** Fontsource splits each face by script; satori falls back from one family to the next per glyph. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
const FACES = [
	{ family: 'PT Serif', file: 'pt-serif', weight: 700 },
	{ family: 'PT Sans', file: 'pt-sans', weight: 400 },
	{ family: 'PT Sans', file: 'pt-sans', weight: 700 },
] as const;

type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];
let fonts: Promise<SatoriFont[]> | undefined;

function loadFonts(): Promise<SatoriFont[]> {
	const require = createRequire(import.meta.url);
	fonts ??= Promise.all(
		FACES.flatMap(({ family, file, weight }) =>
			SUBSETS.map(async (subset) => ({
				name: `${family} ${subset}`,
				data: await readFile(
					require.resolve(`@fontsource/${file}/files/${file}-${subset}-${weight}-normal.woff`)
				),
				weight,
				style: 'normal' as const,
			}))
		)
	);
	return fonts;
}

/** The family list that tries each script's subset of one face in turn. */
const family = (name: string) => SUBSETS.map((subset) => `${name} ${subset}`).join(', ');

/**
 * The title's size: as large as its length allows in three lines.
 * @example titleSize('Search') → 96
 */
export function titleSize(title: string): number {
	const length = [...title].length;
	if (length <= 24) return 96;
	if (length <= 48) return 80;
	if (length <= 80) return 66;
	return 54;
}

interface Node {
	type: string;
	props: { style?: Record<string, string | number>; src?: string; children?: unknown };
}
const box = (style: Node['props']['style'], ...children: unknown[]): Node => ({
	type: 'div',
	props: { style: { display: 'flex', ...style }, children },
});

/** The card's layout, as the element tree satori reads. */
function layout(card: SocialCard): Node {
	return box(
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			boxSizing: 'border-box',
			flexDirection: 'column',
			padding: '64px 88px 0',
			background: COLORS.bg,
			color: COLORS.text,
			fontFamily: family('PT Sans'),
		},
		box(
			{ alignItems: 'center', gap: 20, fontFamily: family('PT Serif'), fontSize: 44 },
			{ type: 'img', props: { src: LOGO, style: { width: 60, height: 60 } } },
			'Clientship'
		),
		box(
			{ flexGrow: 1, flexDirection: 'column', justifyContent: 'center' },
			card.eyebrow
				? box(
						{
							marginBottom: 20,
							color: COLORS.accent,
							fontSize: 34,
							fontWeight: 700,
							letterSpacing: 2,
							textTransform: 'uppercase',
						},
						card.eyebrow
					)
				: null,
			box(
				{
					fontFamily: family('PT Serif'),
					fontSize: titleSize(card.title),
					fontWeight: 700,
					lineHeight: 1.12,
					lineClamp: 3,
				},
				card.title
			)
		),
		box({ paddingBottom: 48, color: COLORS.muted, fontSize: 30 }, card.footer),
		box({
			position: 'absolute',
			left: 0,
			bottom: 0,
			width: CARD_WIDTH,
			height: 20,
			background: COLORS.accent,
		})
	);
}

/** The card as a PNG. */
export async function renderSocialCard(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
	const svg = await satori(layout(card) as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: await loadFonts(),
	});
	// satori has drawn every letter as a shape: resvg needs no fonts, so it need not scan the system's.
	const png = new Resvg(svg, {
		fitTo: { mode: 'width', value: CARD_WIDTH },
		font: { loadSystemFonts: false },
	})
		.render()
		.asPng();
	return new Uint8Array(png);
}
