/**
 * Where a page's link-preview card lives: `/{lang}/og/<name>.png`, named by the page whose card it
 * is. The head tags name it (`src/lib/head-tags.ts`) and the image route writes it
 * (`src/pages/[lang]/og/[...card].png.ts`) by these two functions.
 */

/**
 * The name of a page's preview card: its path without the slashes at either end, `home` for `''`.
 * @example socialCardKey('assessments/relationship-health/client/') → 'assessments/relationship-health/client'
 */
export function socialCardKey(path: string): string {
	return path.replace(/^\/+|\/+$/g, '') || 'home';
}

/**
 * The path of a page's preview card, after the language prefix.
 * @example socialImagePath('lessons/marriage-or-mess/') → 'og/lessons/marriage-or-mess.png'
 * @example socialImagePath('') → 'og/home.png'
 */
export function socialImagePath(path: string): string {
	return `og/${socialCardKey(path)}.png`;
}

/** The site's own card, for the pages in no single language (the language picker, 404). */
export const SITE_CARD_PATH = 'og.png';
