/** Every lesson has the shape DESIGN.md promises, in both languages, at the length the series needs (#2, #3). */
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { countWords, mdxToText } from '../../../src/lib/reading-time';
import { LESSON_SLUGS } from '../../../src/schemas/ids';
import {
	collectStrings,
	readAssessmentFiles,
	readLessonFiles,
	type LessonFile,
} from '../support/content-files';
import en from '../../../src/i18n/en.json';
import ru from '../../../src/i18n/ru.json';

const lessons = readLessonFiles();
const byLang = (lang: 'en' | 'ru') => lessons.filter((lesson) => lesson.lang === lang);

/** The words a reader reads in a lesson: body and the frontmatter's team section and takeaways. */
function lessonWords(lesson: LessonFile): number {
	const { forTeams, takeaways } = lesson.frontmatter;
	const extra = [...collectStrings(forTeams), ...collectStrings(takeaways)]
		.map((s) => s.text)
		.join('\n');
	return countWords(`${mdxToText(lesson.body)}\n${extra}`);
}

/** Heading ids of a lesson page: its MDX headings plus the sections the page adds. */
function headingIds(lesson: LessonFile): Set<string> {
	const slugger = new GithubSlugger();
	const strings = lesson.lang === 'en' ? en : ru;
	const ids = [...lesson.body.matchAll(/^#{2,3}\s+(.+)$/gm)].map((match) =>
		slugger.slug(match[1] ?? '')
	);
	for (const key of [
		'lesson.assessmentHeading',
		'lesson.forTeamsHeading',
		'lesson.takeawaysHeading',
	] as const) {
		ids.push(new GithubSlugger().slug(strings[key]));
	}
	return new Set(ids);
}

describe('the series', () => {
	test('every lesson exists in both languages', () => {
		for (const lang of ['en', 'ru'] as const) {
			expect(
				byLang(lang)
					.map((lesson) => lesson.slug)
					.sort()
			).toEqual([...LESSON_SLUGS].sort());
		}
	});

	test('orders are 1…N with no gap', () => {
		const orders = byLang('en')
			.map((lesson) => lesson.frontmatter['order'])
			.sort();
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
		lessons.find((candidate) => candidate.lang === lang && candidate.slug === file.data['lesson']);

	test('links only to sections that exist in its lesson', () => {
		const missing: string[] = [];
		for (const lang of ['en', 'ru'] as const) {
			const target = lesson(lang);
			if (!target) {
				missing.push(`no ${lang} lesson "${String(file.data['lesson'])}"`);
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
