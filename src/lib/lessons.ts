/** Loads lessons from the content collection, paired and in series order. */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { pairLessons, parseLessonId, type LessonPair } from './lesson-pairs';
import { countWords, lessonReadableText, readingMinutes, sectionWordCounts } from './reading-time';
import { useTranslations, type Locale } from '../i18n/i18n';
import { addedSections } from './lesson-sections';
import { lessonUrl } from './urls';
import { typesetAll } from '../i18n/typography';
import { memoizeForBuild } from './build-memo';

/** A lesson entry in one language. */
export type LessonEntry = CollectionEntry<'lessons'>;

/**
 * A lesson entry with the text of its frontmatter typeset in its language (the Russian title,
 * description, source, team questions, exercise and takeaways get their no-break spaces, #12).
 * Strings without a space (ids, the language) and other values are unchanged; the body is typeset
 * when it is rendered (`src/lib/markdown-typography.ts`).
 */
export function typesetLesson(entry: LessonEntry): LessonEntry {
	const { lang } = parseLessonId(entry.id);
	return lang === 'en' ? entry : { ...entry, data: typesetAll(lang, entry.data) };
}

/** Every lesson in both languages, in series order. Fails the build if a lesson lacks its pair. */
export const getLessonPairs: () => Promise<LessonPair<LessonEntry>[]> = memoizeForBuild(async () =>
	pairLessons((await getCollection('lessons')).map(typesetLesson))
);

/** One lesson in one language, or undefined if there is none. */
export async function getLesson(lang: Locale, slug: string): Promise<LessonEntry | undefined> {
	const entry = await getEntry('lessons', `${lang}/${slug}`);
	return entry && typesetLesson(entry);
}

/** The lessons in one language, in series order. */
export async function getLessons(lang: Locale): Promise<LessonEntry[]> {
	return (await getLessonPairs()).map((pair) => pair[lang]);
}

/** The slug of a lesson entry (`en/marriage-or-mess` → `marriage-or-mess`). */
export function lessonSlug(entry: LessonEntry): string {
	return entry.id.slice(entry.id.indexOf('/') + 1);
}

/** All the words a reader reads in a lesson: its body, team section (materials and output included) and takeaways. */
export function lessonText(entry: LessonEntry): string {
	return lessonReadableText(entry.body ?? '', entry.data);
}

/** Minutes needed to read a lesson (counted once per build: the lesson page, home and guide ask). */
export const lessonReadingMinutes: (entry: LessonEntry, lang: Locale) => number = memoizeForBuild(
	(entry, lang) => readingMinutes(countWords(lessonText(entry)), lang),
	(entry, lang) => `${lang}/${entry.id}`
);

/**
 * Minutes left to read a lesson from the start of each section of its contents: its `##` and
 * `###` sections, then the three the page adds (self-assessment, for teams, takeaways; the
 * assessment's own answering time is not reading). For "Continue … 3 min left" (#24).
 */
export const minutesLeftBySection: (entry: LessonEntry, lang: Locale) => number[] = memoizeForBuild(
	(entry, lang) => {
		const { sections } = sectionWordCounts(entry.body ?? '');
		const takeaways = countWords(entry.data.takeaways.join('\n'));
		const forTeams = countWords(
			lessonReadableText('', { forTeams: entry.data.forTeams, takeaways: [] })
		);
		let after = forTeams + takeaways;
		const body = sections
			.toReversed()
			.map((words) => (after += words))
			.toReversed();
		return [...body, forTeams + takeaways, forTeams + takeaways, takeaways].map((words) =>
			readingMinutes(words, lang)
		);
	},
	(entry, lang) => `${lang}/${entry.id}`
);

/** A section of a lesson's contents. */
export interface ContentsEntry {
	/** 2 or 3. */
	depth: number;
	/** The heading's id. */
	slug: string;
	text: string;
	/** Minutes left to read from the section's start; undefined if the body's headings were not all found. */
	minutes: number | undefined;
}

/**
 * A lesson's contents: its `##` and `###` headings, then the sections the page adds, each with
 * the minutes left to read from its start (#24).
 */
export const lessonContents: (entry: LessonEntry, lang: Locale) => Promise<ContentsEntry[]> =
	memoizeForBuild(
		async (entry, lang) => {
			const { headings } = await render(entry);
			const own = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
			const added = Object.values(addedSections(useTranslations(lang))).map((section) => ({
				depth: 2,
				slug: section.id,
				text: section.text,
			}));
			const minutes = minutesLeftBySection(entry, lang);
			const isCounted = minutes.length === own.length + added.length;
			return [...own, ...added].map(({ depth, slug, text }, index) => ({
				depth,
				slug,
				text,
				minutes: isCounted ? minutes[index] : undefined,
			}));
		},
		(entry, lang) => `${lang}/${entry.id}`
	);

/**
 * What "Continue" needs of a lesson, for the page's `data-lessons`: its number, address, and per
 * section the id, title and minutes left; undefined when the minutes are not known (#24).
 */
export async function continueLesson(
	entry: LessonEntry,
	lang: Locale,
	number: number
): Promise<{ number: number; href: string; sections: [string, string, number][] } | undefined> {
	const sections: [string, string, number][] = [];
	for (const { slug, text, minutes } of await lessonContents(entry, lang)) {
		if (minutes === undefined) return undefined;
		sections.push([slug, text, minutes]);
	}
	return { number, href: lessonUrl(lang, lessonSlug(entry)), sections };
}
