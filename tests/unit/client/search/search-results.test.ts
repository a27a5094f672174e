/** Shaping Pagefind's answers for display, with a stand-in for Pagefind (#6). */
import { describe, expect, test } from 'vitest';
import {
	BATCH_SIZE,
	MAX_SECTIONS,
	findResults,
	toView,
	type PagefindApi,
	type PagefindFragment,
} from '../../../../src/client/search/search-results';

const fragment = (
	url: string,
	content: string,
	locations: number[],
	extra: Partial<PagefindFragment> = {}
): PagefindFragment => ({
	url,
	content,
	excerpt: content,
	locations,
	meta: { title: `Title of ${url}` },
	sub_results: [],
	...extra,
});

/** A Pagefind stand-in that returns the given pages for any query and records what it was asked. */
function fakePagefind(pages: PagefindFragment[]) {
	const asked: string[] = [];
	const loaded: string[] = [];
	const api: PagefindApi = {
		search: (term) => {
			asked.push(term);
			return Promise.resolve({
				results: pages.map((page, index) => ({
					id: String(index),
					score: 1,
					data: () => {
						loaded.push(page.url);
						return Promise.resolve(page);
					},
				})),
			});
		},
	};
	return { api, asked, loaded };
}

describe('findResults()', () => {
	test('asks Pagefind the rewritten query and shows the pages', async () => {
		const { api, asked } = fakePagefind([fragment('/ru/lessons/a/', 'Новая задача', [0])]);
		const outcome = await findResults(api, ' Новый ');
		expect(asked).toEqual(['новые']);
		expect(outcome.total).toBe(1);
		expect(outcome.results[0]?.title).toBe('Title of /ru/lessons/a/');
	});

	test('drops pages matched only through a short word and counts the rest', async () => {
		const { api } = fakePagefind([
			fragment('/ru/a/', 'к клиенту', [0]),
			fragment('/ru/b/', 'ключевые идеи', [0]),
		]);
		const outcome = await findResults(api, 'ключевой');
		expect(outcome.results.map((result) => result.url)).toEqual(['/ru/b/']);
		expect(outcome.total).toBe(1);
	});

	test('asks nothing for an empty query', async () => {
		const { api, asked } = fakePagefind([]);
		expect(await findResults(api, '  ')).toEqual({
			query: '  ',
			total: 0,
			results: [],
			more: undefined,
		});
		expect(await findResults(api, '—')).toMatchObject({ total: 0 });
		expect(asked).toEqual([]);
	});

	test(`loads pages ${BATCH_SIZE} at a time`, async () => {
		const pages = Array.from({ length: BATCH_SIZE + 3 }, (_, index) =>
			fragment(`/en/${index}/`, 'metrics', [0])
		);
		const { api, loaded } = fakePagefind(pages);
		const first = await findResults(api, 'metrics');
		expect(loaded).toHaveLength(BATCH_SIZE);
		expect(first.results).toHaveLength(BATCH_SIZE);
		expect(first.total).toBe(BATCH_SIZE + 3);
		const second = await first.more?.();
		expect(second?.results).toHaveLength(BATCH_SIZE + 3);
		expect(second?.more).toBeUndefined();
	});
});

describe('toView()', () => {
	test('keeps the best sections under headings, best first, and drops the page-top one', () => {
		const view = toView(
			fragment('/en/x/', 'text', [0], {
				excerpt: 'the <mark>metrics</mark>',
				sub_results: [
					{ title: 'Page', url: '/en/x/', excerpt: 'top' },
					{
						title: 'Low',
						url: '/en/x/#low',
						excerpt: 'a',
						anchor: { id: 'low' },
						weighted_locations: [{ balanced_score: 1 }],
					},
					{
						title: 'High',
						url: '/en/x/#high',
						excerpt: '<mark>b</mark>',
						anchor: { id: 'high' },
						weighted_locations: [{ balanced_score: 9 }],
					},
					{
						title: 'Mid',
						url: '/en/x/#mid',
						excerpt: 'c',
						anchor: { id: 'mid' },
						weighted_locations: [{ balanced_score: 5 }],
					},
					{
						title: 'Least',
						url: '/en/x/#least',
						excerpt: 'd',
						anchor: { id: 'least' },
						weighted_locations: [],
					},
				],
			})
		);
		expect(view.excerpt).toEqual([
			{ text: 'the ', isMatch: false },
			{ text: 'metrics', isMatch: true },
		]);
		expect(view.sections.map((section) => section.title)).toEqual(
			['High', 'Mid', 'Low'].slice(0, MAX_SECTIONS)
		);
		expect(view.sections[0]).toEqual({
			title: 'High',
			url: '/en/x/#high',
			excerpt: [{ text: 'b', isMatch: true }],
		});
	});

	test('shows an excerpt once: not for the page when a section has the same', () => {
		const view = toView(
			fragment('/en/x/', 'text', [0], {
				excerpt: 'the <mark>metrics</mark>',
				sub_results: [
					{ title: 'H', url: '/en/x/#h', excerpt: 'the <mark>metrics</mark>', anchor: { id: 'h' } },
				],
			})
		);
		expect(view.excerpt).toEqual([]);
		expect(view.sections).toHaveLength(1);
	});

	test('falls back to the address when a page has no title', () => {
		expect(toView(fragment('/en/y/', '', [], { meta: {} })).title).toBe('/en/y/');
	});
});
