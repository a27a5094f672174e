/**
 * Groups lesson entries by slug and checks that every lesson exists in both languages and that the
 * two versions agree on where they sit in the series. Pure, so unit tests can feed it any entries.
 */
import { LOCALES, isLocale, type Locale } from '../i18n/i18n';

/** The parts of a lesson entry the pairing needs. */
export interface LessonEntryLike {
	/** `<lang>/<slug>`, as the glob loader makes it. */
	id: string;
	/** The source file, for error messages. */
	filePath?: string | undefined;
	data: { order: number; assessment: { id: string } };
}

/** One lesson in both languages. */
export type LessonPair<T extends LessonEntryLike> = { slug: string } & Record<Locale, T>;

/**
 * Splits a lesson entry id into its language and slug.
 * @example parseLessonId('ru/marriage-or-mess') → { lang: 'ru', slug: 'marriage-or-mess' }
 */
export function parseLessonId(id: string): { lang: Locale; slug: string } {
	const [lang, ...rest] = id.split('/');
	const slug = rest.join('/');
	if (!isLocale(lang) || !slug) {
		throw new Error(`Lesson "${id}" is not in content/lessons/en/ or content/lessons/ru/`);
	}
	return { lang, slug };
}

/**
 * Pairs lessons by slug, sorted by `order`. Throws one error listing every problem: a file without
 * its partner in the other language, or two versions that disagree on `order` or `assessment`.
 * @example pairLessons([en/a, ru/a]) → [{ slug: 'a', en: en/a, ru: ru/a }]
 */
export function pairLessons<T extends LessonEntryLike>(entries: readonly T[]): LessonPair<T>[] {
	const bySlug = new Map<string, Partial<Record<Locale, T>>>();
	const problems: string[] = [];
	for (const entry of entries) {
		const { lang, slug } = parseLessonId(entry.id);
		const pair = bySlug.get(slug) ?? {};
		pair[lang] = entry;
		bySlug.set(slug, pair);
	}
	const pairs: LessonPair<T>[] = [];
	for (const [slug, pair] of bySlug) {
		const missing = LOCALES.filter((lang) => !pair[lang]);
		if (missing.length > 0) {
			for (const lang of missing) {
				const present = LOCALES.find((l) => pair[l]);
				const file = present
					? (pair[present]?.filePath ?? `content/lessons/${present}/${slug}.mdx`)
					: slug;
				problems.push(`${file} has no ${lang} version: add content/lessons/${lang}/${slug}.mdx`);
			}
			continue;
		}
		const { en, ru } = pair as Record<Locale, T>;
		const fields = {
			order: [en.data.order, ru.data.order],
			assessment: [en.data.assessment.id, ru.data.assessment.id],
		};
		for (const [field, [english, russian]] of Object.entries(fields)) {
			if (english !== russian) {
				problems.push(
					`${ru.filePath ?? `content/lessons/ru/${slug}.mdx`}: ${field} is ${String(russian)}, but the English version says ${String(english)}`
				);
			}
		}
		pairs.push({ slug, en, ru });
	}
	pairs.sort((a, b) => a.en.data.order - b.en.data.order);
	for (let i = 1; i < pairs.length; i++) {
		const [previous, current] = [pairs[i - 1], pairs[i]];
		if (previous && current && previous.en.data.order === current.en.data.order) {
			problems.push(
				`lessons "${previous.slug}" and "${current.slug}" both have order ${current.en.data.order}`
			);
		}
	}
	if (problems.length > 0) {
		throw new Error(`Lessons are not paired correctly:\n- ${problems.join('\n- ')}`);
	}
	return pairs;
}
