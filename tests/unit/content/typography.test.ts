/**
 * House typography for every lesson and assessment (#3): Russian uses « » quotation marks,
 * English uses curly quotes and apostrophes, nobody types two spaces in a row. Russian no-break
 * spaces are set by the build, not typed (#12): `tests/unit/i18n/typography.test.ts` checks the
 * typographer, and `tests/search/russian-typography.test.ts` the built Russian pages.
 */
import { describe, expect, test } from 'vitest';
import {
	collectStrings,
	proseOf,
	readAssessmentFiles,
	readLessonFiles,
} from '../../../scripts/lib/content-files';

/** Lines of prose in one language, with where they come from. */
interface ProseLine {
	where: string;
	text: string;
}

function lessonProse(lang: 'en' | 'ru'): ProseLine[] {
	return readLessonFiles()
		.filter((file) => file.lang === lang)
		.flatMap((file) => [
			...collectStrings(file.frontmatter).map(({ path, text }) => ({
				where: `${file.path} (${path})`,
				text,
			})),
			...proseOf(file.body)
				.split('\n')
				.map((text, index) => ({ where: `${file.path}, body line ${index + 1}`, text })),
		]);
}

function assessmentProse(lang: 'en' | 'ru'): ProseLine[] {
	return readAssessmentFiles().flatMap((file) =>
		collectStrings(file.data)
			.filter(({ path }) => path.endsWith(`.${lang}`))
			.map(({ path, text }) => ({ where: `${file.path} (${path})`, text }))
	);
}

function offending(lines: ProseLine[], pattern: RegExp): string[] {
	return lines
		.filter((line) => pattern.test(line.text))
		.map((line) => `${line.where}: ${line.text.trim()}`);
}

describe('Russian prose', () => {
	const prose = [...lessonProse('ru'), ...assessmentProse('ru')];

	test('has text to check', () => {
		expect(prose.length).toBeGreaterThan(0);
	});

	test('uses « » (and „ “ inside them) instead of straight or English double quotes', () => {
		const withoutNestedQuotes = prose.map((line) => ({
			...line,
			text: line.text.replace(/„[^„“]*“/g, ''),
		}));
		expect(offending(withoutNestedQuotes, /["“”]/)).toEqual([]);
	});

	test('has no doubled spaces', () => {
		expect(offending(prose, /\S {2,}\S/)).toEqual([]);
	});

	test('has no hand-typed no-break spaces: the build adds them (src/i18n/typography.ts, #12)', () => {
		expect(offending(prose, /[\u00A0\u202F]|&nbsp;|&#160;/)).toEqual([]);
	});
});

describe('English prose', () => {
	const prose = [...lessonProse('en'), ...assessmentProse('en')];

	test('uses curly quotes and apostrophes', () => {
		expect(offending(prose, /["']/)).toEqual([]);
	});

	test('does not use Russian quotation marks', () => {
		expect(offending(prose, /[«»]/)).toEqual([]);
	});

	test('has no doubled spaces', () => {
		expect(offending(prose, /\S {2,}\S/)).toEqual([]);
	});
});

describe('for-teams sections', () => {
	test.each(readLessonFiles().map((file) => [file.path, file] as const))(
		'%s has at least three questions',
		(_, file) => {
			const forTeams = file.frontmatter['forTeams'] as { questions?: unknown[] } | undefined;
			expect(forTeams?.questions?.length ?? 0).toBeGreaterThanOrEqual(3);
		}
	);
});
