/**
 * The brand, written once: the colours of the light and dark themes, the mark, and the size of a
 * link-preview card. Read by the head tags (theme colours), `Logo.astro` (the mark on pages), the
 * favicon route and the link-preview cards (`src/social-cards/`). `src/styles/global.css` states
 * the page colours again as custom properties, because CSS cannot import them;
 * `tests/unit/brand.test.ts` fails when the two disagree.
 */

/** A theme's colours: the page, its text, quieter text, and the accent (links, the mark). */
export interface BrandColors {
	background: string;
	text: string;
	muted: string;
	accent: string;
}

/** The light and dark themes' colours (`--color-bg`, `--color-text`, `--color-muted`, `--color-accent`). */
export const BRAND_COLORS: Readonly<Record<'light' | 'dark', Readonly<BrandColors>>> = {
	light: { background: '#fbfaf7', text: '#1d2126', muted: '#565d66', accent: '#0b6656' },
	dark: { background: '#14171c', text: '#e9e7e2', muted: '#a9afb8', accent: '#62ccb6' },
};

/**
 * The page background of each colour scheme: the browser's bars (`theme-color`) and the installed
 * site's splash screen (the web app manifest).
 */
export const THEME_COLORS = {
	light: BRAND_COLORS.light.background,
	dark: BRAND_COLORS.dark.background,
} as const;

/**
 * The mark, on a 32-unit square: a rounded square in the accent colour, and two facing arcs in the
 * background colour, the client and the agency.
 */
export const LOGO = {
	viewBox: '0 0 32 32',
	size: 32,
	cornerRadius: 7,
	/** The two arcs, as an SVG path. */
	path: 'M11 10.5a7.5 7.5 0 1 0 0 11M21 10.5a7.5 7.5 0 1 1 0 11',
	strokeWidth: 2.6,
} as const;

/**
 * The mark's shapes in one theme's colours, on its 32-unit square, for an SVG that places them.
 * @example logoShapes(BRAND_COLORS.light) → '<rect width="32" height="32" rx="7" fill="#0b6656"/><path d="M11 10.5…" …/>'
 */
export function logoShapes(colors: BrandColors): string {
	return `<rect width="${LOGO.size}" height="${LOGO.size}" rx="${LOGO.cornerRadius}" fill="${colors.accent}"/><path d="${LOGO.path}" fill="none" stroke="${colors.background}" stroke-width="${LOGO.strokeWidth}" stroke-linecap="round"/>`;
}

/**
 * The mark as a standalone SVG file in one theme's colours (the favicon).
 * @example logoSvg(BRAND_COLORS.light) → '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect … fill="#0b6656"/><path d="M11 10.5…" … stroke="#fbfaf7" …/></svg>'
 */
export function logoSvg(colors: BrandColors): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${LOGO.viewBox}">${logoShapes(colors)}</svg>`;
}

/** A link-preview card's size in pixels: Open Graph's recommended 1.91:1, which every messenger crops well. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;
