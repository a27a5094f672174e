/**
 * Search quality (#6): what readers' queries find in the built index (`dist/pagefind`, so run
 * `npm run build` first; `npm test` does). Queries go through the same code as in the browser
 * (`findResults`: the `й` rewrite and the fallback filter) and Pagefind's own `pagefind.js`.
 *
 * This table is how a Pagefind upgrade is judged: upgrade, build, run `npm run test:search`. Each
 * row names the lessons a query must find, and only those: other pages (the facilitator guide)
 * may appear too, but another lesson may not. Expected lessons come from the lesson texts in
 * `content/lessons/`, not from what Pagefind happened to return.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json';
import ru from '../../src/i18n/ru.json';
import {
	findResults,
	type PagefindApi,
	type SearchOutcome,
} from '../../src/client/search/search-results';
import { loadPagefindInNode } from './support/pagefind-node';

const BUNDLE = join(import.meta.dirname, '..', '..', 'dist', 'pagefind');

/** The five lessons, by slug. */
const CUSTOMERS = 'customers-and-clients';
const PARTNERS = 'partners-not-customers';
const MARRIAGE = 'marriage-or-mess';
const LEVELS = 'clients-at-different-levels';
const SERIOUSLY = 'taking-clients-too-seriously';
const ALL = [CUSTOMERS, PARTNERS, MARRIAGE, LEVELS, SERIOUSLY];

interface Row {
	/** What the reader types. */
	query: string;
	/** Every lesson it must find, and no other lesson. */
	lessons: string[];
	/** The lesson it must rank first, where one is clearly the answer. */
	first?: string;
	/** What the row checks, for the test name. */
	kind: string;
}

const TABLE: Record<'en' | 'ru', Row[]> = {
	en: [
		{ kind: 'plural', query: 'metrics', lessons: [PARTNERS], first: PARTNERS },
		{ kind: 'singular', query: 'metric', lessons: [PARTNERS] },
		{ kind: 'mixed case', query: 'MeTrIcS', lessons: [PARTNERS] },
		{ kind: 'inflected', query: 'founders', lessons: [LEVELS, MARRIAGE] },
		{ kind: 'dictionary form', query: 'founder', lessons: [LEVELS, MARRIAGE] },
		{ kind: 'derived form', query: 'escalation', lessons: [LEVELS] },
		{ kind: 'verb', query: 'escalate', lessons: [LEVELS] },
		{ kind: 'word in every lesson', query: 'clients', lessons: ALL },
		{ kind: 'topic', query: 'partnership', lessons: [MARRIAGE, PARTNERS] },
		{ kind: 'topic', query: 'marriage', lessons: [MARRIAGE, SERIOUSLY], first: MARRIAGE },
		{ kind: 'hyphenated', query: 'kick-off', lessons: [MARRIAGE, PARTNERS] },
		{ kind: 'hyphen left out', query: 'kickoff', lessons: [MARRIAGE, PARTNERS] },
		{ kind: 'two words', query: 'success metrics', lessons: [PARTNERS] },
		{ kind: 'two words', query: 'renewal discount', lessons: [PARTNERS] },
		{ kind: 'nonsense', query: 'qzxv', lessons: [] },
		{ kind: 'nonsense Pagefind matches through “a”', query: 'asdfgh', lessons: [] },
		{ kind: 'Russian word on the English index', query: 'клиент', lessons: [] },
	],
	ru: [
		{ kind: 'dictionary form', query: 'клиент', lessons: ALL },
		{ kind: 'inflected form', query: 'клиентами', lessons: ALL },
		{ kind: 'upper case', query: 'КЛИЕНТАМИ', lessons: ALL },
		{ kind: 'ё', query: 'партнёрство', lessons: [MARRIAGE, PARTNERS], first: PARTNERS },
		{
			kind: 'ё typed as е',
			query: 'партнерство',
			lessons: [MARRIAGE, PARTNERS],
			first: PARTNERS,
		},
		{ kind: 'ё', query: 'договорённость', lessons: [LEVELS, PARTNERS] },
		{ kind: 'ё typed as е', query: 'договоренность', lessons: [LEVELS, PARTNERS] },
		{ kind: 'й, adjective in -ый', query: 'реальный', lessons: [PARTNERS, SERIOUSLY] },
		{
			kind: 'й, found by its other forms',
			query: 'реальным',
			lessons: [PARTNERS, SERIOUSLY],
		},
		{
			kind: 'й, adjective in -ый',
			query: 'исходный',
			lessons: [PARTNERS, SERIOUSLY],
		},
		{
			kind: 'й, feminine in -ой',
			query: 'исходной',
			lessons: [PARTNERS, SERIOUSLY],
		},
		{ kind: 'й, adjective in -ый', query: 'ответственный', lessons: [MARRIAGE, PARTNERS] },
		{ kind: 'й, adjective in -ый', query: 'совместный', lessons: [LEVELS] },
		{ kind: 'й, adjective in -ый', query: 'крупный', lessons: [CUSTOMERS, LEVELS] },
		{ kind: 'й, adjective in -ый', query: 'главный', lessons: ALL },
		{ kind: 'й, adjective in -ый', query: 'новый', lessons: ALL },
		{ kind: 'й, feminine in -ой', query: 'новой', lessons: ALL },
		{
			kind: 'й, adjective in -ий',
			query: 'последний',
			lessons: ALL,
		},
		{ kind: 'й, mixed case', query: 'Крупный', lessons: [CUSTOMERS, LEVELS] },
		{ kind: 'two words', query: 'метрики успеха', lessons: [PARTNERS] },
		{ kind: 'two words with й', query: 'новый клиент', lessons: ALL },
		{ kind: 'word in no lesson (Pagefind matches it through “к”)', query: 'ключевой', lessons: [] },
		{ kind: 'nonsense', query: 'щзхъ', lessons: [] },
		{ kind: 'English word on the Russian index', query: 'metrics', lessons: [] },
	],
};

/** Lesson slugs among a search's results, in rank order. */
function lessonsIn(outcome: SearchOutcome): string[] {
	return outcome.results.flatMap((result) => /\/lessons\/([^/]+)\//u.exec(result.url)?.[1] ?? []);
}

describe.each(['en', 'ru'] as const)('search in %s', (lang) => {
	let pagefind: PagefindApi;

	beforeAll(async () => {
		if (!existsSync(join(BUNDLE, 'pagefind-entry.json'))) {
			throw new Error(`No search index in ${BUNDLE}: run \`npm run build\` first.`);
		}
		pagefind = await loadPagefindInNode(BUNDLE, lang);
	});

	test.each(TABLE[lang].map((row) => [row.kind, row.query, row] as const))(
		'%s: “%s”',
		async (_, query, row) => {
			const outcome = await findResults(pagefind, query);
			const found = lessonsIn(outcome);
			expect([...found].sort(), `lessons found for “${query}”`).toEqual([...row.lessons].sort());
			if (row.first) expect(found[0], `first lesson for “${query}”`).toBe(row.first);
			if (row.lessons.length === 0) expect(outcome.total, `results for “${query}”`).toBe(0);
		}
	);

	test('results link to pages of this language only', async () => {
		const outcome = await findResults(pagefind, lang === 'en' ? 'client' : 'клиент');
		expect(outcome.results.length).toBeGreaterThan(0);
		for (const result of outcome.results) {
			expect(result.url.startsWith(`/${lang}/`), result.url).toBe(true);
			for (const section of result.sections)
				expect(section.url).toMatch(new RegExp(`^/${lang}/.+#\\S+$`, 'u'));
		}
	});

	test('results are titled by the lesson’s heading and carry a highlighted excerpt', async () => {
		const outcome = await findResults(pagefind, lang === 'en' ? 'metrics' : 'метрики');
		const [result] = outcome.results;
		expect(result?.title).toMatch(
			// Russian titles bind short words with no-break spaces (#12).
			lang === 'en' ? /^Partners, not servants/u : /^Партнёр, а\sне\sобслуга/u
		);
		expect(result?.excerpt.some((segment) => segment.isMatch)).toBe(true);
		expect(result?.sections.length).toBeGreaterThan(0);
	});

	test('navigation, page chrome and the assessment stay out of the index', async () => {
		const strings: Record<string, string> = lang === 'en' ? en : ru;
		const chrome = [
			'assessment.scale1',
			'assessment.submit',
			'lesson.next',
			'lesson.toc',
			'lesson.readingTime_other',
		].map((key) => (strings[key] ?? '').replace('{{count}}', '').trim());
		for (const phrase of chrome) {
			const outcome = await findResults(pagefind, `"${phrase}"`);
			expect(lessonsIn(outcome), `“${phrase}”`).toEqual([]);
		}
	});
});
