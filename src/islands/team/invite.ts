/**
 * The invitation's address and its QR code as an SVG path, computed without a DOM. The address is
 * the assessment page of the site as it is actually served: the team page's own origin and base
 * path, not the `SITE_URL` the site was built with.
 */
import type { Side } from '../../links/share-code';

/** Modules of light margin around a QR code (the quiet zone the standard asks for). */
export const QUIET_ZONE = 4;

/**
 * The address of an assessment (or its client's side) next to the team page at `pageUrl`
 * (`…/<lang>/team/`), under whatever base path the site is served from; fragment and query dropped.
 * @example inviteUrl('https://x.org/clientship/ru/team/#t=…', 'relationship-health', 'client') → 'https://x.org/clientship/ru/assessments/relationship-health/client/'
 */
export function inviteUrl(pageUrl: string, assessmentId: string, side: Side): string {
	const page = new URL(pageUrl);
	// `/en/team` served without its trailing slash is still the team page.
	const path =
		page.pathname.endsWith('/') || page.pathname.endsWith('.html')
			? page.pathname
			: `${page.pathname}/`;
	const target = `../assessments/${assessmentId}/${side === 'client' ? 'client/' : ''}`;
	return new URL(target, `${page.origin}${path}`).href;
}

/**
 * One SVG path for a QR code's dark modules (runs of modules in a row drawn as one rectangle),
 * and the size of the square it fills with its quiet zone, in modules.
 * @example qrPath([[true, true], [false, true]]) → { size: 10, path: 'M4 4h2v1h-2zM5 5h1v1h-1z' }
 */
export function qrPath(modules: readonly (readonly boolean[])[]): { size: number; path: string } {
	const parts: string[] = [];
	modules.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h-${x - start}z`);
		}
	});
	return { size: modules.length + 2 * QUIET_ZONE, path: parts.join('') };
}
