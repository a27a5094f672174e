/**
 * The invitation's address, its QR code as an SVG path, and the letter that invites a client,
 * computed without a DOM. The address is the assessment page of the site as it is actually
 * served: the team page's own origin and base path, not the `SITE_URL` the site was built with;
 * a named session rides in its fragment (`#s=…`, see `session-name.ts`).
 */
import type { Side } from '../../links/share-code';
import { sessionFragment } from '../../links/session-name';
import { answeringMinutes } from '../assessment/model';
import { plural, type PluralForms } from '../../i18n/plural';
import type { Locale } from '../../i18n/locales';

/** Modules of light margin around a QR code (the quiet zone the standard asks for). */
export const QUIET_ZONE = 4;

/**
 * The address of an assessment (or its client's side) next to the team page at `pageUrl`
 * (`…/<lang>/team/`), under whatever base path the site is served from; the team page's fragment
 * and query dropped, the session's name (if any) in the invitation's own fragment.
 * @example inviteUrl('https://x.org/clientship/ru/team/#t=…', 'relationship-health', 'client') → 'https://x.org/clientship/ru/assessments/relationship-health/client/'
 * @example inviteUrl('https://x.org/ru/team/', 'client-level', 'agency', 'Юг') → 'https://x.org/ru/assessments/client-level/#s=%D0%AE%D0%B3'
 */
export function inviteUrl(pageUrl: string, assessmentId: string, side: Side, session = ''): string {
	const page = new URL(pageUrl);
	// `/en/team` served without its trailing slash is still the team page.
	const path =
		page.pathname.endsWith('/') || page.pathname.endsWith('.html')
			? page.pathname
			: `${page.pathname}/`;
	const target = `../assessments/${assessmentId}/${side === 'client' ? 'client/' : ''}`;
	return `${new URL(target, `${page.origin}${path}`).href}${sessionFragment(session)}`;
}

/** The words of the letter to a client, in the page's language. */
export interface LetterStrings {
	clientSubject: string;
	/** The body, by the minutes it takes; `{{title}}` and `{{link}}` filled in. */
	clientBody: PluralForms;
}

/** A letter ready to send: its subject, its text, and a `mailto:` address that opens it. */
export interface Letter {
	subject: string;
	body: string;
	mailto: string;
}

/**
 * The letter that invites a client to their side of an assessment: what it is, how long it takes
 * (from its number of statements), that the answers stay in their browser, and the link.
 * @example clientLetter(strings, 'en', 'How healthy is your relationship with your agency?', 16, 'https://x.org/en/assessments/relationship-health/client/').body → 'Hello,\n\n… about 3 minutes.\n\n…\n\nhttps://x.org/…\n\nThank you!'
 */
export function clientLetter(
	strings: LetterStrings,
	lang: Locale,
	title: string,
	statements: number,
	link: string
): Letter {
	const body = plural(lang, strings.clientBody, answeringMinutes(statements), { title, link });
	const subject = strings.clientSubject;
	// Mail programs read line ends in a mailto body as CRLF (RFC 6068).
	const mailto = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
	return { subject, body, mailto };
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
