/**
 * Finds assessment share links in text pasted from anywhere (a chat, an email, a spreadsheet):
 * links may sit inside sentences, several to a line, in either language's URL, under any base path.
 * Each line that holds no usable link is reported with its number and why; usable links are kept.
 */
import { MAX_CODE_LENGTH } from '../assessment/share-code';

/** A share link found in the text. */
export interface FoundLink {
	/** 1-based line number. */
	line: number;
	/** The assessment id from the link's path. */
	assessmentId: string;
	/** The share code from the link's fragment, not yet decoded. */
	code: string;
}

/** Why a line gave no link. */
export type LineProblem = 'no-link' | 'unknown-assessment';

/** A line that gave no usable link. */
export interface ProblemLine {
	line: number;
	problem: LineProblem;
	/** The start of the line, for the message (cut to a readable length). */
	excerpt: string;
}

/** What was found in a pasted text. */
export interface Extraction {
	links: FoundLink[];
	problems: ProblemLine[];
	/** The text was longer than `MAX_TEXT_LENGTH`: only the start was read. */
	isTruncated: boolean;
}

/** Longest text read at once; a real paste of even a hundred links is far shorter. */
export const MAX_TEXT_LENGTH = 200_000;

const EXCERPT_LENGTH = 60;

// …/en/assessments/<id>/#r=<code>, with any scheme, host and base path in front. The code's
// alphabet is [0-9A-Za-z._-]; it never ends in '.', '-' or '_', which lets a full stop or dash
// after a link in a sentence be told apart from the link.
const SHARE_LINK = /\/(?:en|ru)\/assessments\/([a-z0-9-]{1,60})\/?#r=([0-9A-Za-z._-]+)/g;

/**
 * Finds share links line by line. Lines with only white space are skipped silently.
 * @example extractShareLinks('Anna: https://x.org/ru/assessments/client-level/#r=1.1.42..k3.\nthanks!', ['client-level'])
 *   → { links: [{ line: 1, assessmentId: 'client-level', code: '1.1.42..k3' }], problems: [{ line: 2, problem: 'no-link', excerpt: 'thanks!' }], isTruncated: false }
 */
export function extractShareLinks(text: string, knownAssessments: readonly string[]): Extraction {
	const isTruncated = text.length > MAX_TEXT_LENGTH;
	const lines = (isTruncated ? text.slice(0, MAX_TEXT_LENGTH) : text).split(/\r\n|\r|\n/);
	const links: FoundLink[] = [];
	const problems: ProblemLine[] = [];
	lines.forEach((content, index) => {
		const line = index + 1;
		if (content.trim() === '') return;
		const matches = [...content.matchAll(SHARE_LINK)];
		if (matches.length === 0) {
			problems.push({ line, problem: 'no-link', excerpt: excerptOf(content) });
			return;
		}
		for (const match of matches) {
			const assessmentId = match[1] ?? '';
			const code = (match[2] ?? '').replace(/[._-]+$/, '').slice(0, MAX_CODE_LENGTH + 1);
			if (!knownAssessments.includes(assessmentId)) {
				problems.push({ line, problem: 'unknown-assessment', excerpt: excerptOf(content) });
				continue;
			}
			links.push({ line, assessmentId, code });
		}
	});
	return { links, problems, isTruncated };
}

function excerptOf(line: string): string {
	const trimmed = line.trim();
	const characters = [...trimmed];
	return characters.length > EXCERPT_LENGTH
		? `${characters.slice(0, EXCERPT_LENGTH).join('')}…`
		: trimmed;
}
