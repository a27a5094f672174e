/**
 * Finds our links in text pasted from anywhere (a chat, a mail, a spreadsheet, a Markdown
 * document): several to a line, quoted, inside Markdown or a scanner's address, or hard-wrapped
 * over lines by a mail client (also inside `> ` quoted replies). A wrapped link is rejoined only
 * when that gives more results than the pieces did: the checksum, through `accept`, decides.
 *
 * Each link is named by who sent it, where the paste says: a chat's header line above it
 * (Telegram Desktop's `Name, [date time]`, Slack's and Teams' `Name  10:14`, a mail client's
 * `On …, Name <mail> wrote:` or `От: Name`), a message's own prefix (WhatsApp's `[date, time]
 * Name: …`, `[10:14] Name: …`); a name just before the link on its line (`Борис: https://…`)
 * names it even under someone else's header; else the text before it on its line. An assessment's or a
 * lesson's address pasted instead of a result is reported as such, not skipped.
 */
import {
	linksIn,
	pageAddressesIn,
	resultCount,
	stripInvisible,
	type AcceptLink,
	type Match,
	type PageAddress,
	type SiteLink,
} from './link-reader';

/** A link found in pasted text, with where it was. */
export type FoundLink = SiteLink & {
	/** 1-based line where the link starts. */
	line: number;
	/** The line the link ends on (after a hard wrap, a later one). */
	endLine: number;
	/** Who sent it (see the module's comment), else the text before it on its line; may be empty. */
	label: string;
};

/** The address of an assessment or a lesson pasted where a result was expected. */
export type FoundPageAddress = PageAddress & {
	/** 1-based line where it is. */
	line: number;
	/** Who sent it, as for a link. */
	label: string;
};

/** What a pasted text held. */
export interface TextReading {
	links: FoundLink[];
	/** Lines that hold a page's address and no result: the sender copied the wrong thing. */
	pageAddresses: FoundPageAddress[];
	/** Lines with text but no link of ours: counted, never quoted (they are chat, not data). */
	linesWithoutLinks: number;
	/** The text was longer than `MAX_TEXT_LENGTH`: only the start was read. */
	isTruncated: boolean;
}

/** Longest text read at once; a real paste of even a hundred links is far shorter. */
export const MAX_TEXT_LENGTH = 200_000;

/** A wrapped team link of 50 people spans about 110 lines of 76 characters. */
const MAX_WRAPPED_LINES = 150;

const LABEL_LENGTH = 40;

/**
 * Finds every link of ours in pasted text.
 * @example readText('Anna: https://x.org/ru/assessments/client-level/#r=1.1.42..k3.\nthanks!', accept) → { links: [{ kind: 'result', …, line: 1, label: 'Anna' }], linesWithoutLinks: 1, isTruncated: false }
 */
export function readText(text: string, accept: AcceptLink): TextReading {
	const isTruncated = text.length > MAX_TEXT_LENGTH;
	const lines = (isTruncated ? text.slice(0, MAX_TEXT_LENGTH) : text)
		.split(/\r\n|\r|\n/)
		.map((line) => stripInvisible(line).replace(/^(?:[ \t]*>)+[ \t]?/, ''));
	const links: FoundLink[] = [];
	const pageAddresses: FoundPageAddress[] = [];
	let linesWithoutLinks = 0;
	// Who sent the lines being read: set by a header line, or by a message's own prefix.
	let sender = '';
	let isHeaderSender = false;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (line.trim() === '') continue;
		const header = headerSender(line);
		if (header !== undefined) {
			sender = header;
			isHeaderSender = true;
			linesWithoutLinks++;
			continue;
		}
		const message = messageSender(line);
		if (message !== undefined) {
			sender = message;
			isHeaderSender = false;
		}
		const joined = joinWrapped(lines, index, accept);
		const matches = joined?.matches ?? linksIn(line, accept);
		const lastIndex = joined?.lastIndex ?? index;
		const before = labelBefore(line);
		// A `Name` right before the link says more than the sender above; so does any `label:` when
		// the sender above came from another message's own prefix rather than a header line.
		const label =
			message ??
			(isNameLike(before) || (!isHeaderSender && isColonLabel(line)) ? before : sender || before);
		if (matches.length === 0) {
			const addresses = pageAddressesIn(line);
			if (addresses.length === 0) linesWithoutLinks++;
			for (const address of addresses) pageAddresses.push({ ...address, line: index + 1, label });
			continue;
		}
		for (const match of dedupe(matches)) {
			links.push({ ...match.link, line: index + 1, endLine: lastIndex + 1, label });
		}
		index = consumeTail(lines, lastIndex);
	}
	return { links, pageAddresses, linesWithoutLinks, isTruncated };
}

/**
 * If line `index` ends in a link, or the start of one, that a hard wrap cut, rejoins it with the
 * lines after it, each a continuation without a space. Returns the joined text's links when they
 * give more results than the line alone, with the last line used.
 */
function joinWrapped(
	lines: readonly string[],
	index: number,
	accept: AcceptLink
): { matches: Match[]; lastIndex: number } | undefined {
	const line = (lines[index] ?? '').trimEnd();
	const tail = /\S+$/.exec(line)?.[0];
	if (!tail || !looksLikeUrl(tail)) return undefined;
	const alone = linksIn(line, accept);
	const last = alone[alone.length - 1];
	// A link that gives its result and does not run to the end of the line is complete.
	if (last && accept(last.link) > 0 && last.link.kind === 'result') return undefined;
	let text = line;
	let best: { matches: Match[]; lastIndex: number } | undefined;
	let bestCount = resultCount(alone, accept);
	for (let next = index + 1; next <= index + MAX_WRAPPED_LINES && next < lines.length; next++) {
		const content = (lines[next] ?? '').trim();
		const continuation = /^\S+/.exec(content)?.[0];
		// A blank line, or a line that starts a link of its own, ends the wrapped one.
		if (!continuation || /^[<([«"“„]*(?:https?:|www\.)/i.test(continuation)) break;
		text += continuation;
		const matches = linksIn(text, accept);
		const count = resultCount(matches, accept);
		if (count > bestCount) {
			best = { matches, lastIndex: next };
			bestCount = count;
			const end = matches[matches.length - 1]?.link;
			if (end?.kind === 'result' && accept(end) > 0) break;
		}
		// A continuation line that holds more than the link ends the wrapped link.
		if (content !== continuation) break;
	}
	return best;
}

/**
 * After a link, the lines that only finish its address (a scanner's `&reserved=0`, a closing `»`
 * that a wrap pushed down) belong to it, not to the chat: skip them.
 */
function consumeTail(lines: readonly string[], lastIndex: number): number {
	let index = lastIndex;
	for (let next = lastIndex + 1; next < lines.length; next++) {
		const content = (lines[next] ?? '').trim();
		if (!/^[&=%;?#»”’)\]>.,!…]/u.test(content) || /\s/.test(content)) break;
		index = next;
	}
	return index;
}

// The last word of a line that a wrap may have cut: an address, or the start of one of our paths.
function looksLikeUrl(token: string): boolean {
	return /(?:https?:\/\/|www\.|%2F|%23)/i.test(token) || /^[<([«"“„]*\//.test(token);
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

// A time of day, `10:14`, `10:14:05`, `10:14 AM`.
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
// A date, `14.12.2026`, `12/14/26`, `2026-12-14`.
const DATE = String.raw`(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4})`;
// A person's name as chats show it: letters, spaces, dots, apostrophes and hyphens.
const NAME = String.raw`[\p{L}][\p{L}\p{M} .'’-]{0,60}?`;
// A name alone on a line before a time, as Slack and Teams show it: one to four capitalised
// words, so that "Встречаемся в 10:14" is not taken for one.
const CAPITALISED_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;

/** Lines that only say who writes next, each with the name in its first group. */
const HEADERS: readonly RegExp[] = [
	// Telegram Desktop: `Сергей Новиков, [14.12.2026 10:14]`.
	new RegExp(String.raw`^(${NAME}),\s*\[[^\]]*${TIME}[^\]]*\]\s*$`, 'u'),
	// Slack, Teams, Telegram on the web: `Сергей Новиков  10:14`, `Sergey Novikov 10:14 AM`.
	new RegExp(String.raw`^(${CAPITALISED_NAME})\s+(?:${DATE},?\s+)?${TIME}\s*$`, 'u'),
	// A mail client's quote: `On Mon, 14 Dec 2026 at 10:14, Sergey Novikov <s@x.ru> wrote:`.
	new RegExp(String.raw`^On\s.+?,\s*(${NAME})\s*(?:<[^>]*>\s*)?wrote:\s*$`, 'u'),
	// The Russian one: `14.12.2026, 10:14, Сергей Новиков пишет:`, `Пн, 14 дек. 2026 г. в 10:14, Сергей Новиков <s@x.ru>:`.
	new RegExp(String.raw`^.*${TIME},\s*(${NAME})\s*(?:<[^>]*>\s*)?(?:пишет|написал[а]?)?:\s*$`, 'u'),
	// Outlook's header block: `From: Sergey Novikov <s@x.ru>`, `От: Сергей Новиков`.
	new RegExp(
		String.raw`^(?:From|От|Отправитель|Von|De)\s*:\s*(${NAME})\s*(?:[<\[][^>\]]*[>\]])?\s*$`,
		'u'
	),
];

/** A message with its sender in front, the name in the first group. */
const MESSAGE = new RegExp(
	// WhatsApp: `[14.12.26, 10:14:05] Сергей Новиков: …`, `14.12.2026, 10:14 - Сергей Новиков: …`;
	// a plain log: `[10:14] Anna: …`.
	String.raw`^\[?(?:${DATE},?\s+)?${TIME}\]?\s*(?:[-–—]\s*)?(${NAME}):\s`,
	'u'
);

/** The sender a header line names, or undefined if the line is not a header. */
function headerSender(line: string): string | undefined {
	const text = line.trim();
	if (text.length > 200 || /https?:|www\./i.test(text)) return undefined;
	for (const pattern of HEADERS) {
		const name = pattern.exec(text)?.[1]?.trim();
		if (name) return shorten(name);
	}
	return undefined;
}

/**
 * Whether the text before a link is a name (`Борис:`, `Anna -`), which then names the link even
 * under another sender's header (someone passing a colleague's link on), rather than a sentence.
 */
function isColonLabel(line: string): boolean {
	return /^[^:/]{1,60}:\s*(?:https?:\/\/|www\.)/iu.test(line.trim());
}

function isNameLike(text: string): boolean {
	return new RegExp(String.raw`^${CAPITALISED_NAME}$`, 'u').test(text);
}

/** The sender a message names at its start, or undefined. */
function messageSender(line: string): string | undefined {
	const name = MESSAGE.exec(line.trim())?.[1]?.trim();
	return name ? shorten(name) : undefined;
}

function shorten(text: string): string {
	const characters = [...text];
	return characters.length > LABEL_LENGTH
		? `${characters.slice(0, LABEL_LENGTH).join('').trimEnd()}…`
		: text;
}

/** The text before the first address on a line, without Markdown and punctuation, cut to a readable length. */
function labelBefore(line: string): string {
	const text = line.length > 2000 ? line.slice(0, 2000) : line;
	const at = text.search(/(?:https?:\/\/|www\.)\S/i);
	const raw = at >= 0 ? text.slice(0, at) : '';
	// Markdown `[Anna’s result](https://…)`: the link's text is its label.
	const markdown = /\[([^\]]*)\]\($/u.exec(raw.trimEnd());
	const before = (markdown ? (markdown[1] ?? '') : raw).replace(/[\s:–—\-(<«"“„]+$/u, '').trim();
	return shorten(before);
}
