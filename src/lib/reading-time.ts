/** Time estimates: reading a lesson, from its text, and answering a self-assessment. */
import type { Locale } from '../i18n/i18n';

/**
 * Silent reading speeds for non-fiction on screen. Russian words are longer on average, so fewer
 * of them are read per minute.
 */
const WORDS_PER_MINUTE: Record<Locale, number> = { en: 230, ru: 180 };

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Counts the words of a text.
 * @example countWords('Clients hire you to think — not just to do.') → 9
 */
export function countWords(text: string): number {
	return text.match(WORD)?.length ?? 0;
}

/**
 * Strips MDX syntax (imports, component tags, expressions, link targets, markup characters) so that
 * only the words a reader reads are left.
 * @example mdxToText('<KeyIdea>\n### Why\nAsk [why](#why).\n</KeyIdea>') → '\n Why\nAsk why .\n'
 */
export function mdxToText(mdx: string): string {
	return mdx
		.replace(/^(?:import|export)\s.*$/gm, '')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/\{[^}]*\}/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/[#*_>`[\]]/g, '');
}

/** The parts of a lesson's frontmatter that a reader reads on the lesson page besides its body. */
export interface LessonReadableData {
	forTeams: unknown;
	takeaways: readonly string[];
}

/**
 * Every word a reader reads on a lesson page that comes from the lesson file: the MDX body, then every
 * string of the team section (questions, exercise, materials…) and the takeaways. One source for the
 * reading time shown on pages and for the length rule the content tests check.
 * @example lessonReadableText('Ask **why**.', { forTeams: { questions: ['Who?'] }, takeaways: ['Ask.'] }) → 'Ask why.\nWho?\nAsk.'
 */
export function lessonReadableText(body: string, data: LessonReadableData): string {
	return [mdxToText(body), ...stringsIn(data.forTeams), ...data.takeaways].join('\n');
}

/**
 * The words of an MDX body by section: those before its first `##` or `###` heading, then those of
 * each such heading and the text under it up to the next one, in page order (the order of the
 * lesson's contents). Deeper headings and lines inside code fences do not start a section.
 * @example sectionWordCounts('Intro here.\n## One\nTwo words.\n### Sub\nThree more words.') → { before: 2, sections: [3, 4] }
 */
export function sectionWordCounts(body: string): { before: number; sections: number[] } {
	const chunks: string[][] = [[]];
	let inFence = false;
	for (const line of body.split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
		if (!inFence && /^#{2,3}\s/.test(line)) chunks.push([]);
		chunks.at(-1)?.push(line);
	}
	const [before = 0, ...sections] = chunks.map((chunk) => countWords(mdxToText(chunk.join('\n'))));
	return { before, sections };
}

function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
	return [];
}

/**
 * Whole minutes to read `words` words in `lang`, at least one.
 * @example readingMinutes(900, 'en') → 4
 */
export function readingMinutes(words: number, lang: Locale): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE[lang]));
}

// Answering time is needed in the browser too (the team view's letter to a client): it lives with
// the assessment's model.
export { answeringMinutes } from '../islands/assessment/model';
