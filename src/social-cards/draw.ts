/**
 * Draws a link-preview card (`CARD_SIZE`, PNG) at build time: satori lays the card out and turns
 * its text into shapes, resvg paints the PNG. The fonts are PT Serif and PT Sans, made for Latin
 * and Cyrillic alike, read from their npm packages (`@fontsource/*`): nothing is fetched while
 * building, and Russian titles render in a face designed for them. The colours and the mark are
 * the brand's light theme (`src/brand.ts`).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { BRAND_COLORS, CARD_SIZE, logoSvg } from '../brand';
import type { CardText } from './cards';

const COLORS = BRAND_COLORS.light;
const LOGO = `data:image/svg+xml;base64,${Buffer.from(logoSvg(COLORS)).toString('base64')}`;

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
function layout(card: CardText): Node {
	return box(
		{
			width: CARD_SIZE.width,
			height: CARD_SIZE.height,
			boxSizing: 'border-box',
			flexDirection: 'column',
			padding: '64px 88px 0',
			background: COLORS.background,
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
			width: CARD_SIZE.width,
			height: 20,
			background: COLORS.accent,
		})
	);
}

/** A card as a PNG. */
export async function drawSocialCard(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
	const svg = await satori(layout(card) as Parameters<typeof satori>[0], {
		...CARD_SIZE,
		fonts: await loadFonts(),
	});
	// satori has drawn every letter as a shape: resvg needs no fonts, so it need not scan the system's.
	const png = new Resvg(svg, {
		fitTo: { mode: 'width', value: CARD_SIZE.width },
		font: { loadSystemFonts: false },
	})
		.render()
		.asPng();
	return new Uint8Array(png);
}
