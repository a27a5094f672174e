/**
 * Draws a link-preview card (`CARD_SIZE`, PNG) at build time: satori lays the card out and turns
 * its text into shapes, resvg paints the PNG. The fonts are PT Serif and PT Sans, made for Latin
 * and Cyrillic alike, read from their npm packages (`@fontsource/*`): nothing is fetched while
 * building, and Russian titles render in a face designed for them. The colours and the mark are
 * the brand's light theme (`src/brand.ts`).
 *
 * Every card of a language has the same frame: the mark, the site's name, the tagline at the foot
 * and the accent bar. Laying out and shaping that text was half of satori's work per card, so a
 * thread lays the frame out once per footer and keeps it; each card then lays out only its own
 * lines (the eyebrow and the title) and places them, centred, in the frame's space for them. The
 * mark is drawn from its shapes rather than as an embedded image, which resvg would parse and
 * paint as a picture of its own on every card.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
// With its extension, so that Node can run this module as it is (scripts/measure-cards.mjs).
import { BRAND_COLORS, CARD_SIZE, LOGO, logoShapes } from '../brand.ts';
import type { CardText } from './cards';

const COLORS = BRAND_COLORS.light;

/** The mark's size on a card, in pixels. */
const MARK_SIZE = 60;

/** Fontsource splits each face by script; satori falls back from one family to the next per glyph. */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
const FACES = [
	{ family: 'PT Serif', file: 'pt-serif', weight: 700 },
	{ family: 'PT Sans', file: 'pt-sans', weight: 400 },
	{ family: 'PT Sans', file: 'pt-sans', weight: 700 },
] as const;

type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];
type SatoriElement = Parameters<typeof satori>[0];
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
	key?: string;
	props: { style?: Record<string, string | number>; children?: unknown };
}
const box = (style: Node['props']['style'], ...children: unknown[]): Node => ({
	type: 'div',
	props: { style: { display: 'flex', ...style }, children },
});
/** A box that satori reports the place of (`onNodeDetected`), by its key. */
const place = (key: string, style: Node['props']['style']): Node => ({ ...box(style), key });

/** A rectangle on the card, in pixels. */
interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

/** A card without its own lines: its SVG (not yet closed), where the mark goes and where the lines go. */
interface Frame {
	svg: string;
	mark: Box;
	lines: Box;
}

/** The frame of the cards with this footer: the mark and the lines are left as empty places. */
async function layFrame(footer: string): Promise<Frame> {
	const places = new Map<string, Box>();
	const svg = await satori(
		box(
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
				place('mark', { width: MARK_SIZE, height: MARK_SIZE }),
				'Clientship'
			),
			place('lines', { flexGrow: 1 }),
			box({ paddingBottom: 48, color: COLORS.muted, fontSize: 30 }, footer),
			box({
				position: 'absolute',
				left: 0,
				bottom: 0,
				width: CARD_SIZE.width,
				height: 20,
				background: COLORS.accent,
			})
		) as SatoriElement,
		{
			...CARD_SIZE,
			fonts: await loadFonts(),
			onNodeDetected: (node) => {
				if (typeof node.key === 'string') places.set(node.key, node);
			},
		}
	);
	const mark = places.get('mark');
	const lines = places.get('lines');
	if (!mark || !lines) throw new Error('satori did not report where the mark and the title go');
	return { svg: svg.slice(0, svg.lastIndexOf('</svg>')), mark, lines };
}

/** The frames laid out in this thread, by footer. */
const frames = new Map<string, Promise<Frame>>();

/** A card's own lines, laid out `width` wide: their SVG's content and its height. */
async function layLines(card: CardText, width: number): Promise<{ svg: string; height: number }> {
	const svg = await satori(
		box(
			{ width, flexDirection: 'column', color: COLORS.text, fontFamily: family('PT Sans') },
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
		) as SatoriElement,
		{ width, fonts: await loadFonts() }
	);
	const open = /^<svg[^>]*\sheight="([\d.]+)"[^>]*>/.exec(svg);
	if (!open) throw new Error('satori wrote an SVG without a height');
	return {
		// Its ids (masks satori defines) must not meet the frame's, which has some of the same names.
		svg: svg
			.slice(open[0].length, svg.lastIndexOf('</svg>'))
			.replaceAll('satori_', 'satori_lines_'),
		height: Number(open[1]),
	};
}

/** A card as a PNG. */
export async function drawSocialCard(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
	let frame = frames.get(card.footer);
	if (!frame) {
		frame = layFrame(card.footer);
		frames.set(card.footer, frame);
	}
	const { svg: framed, mark, lines } = await frame;
	const own = await layLines(card, lines.width);
	// Whole pixels, as satori places boxes (rounded on its pixel grid).
	const top = Math.round(lines.top + (lines.height - own.height) / 2);
	const svg = `${framed}<g transform="translate(${mark.left} ${mark.top}) scale(${mark.width / LOGO.size})">${logoShapes(COLORS)}</g><g transform="translate(${lines.left} ${top})">${own.svg}</g></svg>`;
	// satori has drawn every letter as a shape: resvg needs no fonts, so it need not scan the system's.
	const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
	return new Uint8Array(png);
}
