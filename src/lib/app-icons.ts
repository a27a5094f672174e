/**
 * The icons a phone shows for the installed site (#21), drawn at build time from the favicon
 * (`logoSvg()` of `src/brand.ts`), so the mark has one source: PNGs in the sizes the web app manifest and
 * iOS ask for, and a maskable one, whose background fills the square and whose mark sits inside
 * the circle every launcher's mask keeps (the middle 80%).
 */
import { Resvg } from '@resvg/resvg-js';

/** One icon file under `/icons/`. */
export interface AppIcon {
	/** The file's name, without `.png`. */
	name: string;
	/** Width and height in pixels. */
	size: number;
	/**
	 * `any`: the favicon as it is (rounded corners on a clear background); `maskable`: full bleed,
	 * for launchers that cut their own shape, and for iOS, which fills transparency with black.
	 */
	purpose: 'any' | 'maskable';
}

/** The icons the web app manifest lists: 192 and 512 px, and a maskable 512 px. */
export const APP_ICONS: readonly AppIcon[] = [
	{ name: 'icon-192', size: 192, purpose: 'any' },
	{ name: 'icon-512', size: 512, purpose: 'any' },
	{ name: 'maskable-512', size: 512, purpose: 'maskable' },
];

/** iOS's home-screen icon (`<link rel="apple-touch-icon">`): full bleed, as iOS rounds it itself. */
export const APPLE_TOUCH_ICON: AppIcon = {
	name: 'apple-touch-icon',
	size: 180,
	purpose: 'maskable',
};

/**
 * An icon's SVG from the favicon's. `any` is the favicon itself; `maskable` puts it in the middle
 * of a larger square filled with the favicon's background colour (its first `fill`), so the
 * rounded corners vanish into the background and the mark keeps well inside the safe circle.
 * @example iconSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect fill="#0b6656"/>…</svg>', 'maskable')
 * → '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" fill="#0b6656"/><g transform="translate(8 8)"><rect fill="#0b6656"/>…</g></svg>'
 */
export function iconSvg(favicon: string, purpose: AppIcon['purpose']): string {
	if (purpose === 'any') return favicon;
	const inner = /<svg\b[^>]*>([\s\S]*)<\/svg>\s*$/.exec(favicon)?.[1];
	const background = /\bfill="(#[0-9a-f]{3,8})"/i.exec(favicon)?.[1];
	if (inner === undefined || background === undefined) {
		throw new Error(
			'the favicon (src/brand.ts): expected an <svg> whose first fill is its background'
		);
	}
	// The favicon's 32-unit square in a 48-unit one: the mark, 25 units wide at most, stays within
	// the safe circle (a radius of 40% of 48, 19.2 units, about the centre).
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" fill="${background}"/><g transform="translate(8 8)">${inner}</g></svg>`;
}

/** An icon as a PNG, from the favicon's SVG text. */
export function renderIcon(favicon: string, icon: AppIcon): Uint8Array<ArrayBuffer> {
	const png = new Resvg(iconSvg(favicon, icon.purpose), {
		fitTo: { mode: 'width', value: icon.size },
		font: { loadSystemFonts: false },
	})
		.render()
		.asPng();
	return new Uint8Array(png);
}
