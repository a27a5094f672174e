/**
 * Reads Clientship links the way the world delivers them (DESIGN.md "Links in the field"). Mail
 * scanners, chats, Markdown renderers and mail clients change a link on its way: they glue quotes
 * and punctuation to it, insert invisible characters, turn `#` into `%23`, or wrap it inside their
 * own address (percent-encoded once or twice).
 *
 * This module finds our own path and fragment inside whatever arrived, without knowing any
 * wrapper's host, and hands back the code as it was made. It never decides that a code is valid:
 * the caller's `accept` (the share code's checksum) does, so a code is never guessed. Used by the
 * assessment page (its own address), the team view and the 404 page (an address whose `#` was
 * encoded); `pasted-text.ts` reads whole pastes with it.
 */
import { LOCALES } from '../i18n/locales';
import type { Side } from './share-code';
import { CODE_CHARACTERS, MAX_CODE_LENGTH, SHARE_PARAM } from './share-code';
import { TEAM_PARAM } from './team-link';
import { sessionPart, sessionPartAt } from './session-name';
import { lenientDecode, stripInvisible } from './percent';

export { lenientDecode, stripInvisible };

/** A result link: one person's share code for one side of one assessment. */
export interface ResultLink {
	kind: 'result';
	/** The page language in the link's path. */
	lang: string;
	assessmentId: string;
	side: Side;
	/** The code as made, cleaned of what tools added; not yet checked. */
	code: string;
	/**
	 * The session the result was made for (`&s=…` after the code, see `session-name.ts`), when the
	 * link names one; never part of the code or its check.
	 */
	session?: string | undefined;
}

/** A team link: the whole team view, its fragment value not yet parsed. */
export interface TeamLink {
	kind: 'team';
	/** The page language in the link's path. */
	lang: string;
	payload: string;
}

/** A link to one of our pages that carries a result or a team. */
export type SiteLink = ResultLink | TeamLink;

/**
 * How many results a found link gives (the caller decodes it): 1 or 0 for a result link, the
 * number of readable entries for a team link. More is a better reading of a damaged address.
 */
export type AcceptLink = (link: SiteLink) => number;

/** A link found in a string, with where it starts and where its fragment value ends. */
export interface Match {
	link: SiteLink;
	start: number;
	end: number;
}

const LANGS = LOCALES.join('|');

// Our link anywhere in a string: /<lang>/assessments/<id>/[client/]#r=<code> or /<lang>/team/#t=…
// with any scheme, host and base path in front, an optional query, `#` perhaps encoded as %23.
// A static host or a saved page may name the file: `…/index.html` is its folder.
const LINK = new RegExp(
	`/(${LANGS})/(?:assessments/([a-z0-9-]{1,60})(/client)?|(team))(?:/index\\.html?|/)?(?:\\?[^#\\s]*?)?(?:#|%23)(${SHARE_PARAM}|${TEAM_PARAM})=`,
	'g'
);

// The address of one of our assessment or lesson pages, with a scheme or `www.` in front: what a
// reader pastes after copying the page's address instead of their result.
const PAGE_ADDRESS = new RegExp(
	`(?:https?://|www\\.)[^\\s/]+(?:/[^\\s/]+)*?/(${LANGS})/(assessments|lessons)/([a-z0-9-]{1,80})(?:/client)?(?:/index\\.html?|/)?(?=$|[\\s?#)\\]>»"”.,;!])`,
	'gi'
);

/** The address of a page of ours that carries no result: what was pasted instead of a share link. */
export interface PageAddress {
	kind: 'assessment' | 'lesson';
	lang: string;
	/** The assessment id or the lesson slug. */
	id: string;
}

/**
 * The addresses of our assessment and lesson pages in a string, for a line that holds no result
 * or team link (a section's fragment, `#takeaways`, may follow).
 * @example pageAddressesIn('https://x.org/ru/assessments/client-level/') → [{ kind: 'assessment', lang: 'ru', id: 'client-level' }]
 */
export function pageAddressesIn(text: string): PageAddress[] {
	const found: PageAddress[] = [];
	for (const stage of decodingStages(text.slice(0, 200_000))) {
		for (const match of stage.matchAll(PAGE_ADDRESS)) {
			const [, lang = '', section = '', id = ''] = match;
			found.push({ kind: section === 'lessons' ? 'lesson' : 'assessment', lang, id });
		}
		if (found.length > 0) break;
	}
	return found;
}
const CODE_RUN = new RegExp(`^[${CODE_CHARACTERS}]*`);
// A team fragment: entries (`id!code!day`, joined by `~`) and named parts (`&a=…`) in base64url;
// anything else (quotes, brackets, escapes, spaces) is what tools put around the link.
const PAYLOAD_RUN = /^[0-9A-Za-z._~!&=-]*/;

/** The text as it arrived, then decoded once and twice more (mail scanners nest addresses). */
function decodingStages(text: string): string[] {
	const stages = [stripInvisible(text)];
	for (let depth = 0; depth < 3; depth++) {
		const next = stripInvisible(lenientDecode(stages[stages.length - 1] ?? ''));
		if (next === stages[stages.length - 1]) break;
		stages.push(next);
	}
	return stages;
}

/** Every link of ours in one string, at one decoding stage. */
function matchLinks(text: string): Match[] {
	const matches: Match[] = [];
	for (const found of text.matchAll(LINK)) {
		const [whole, lang = '', assessmentId, client, team, param] = found;
		const start = found.index;
		const valueStart = start + whole.length;
		const rest = text.slice(valueStart);
		if (team && param === TEAM_PARAM) {
			const run = PAYLOAD_RUN.exec(rest)?.[0] ?? '';
			// Every part ends in a letter or digit: trailing punctuation is the sentence's or
			// Markdown's (`_emphasis_`), not the link's.
			const payload = run.replace(/[._~!&=-]+$/, '');
			matches.push({ link: { kind: 'team', lang, payload }, start, end: valueStart + run.length });
		} else if (assessmentId && param === SHARE_PARAM) {
			const run = (CODE_RUN.exec(rest)?.[0] ?? '').slice(0, MAX_CODE_LENGTH + 1);
			// A code ends in its check (a letter or digit): a dot, dash or underscore after it is
			// the sentence's, not the link's.
			const code = run.replace(/[._-]+$/, '');
			// A session's name may follow the code (`&s=…`): it labels the result, unchecked.
			const session = run === code ? sessionPartAt(rest.slice(run.length)) : undefined;
			matches.push({
				link: {
					kind: 'result',
					lang,
					assessmentId,
					side: client ? 'client' : 'agency',
					code,
					...(session?.name ? { session: session.name } : {}),
				},
				start,
				end: valueStart + run.length + (session?.length ?? 0),
			});
		}
	}
	return matches;
}

/** How many results a set of links gives. */
export function resultCount(matches: readonly Match[], accept: AcceptLink): number {
	return matches.reduce((sum, match) => sum + accept(match.link), 0);
}

/**
 * The links of ours in one string, at the decoding stage that gives the most results (the first
 * such stage): a `#r%3D` that only a second decoding reveals, or a team link whose last entry
 * has an encoded quote glued on.
 */
export function linksIn(text: string, accept: AcceptLink): Match[] {
	let best: Match[] = [];
	let bestCount = -1;
	for (const stage of decodingStages(text)) {
		const matches = matchLinks(stage);
		if (matches.length === 0) continue;
		const count = resultCount(matches, accept);
		if (count > bestCount) {
			best = matches;
			bestCount = count;
		}
	}
	return best;
}

/**
 * Reads the result or team link carried by an address: the page's own, or one whose `#` was
 * encoded on the way (the 404 page). Returns undefined when the address carries neither.
 * @example readAddress('https://x.org/ru/assessments/client-level/%23r=1.1.4..k3%C2%BB') → { kind: 'result', lang: 'ru', assessmentId: 'client-level', side: 'agency', code: '1.1.4..k3' }
 */
export function readAddress(address: string, accept: AcceptLink = () => 1): SiteLink | undefined {
	return linksIn(address.slice(0, 200_000), accept)[0]?.link;
}

/**
 * The address a link belongs at on this site, under its base path (`/` or `/sub/path/`).
 * @example siteLinkHref({ kind: 'result', lang: 'ru', assessmentId: 'client-level', side: 'agency', code: '1.1.4..k3' }, '/') → '/ru/assessments/client-level/#r=1.1.4..k3'
 */
export function siteLinkHref(link: SiteLink, base: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	return link.kind === 'result'
		? `${root}${link.lang}/assessments/${link.assessmentId}/${link.side === 'client' ? 'client/' : ''}#${SHARE_PARAM}=${link.code}${sessionPart(link.session ?? '')}`
		: `${root}${link.lang}/team/#${TEAM_PARAM}=${link.payload}`;
}
