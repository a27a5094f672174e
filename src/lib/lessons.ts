/** Loads lessons from the content collection, paired and in series order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pairLessons, type LessonPair } from './lesson-pairs';
import { countWords, lessonReadableText, readingMinutes } from './reading-time';
import type { Locale } from '../i18n/i18n';

/** A lesson entry in one language. */
export type LessonEntry = CollectionEntry<'lessons'>;

/** Every lesson in both languages, in series order. Fails the build if a lesson lacks its pair. */
export async function getLessonPairs(): Promise<LessonPair<LessonEntry>[]> {
	return pairLessons(await getCollection('lessons'));
}

/** The lessons in one language, in series order. */
export async function getLessons(lang: Locale): Promise<LessonEntry[]> {
	return (await getLessonPairs()).map((pair) => pair[lang]);
}

/** The slug of a lesson entry (`en/marriage-or-mess` → `marriage-or-mess`). */
export function lessonSlug(entry: LessonEntry): string {
	return entry.id.slice(entry.id.indexOf('/') + 1);
}

/** All the words a reader reads in a lesson: its body, team section and takeaways. */
export function lessonText(entry: LessonEntry): string {
	return lessonReadableText(entry.body ?? '', entry.data);
}

/** Minutes needed to read a lesson. */
export function lessonReadingMinutes(entry: LessonEntry, lang: Locale): number {
	return readingMinutes(countWords(lessonText(entry)), lang);
}
