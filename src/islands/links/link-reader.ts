/**
 * Reads Clientship links the way the world delivers them (DESIGN.md "Links in the field"). Mail
 * scanners, chats, Markdown renderers and mail clients change a link on its way: they glue quotes
 * and punctuation to it, insert invisible characters, turn `#` into `%23`, wrap it inside their own
 * address (percent-encoded once or twice), hard-wrap it over lines, or put it inside Markdown.
 *
 * This module finds our own path and fragment inside whatever arrived, without knowing any
 * wrapper's host, and hands back the code as it was made. It never decides that a code is valid:
 * the caller's `accept` (the share code's checksum) does, so a code is never guessed. Used by the
 * assessment page (its own address), the team view (pasted text) and the 404 page (an address
 * whose `#` was encoded).
 */
import { LOCALES } from '../../i18n/locales';
import type { Side } from '../assessment/model';
import { CODE_CHARACTERS, MAX_CODE_LENGTH, SHARE_PARAM } from '../assessment/share-code';
import { TEAM_PARAM } from '../team/team-link';

/** A result link: one person's share code for one side of one assessment. */
export interface ResultLink {
	kind: 'result';
	/** The page language in the link's path. */
	lang: string;
	assessmentId: string;
	side: Side;
	/** The code as made, cleaned of what tools added; not yet checked. */
	code: string;
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

/** A link found in pasted text, with where it was. */
export type FoundLink = SiteLink & {
	/** 1-based line where the link starts. */
	line: number;
	/** The line the link ends on (after a hard wrap, a later one). */
	endLine: number;
	/** The text before the link on its line (a name, a chat header), to name it in messages. */
	label: string;
};

/** What a pasted text held. */
export interface TextReading {
	links: FoundLink[];
	/** Lines with text but no link of ours: counted, never quoted (they are chat, not data). */
	linesWithoutLinks: number;
	/** The text was longer than `MAX_TEXT_LENGTH`: only the start was read. */
	isTruncated: boolean;
}

/** Whether a found link's code is complete and genuine (the caller checks the checksum). */
export type AcceptLink = (link: SiteLink) => boolean;

/** Longest text read at once; a real paste of even a hundred links is far shorter. */
export const MAX_TEXT_LENGTH = 200_000;

/** A wrapped team link of 50 people spans about 110 lines of 76 characters. */
const MAX_WRAPPED_LINES = 150;

const LABEL_LENGTH = 40;

/**
 * Characters tools insert that a reader cannot see: zero-width space, non-joiner and joiner, word
 * joiner, soft hyphen, byte-order mark, and bidirectional marks and embeddings.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

const LANGS = LOCALES.join('|');

// Our link anywhere in a string: /<lang>/assessments/<id>/[client/]#r=<code> or /<lang>/team/#t=…
// with any scheme, host and base path in front, an optional query, `#` perhaps encoded as %23.
const LINK = new RegExp(
	`/(${LANGS})/(?:assessments/([a-z0-9-]{1,60})(/client)?|(team))/?(?:\\?[^#\\s]*?)?(?:#|%23)(${SHARE_PARAM}|${TEAM_PARAM})=`,
	'g'
);
const CODE_RUN = new RegExp(`^[${CODE_CHARACTERS}]*`);
// A team fragment: entries and named parts, with percent-escapes for text; it stops at white
// space, quotes and brackets, which tools put around links.
const PAYLOAD_RUN = /^[^\s"'<>«»“”„‘’()[\]{}|\\^`]*/u;

/**
 * Removes the invisible characters tools insert into text.
 * @example stripInvisible('ab\u200bc\u00ad') → 'abc'
 */
export function stripInvisible(text: string): string {
	return text.replace(INVISIBLE, '');
}

/**
 * Percent-decodes every valid UTF-8 `%XX` sequence and leaves anything else as it is; never throws.
 * @example lenientDecode('%23r%3D1.1%E2%80%8B%ZZ') → '#r=1.1\u200b%ZZ'
 */
export function lenientDecode(text: string): string {
	return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
		try {
			return decodeURIComponent(run);
		} catch {
			// A run mixing valid and invalid UTF-8: decode byte sequences one character at a time.
			return run.replace(/%[0-9A-Fa-f]{2}/g, (escape) => {
				try {
					return decodeURIComponent(escape);
				} catch {
					return escape;
				}
			});
		}
	});
}

/** The text as it arrived, then decoded once and twice more (mail scanners nest addresses). */
function decodingStages(text: string): string[] {
	const stages = [text];
	for (let depth = 0; depth < 3; depth++) {
		const next = stripInvisible(lenientDecode(stages[stages.length - 1] ?? ''));
		if (next === stages[stages.length - 1]) break;
		stages.push(next);
	}
	return stages;
}

interface Match {
	link: SiteLink;
	/** Where the link's path starts and its fragment value ends, in the searched string. */
	start: number;
	end: number;
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
			const payload = trimTrailing(PAYLOAD_RUN.exec(rest)?.[0] ?? '');
			matches.push({
				link: { kind: 'team', lang, payload },
				start,
				end: valueStart + payload.length,
			});
		} else if (assessmentId && param === SHARE_PARAM) {
			const run = (CODE_RUN.exec(rest)?.[0] ?? '').slice(0, MAX_CODE_LENGTH + 1);
			// A code ends in its check (a letter or digit): a dot, dash or underscore after it is
			// the sentence's, not the link's.
			const code = run.replace(/[._-]+$/, '');
			matches.push({
				link: { kind: 'result', lang, assessmentId, side: client ? 'client' : 'agency', code },
				start,
				end: valueStart + run.length,
			});
		}
	}
	return matches;
}

// Sentence punctuation glued to the end of a team link by a chat or a writer.
function trimTrailing(payload: string): string {
	return payload.replace(/[.,;:!?…»”’)\]>]+$/u, '');
}

/**
 * The links of ours in one string: at the first decoding stage that holds any, or at a later one
 * where a later stage makes a link acceptable (a `#r%3D` that only a second decoding reveals).
 */
function linksIn(text: string, accept: AcceptLink): Match[] {
	let first: Match[] | undefined;
	for (const stage of decodingStages(stripInvisible(text))) {
		const matches = matchLinks(stage);
		if (matches.length === 0) continue;
		if (matches.every((match) => accept(match.link))) return matches;
		first ??= matches;
	}
	return first ?? [];
}

/**
 * Reads the result or team link carried by an address: the page's own, or one whose `#` was
 * encoded on the way (the 404 page). Returns undefined when the address carries neither.
 * @example readAddress('https://x.org/ru/assessments/client-level/%23r=1.1.4..k3%C2%BB') → { kind: 'result', assessmentId: 'client-level', side: 'agency', code: '1.1.4..k3' }
 */
export function readAddress(
	address: string,
	accept: AcceptLink = () => true
): SiteLink | undefined {
	return linksIn(address.slice(0, MAX_TEXT_LENGTH), accept)[0]?.link;
}

/**
 * The address a link belongs at on this site, under its base path (`/` or `/sub/path/`).
 * @example siteLinkHref({ kind: 'result', lang: 'ru', assessmentId: 'client-level', side: 'agency', code: '1.1.4..k3' }, '/') → '/ru/assessments/client-level/#r=1.1.4..k3'
 */
export function siteLinkHref(link: SiteLink, base: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	return link.kind === 'result'
		? `${root}${link.lang}/assessments/${link.assessmentId}/${link.side === 'client' ? 'client/' : ''}#${SHARE_PARAM}=${link.code}`
		: `${root}${link.lang}/team/#${TEAM_PARAM}=${link.payload}`;
}

/**
 * Finds every link of ours in pasted text (a chat, a mail, a spreadsheet, a Markdown document):
 * several to a line, quoted, inside Markdown or a scanner's address, or hard-wrapped over lines
 * (also inside `> ` quoted replies). A link cut by a wrap is rejoined only if `accept` then takes
 * it; otherwise it is returned as it was found, for the caller to say what happened to it.
 * @example readText('Anna: https://x.org/ru/assessments/client-level/#r=1.1.42..k3.\nthanks!', accept) → { links: [{ kind: 'result', …, line: 1, label: 'Anna:' }], linesWithoutLinks: 1, isTruncated: false }
 */
export function readText(text: string, accept: AcceptLink): TextReading {
	const isTruncated = text.length > MAX_TEXT_LENGTH;
	const lines = (isTruncated ? text.slice(0, MAX_TEXT_LENGTH) : text)
		.split(/\r\n|\r|\n/)
		.map((line) => stripInvisible(line).replace(/^(?:[ \t]*>)+[ \t]?/, ''));
	const links: FoundLink[] = [];
	let linesWithoutLinks = 0;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (line.trim() === '') continue;
		const joined = joinWrapped(lines, index, accept);
		if (joined) {
			links.push(...joined.links);
			index = joined.lastIndex;
			continue;
		}
		const matches = linksIn(line, accept);
		if (matches.length === 0) {
			linesWithoutLinks++;
			continue;
		}
		for (const match of dedupe(matches)) {
			links.push({
				...match.link,
				line: index + 1,
				endLine: index + 1,
				label: labelBefore(line, match),
			});
		}
	}
	return { links, linesWithoutLinks, isTruncated };
}

/**
 * If line `index` ends in a link (or the start of one) that a hard wrap cut, rejoins it with the
 * following lines, as long as each continues the link without a space. Returns the links of the
 * joined text when that makes the last link acceptable, or makes a team link grow by whole entries.
 */
function joinWrapped(
	lines: readonly string[],
	index: number,
	accept: AcceptLink
): { links: FoundLink[]; lastIndex: number } | undefined {
	const line = (lines[index] ?? '').trimEnd();
	const tail = /\S+$/.exec(line);
	if (!tail || !looksLikeUrlStart(tail[0])) return undefined;
	const alone = linksIn(line, accept);
	const last = alone[alone.length - 1];
	if (last && accept(last.link) && !endsMidTeamLink(last.link)) return undefined;
	let text = line;
	let best: { matches: Match[]; lastIndex: number } | undefined;
	for (let next = index + 1; next <= index + MAX_WRAPPED_LINES && next < lines.length; next++) {
		const continuation = /^\S+/.exec((lines[next] ?? '').trimStart())?.[0];
		if (!continuation) break;
		text += continuation;
		const matches = linksIn(text, accept);
		const end = matches[matches.length - 1];
		if (!end) continue;
		if (end.link.kind === 'result' && accept(end.link)) {
			best = { matches, lastIndex: next };
			break;
		}
		if (end.link.kind === 'team' && accept(end.link)) {
			best = { matches, lastIndex: next };
			if (!endsMidTeamLink(end.link)) break;
		}
		// A continuation line that holds more than the link ends the wrapped link.
		if ((lines[next] ?? '').trim() !== continuation) break;
	}
	if (!best) return undefined;
	const found = best;
	return {
		lastIndex: found.lastIndex,
		links: dedupe(found.matches).map((match) => ({
			...match.link,
			line: index + 1,
			endLine: found.lastIndex + 1,
			label: labelBefore(line, match),
		})),
	};
}

// A team link whose text stops at a separator was cut between entries: more may follow.
function endsMidTeamLink(link: SiteLink): boolean {
	return link.kind === 'team' && /[~!&=.]$/.test(link.payload);
}

// The last word of a line that a wrap may have cut: an address, or the start of one of our paths.
function looksLikeUrlStart(token: string): boolean {
	return /^(?:<|\(|\[|«|")?(?:https?:|www\.|\/)/i.test(token) || /%2F|%23/i.test(token);
}

// The same link twice on one line (Markdown's `[link](link)`) is one link.
function dedupe(matches: Match[]): Match[] {
	const seen = new Set<string>();
	return matches.filter((match) => {
		const key = JSON.stringify(match.link);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** The text before a link on its line, without the link's own scheme and host, cut to a readable length. */
function labelBefore(line: string, match: Match): string {
	const decoded = line.length > 2000 ? line.slice(0, 2000) : line;
	const at = decoded.search(/(?:<|\[|\(|«|")?(?:https?:\/\/|www\.)\S/i);
	const before = (at >= 0 ? decoded.slice(0, at) : decoded.slice(0, Math.max(0, match.start)))
		.replace(/[\s:–—-]+$/u, '')
		.trim();
	const characters = [...before];
	return characters.length > LABEL_LENGTH
		? `${characters.slice(0, LABEL_LENGTH).join('').trimEnd()}…`
		: before;
}
