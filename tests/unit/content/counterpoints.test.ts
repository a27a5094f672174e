/**
 * One objection, one lesson (#12): a reader's objection from a seed's comment thread is told in
 * exactly one lesson, attributed, in both languages. Each `<Counterpoint from="seed-003/…">` names
 * the comment it comes from; a counterpoint that is the editors' own has no `from`.
 */
import { describe, expect, test } from 'vitest';
import { readLessonFiles, type LessonFile } from '../../../scripts/lib/content-files';

/** `seed-<three digits>/<kebab-case reader or comment>`, e.g. `seed-000/comment-2`. */
const FROM_FORMAT = /^seed-\d{3}\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Lesson = Pick<LessonFile, 'path' | 'lang' | 'slug' | 'body'>;

/** Every `from` value of a lesson's `<Counterpoint>` tags, in order, and tags whose `from` is not a plain string. */
function counterpointSources(body: string): { sources: string[]; unreadable: string[] } {
	const sources: string[] = [];
	const unreadable: string[] = [];
	for (const [tag] of body.matchAll(/<Counterpoint\b[^>]*>/g)) {
		if (!/\bfrom\s*=/.test(tag)) continue;
		const value = /\bfrom\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag);
		const source = value?.[1] ?? value?.[2];
		if (source === undefined) unreadable.push(tag);
		else sources.push(source);
	}
	return { sources, unreadable };
}

/** Problems with the `from` values of a set of lessons, one message each. */
function counterpointProblems(lessons: readonly Lesson[]): string[] {
	const problems: string[] = [];
	const lessonsBySource = new Map<string, string[]>();
	const sourcesBySlug = new Map<string, Partial<Record<'en' | 'ru', string[]>>>();
	for (const lesson of lessons) {
		const { sources, unreadable } = counterpointSources(lesson.body);
		for (const tag of unreadable) {
			problems.push(`${lesson.path}: write from as a quoted string: ${tag}`);
		}
		for (const source of sources) {
			if (!FROM_FORMAT.test(source)) {
				problems.push(
					`${lesson.path}: from="${source}" is not seed-<number>/<reader>, e.g. seed-003/timur-kuzmin`
				);
			}
			const key = `${lesson.lang} ${source}`;
			lessonsBySource.set(key, [...(lessonsBySource.get(key) ?? []), lesson.path]);
		}
		const pair = sourcesBySlug.get(lesson.slug) ?? {};
		pair[lesson.lang] = [...new Set(sources)].sort();
		sourcesBySlug.set(lesson.slug, pair);
	}
	for (const [key, paths] of lessonsBySource) {
		if (paths.length > 1) {
			const source = key.slice(key.indexOf(' ') + 1);
			problems.push(`from="${source}" appears ${paths.length} times: ${paths.join(', ')}`);
		}
	}
	for (const [slug, { en = [], ru = [] }] of sourcesBySlug) {
		if (en.join() !== ru.join()) {
			problems.push(
				`${slug}: the English counterpoints come from [${en.join(', ')}], the Russian from [${ru.join(', ')}]`
			);
		}
	}
	return problems;
}

describe('counterpoint sources in the lessons', () => {
	test('each objection is in one lesson, once, in both of its languages', () => {
		expect(counterpointProblems(readLessonFiles())).toEqual([]);
	});
});

describe('counterpointProblems()', () => {
	const lesson = (lang: 'en' | 'ru', slug: string, ...froms: (string | null)[]): Lesson => ({
		path: `content/lessons/${lang}/${slug}.mdx`,
		lang,
		slug,
		body: froms
			.map((from) => (from === null ? '<Counterpoint>' : `<Counterpoint from="${from}">`))
			.join('\n\n### A limit\n\nText.\n\n</Counterpoint>\n\n'),
	});

	test('accepts objections spread over lessons, and the editors’ own counterpoints', () => {
		expect(
			counterpointProblems([
				lesson('en', 'a', 'seed-003/pavel-piteev', null),
				lesson('ru', 'a', null, 'seed-003/pavel-piteev'),
				lesson('en', 'b', 'seed-003/timur-kuzmin'),
				lesson('ru', 'b', 'seed-003/timur-kuzmin'),
			])
		).toEqual([]);
	});

	test('names an objection told in two lessons of one language', () => {
		expect(
			counterpointProblems([
				lesson('en', 'a', 'seed-003/timur-kuzmin'),
				lesson('en', 'b', 'seed-003/timur-kuzmin'),
			])
		).toContain(
			'from="seed-003/timur-kuzmin" appears 2 times: content/lessons/en/a.mdx, content/lessons/en/b.mdx'
		);
	});

	test('names a lesson whose English and Russian versions cite different objections', () => {
		expect(
			counterpointProblems([
				lesson('en', 'a', 'seed-003/pavel-piteev', 'seed-003/sergey-zdorov'),
				lesson('ru', 'a', 'seed-003/pavel-piteev'),
			])
		).toEqual([
			'a: the English counterpoints come from [seed-003/pavel-piteev, seed-003/sergey-zdorov], the Russian from [seed-003/pavel-piteev]',
		]);
	});

	test('names a from value that is not a seed comment, or not a quoted string', () => {
		expect(
			counterpointProblems([
				{
					...lesson('en', 'a', 'Timur'),
					body: '<Counterpoint from="Timur">\n<Counterpoint from={x}>',
				},
			])
		).toEqual([
			'content/lessons/en/a.mdx: write from as a quoted string: <Counterpoint from={x}>',
			'content/lessons/en/a.mdx: from="Timur" is not seed-<number>/<reader>, e.g. seed-003/timur-kuzmin',
			'a: the English counterpoints come from [Timur], the Russian from []',
		]);
	});
});
