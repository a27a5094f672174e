/** Loads lessons from the content collection, paired and in series order. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { pairLessons, parseLessonId, type LessonPair } from './lesson-pairs';
import { countWords, lessonReadableText, readingMinutes } from './reading-time';
import type { Locale } from '../i18n/i18n';
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
