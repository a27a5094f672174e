/**
 * Finds our links in text pasted from anywhere (a chat, a mail, a spreadsheet, a Markdown
 * document): several to a line, quoted, inside Markdown or a scanner's address, or hard-wrapped
 * over lines by a mail client (also inside `> ` quoted replies). A wrapped link is rejoined only
 * when that gives more results than the pieces did: the checksum, through `accept`, decides.
 */
import {
	linksIn,
	resultCount,
	stripInvisible,
	type AcceptLink,
	type Match,
	type SiteLink,
} from './link-reader';

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
	let linesWithoutLinks = 0;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? '';
		if (line.trim() === '') continue;
		const joined = joinWrapped(lines, index, accept);
		const matches = joined?.matches ?? linksIn(line, accept);
		const lastIndex = joined?.lastIndex ?? index;
		if (matches.length === 0) {
			linesWithoutLinks++;
			continue;
		}
		for (const match of dedupe(matches)) {
			links.push({
				...match.link,
				line: index + 1,
				endLine: lastIndex + 1,
				label: labelBefore(line),
			});
		}
		index = consumeTail(lines, lastIndex);
	}
	return { links, linesWithoutLinks, isTruncated };
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

/** The text before the first address on a line, without Markdown and punctuation, cut to a readable length. */
function labelBefore(line: string): string {
	const text = line.length > 2000 ? line.slice(0, 2000) : line;
	const at = text.search(/(?:https?:\/\/|www\.)\S/i);
	const raw = at >= 0 ? text.slice(0, at) : '';
	// Markdown `[Anna’s result](https://…)`: the link's text is its label.
	const markdown = /\[([^\]]*)\]\($/u.exec(raw.trimEnd());
	const before = (markdown ? (markdown[1] ?? '') : raw).replace(/[\s:–—\-(<«"“„]+$/u, '').trim();
	const characters = [...before];
	return characters.length > LABEL_LENGTH
		? `${characters.slice(0, LABEL_LENGTH).join('').trimEnd()}…`
		: before;
}
