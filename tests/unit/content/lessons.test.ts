/** Every lesson has the shape DESIGN.md promises, in both languages, at the length the series needs (#2, #3). */
import { describe, expect, test } from 'vitest';
import { countWords, lessonReadableText } from '../../../src/lib/reading-time';
import { addedSections } from '../../../src/lib/lesson-sections';
import { createHeadingSlugger } from '../../../src/lib/slug';
import { useTranslations } from '../../../src/i18n/i18n';
import {
	collectStrings,
	readAssessmentFiles,
	readLessonFiles,
	type LessonFile,
} from '../../../scripts/lib/content-files';

const lessons = readLessonFiles();
const byLang = (lang: 'en' | 'ru') => lessons.filter((lesson) => lesson.lang === lang);

/** The words a reader reads in a lesson, counted as the site counts them for reading time. */
function lessonWords(lesson: LessonFile): number {
	const { forTeams, takeaways } = lesson.frontmatter;
	return countWords(
		lessonReadableText(lesson.body, {
			forTeams,
			takeaways: (takeaways as string[] | undefined) ?? [],
		})
	);
}

/** Heading ids of a lesson page: its MDX headings plus the sections the page adds, by the site's own slug rule. */
function headingIds(lesson: LessonFile): Set<string> {
	const slug = createHeadingSlugger();
	const ids = [...lesson.body.matchAll(/^#{2,3}\s+(.+)$/gm)].map((match) => slug(match[1] ?? ''));
	for (const section of Object.values(addedSections(useTranslations(lesson.lang)))) {
		ids.push(section.id);
	}
	return new Set(ids);
}

describe('the series', () => {
	test('every lesson exists in both languages', () => {
		const slugs = (lang: 'en' | 'ru') =>
			byLang(lang)
				.map((lesson) => lesson.slug)
				.sort();
		expect(slugs('en').length).toBeGreaterThan(0);
		expect(slugs('ru')).toEqual(slugs('en'));
	});

	test('orders are 1…N with no gap', () => {
		const orders = byLang('en')
			.map((lesson) => Number(lesson.frontmatter['order']))
			.sort((a, b) => a - b);
		expect(orders).toEqual(byLang('en').map((_, index) => index + 1));
	});
});

describe.each(lessons.map((lesson) => [lesson.path, lesson] as const))('%s', (_, lesson) => {
	test('has the structure of a lesson: key ideas, steps, counterpoints', () => {
		expect(lesson.body).toMatch(/<KeyIdea>/);
		expect(lesson.body).toMatch(/<Steps>/);
		expect(lesson.body).toMatch(/<Counterpoint[\s>]/);
	});

	test('opens with a scenario section before the key ideas', () => {
		const firstHeading = lesson.body.indexOf('## ');
		const firstIdea = lesson.body.indexOf('<KeyIdea>');
		expect(firstHeading).toBeGreaterThanOrEqual(0);
		expect(firstHeading).toBeLessThan(firstIdea);
	});

	test('is the right length', () => {
		const words = lessonWords(lesson);
		if (lesson.lang === 'en') {
			expect(words).toBeGreaterThanOrEqual(700);
			expect(words).toBeLessThanOrEqual(1200);
		} else {
			expect(words).toBeGreaterThanOrEqual(600);
			expect(words).toBeLessThanOrEqual(1300);
		}
	});
});

describe.each(readAssessmentFiles().map((file) => [file.path, file] as const))('%s', (_, file) => {
	const lesson = (lang: 'en' | 'ru') =>
		lessons.find(
			(candidate) => candidate.lang === lang && candidate.frontmatter['assessment'] === file.id
		);

	test('links only to sections that exist in its lesson', () => {
		const missing: string[] = [];
		for (const lang of ['en', 'ru'] as const) {
			const target = lesson(lang);
			if (!target) {
				missing.push(`no ${lang} lesson names the assessment "${file.id}"`);
				continue;
			}
			const ids = headingIds(target);
			for (const { path, text } of collectStrings(file.data)) {
				if (path.endsWith(`section.${lang}`) && !ids.has(text)) missing.push(`${path}: #${text}`);
			}
		}
		expect(missing).toEqual([]);
	});
});
