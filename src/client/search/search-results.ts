/**
 * Runs a reader's query through Pagefind and shapes the answer for display: the query rewrite of
 * `query.ts`, the fallback filter of `matched-words.ts`, and excerpts parsed into segments. No DOM:
 * the browser UI and the search-quality suite (which loads Pagefind in Node) share this code, so the
 * suite measures exactly what readers get.
 */
import { parseExcerpt, type ExcerptSegment } from './excerpt';
import { isGenuineMatch, matchedWords } from './matched-words';
import { pagefindQuery, queryWords } from './query';

/** The part of Pagefind's `pagefind.js` API the search uses (Pagefind 1.6). */
export interface PagefindApi {
	search(term: string): Promise<PagefindResponse | null>;
}

/** Pagefind's answer to `search()`. */
export interface PagefindResponse {
	results: PagefindResult[];
}

/** One page found by Pagefind, before its data is loaded. */
export interface PagefindResult {
	id: string;
	score: number;
	matchedMetaFields?: string[];
	data(): Promise<PagefindFragment>;
}

/** A page's data, as `result.data()` gives it. */
export interface PagefindFragment {
	url: string;
	content: string;
	excerpt: string;
	locations: number[];
	meta: Record<string, string | undefined>;
	sub_results: PagefindSubResult[];
}

/** A section of a page that matched, from the heading before it to the next heading. */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { id: string } | undefined;
	weighted_locations?: Array<{ balanced_score: number }> | undefined;
}

/** A section of a result: the heading where a match is, with its excerpt. */
export interface SectionView {
	title: string;
	url: string;
	excerpt: ExcerptSegment[];
}

/** A page to show in the results. */
export interface ResultView {
	title: string;
	url: string;
	excerpt: ExcerptSegment[];
	sections: SectionView[];
}

/** What a query found. `total` is exact once every result has been checked (see `SearchRun`). */
export interface SearchOutcome {
	query: string;
	total: number;
	results: ResultView[];
	/** Loads and checks the next batch of results; undefined when all are shown. */
	more: (() => Promise<SearchOutcome>) | undefined;
}

/** How many pages are loaded and shown at a time. */
export const BATCH_SIZE = 10;

/** How many sections (headings) are shown under a page at most. */
export const MAX_SECTIONS = 3;

/**
 * Searches for what the reader typed. Pages are loaded in batches of `BATCH_SIZE`; pages that
 * matched only through Pagefind's short-prefix fallback are dropped, and `total` counts what is
 * left (exact for the checked batches, Pagefind's count for the rest).
 * @example await findResults(pagefind, 'Клиентами') → { query: 'Клиентами', total: 5, results: [...], more: undefined }
 */
export async function findResults(api: PagefindApi, raw: string): Promise<SearchOutcome> {
	const term = pagefindQuery(raw);
	if (term === '' || queryWords(raw).length === 0) {
		return { query: raw, total: 0, results: [], more: undefined };
	}
	const response = await api.search(term);
	const found = response?.results ?? [];
	return showBatch(raw, found, 0, [], 0);
}

async function showBatch(
	raw: string,
	found: readonly PagefindResult[],
	start: number,
	shown: readonly ResultView[],
	dropped: number
): Promise<SearchOutcome> {
	const words = queryWords(raw);
	const batch = found.slice(start, start + BATCH_SIZE);
	const loaded = await Promise.all(
		batch.map(async (result) => ({ result, fragment: await result.data() }))
	);
	const results = [...shown];
	let rejected = dropped;
	for (const { result, fragment } of loaded) {
		const title = fragment.meta['title'] ?? '';
		const matched = matchedWords(fragment.content, fragment.locations);
		if (result.matchedMetaFields?.includes('title'))
			matched.push(
				...matchedWords(
					title,
					title.split(/\s+/u).map((_, index) => index)
				)
			);
		if (!isGenuineMatch(words, matched)) {
			rejected++;
			continue;
		}
		results.push(toView(fragment));
	}
	const next = start + BATCH_SIZE;
	return {
		query: raw,
		total: found.length - rejected,
		results,
		more: next < found.length ? () => showBatch(raw, found, next, results, rejected) : undefined,
	};
}

/**
 * Shapes one page's data for display: its title (the lesson's `<h1>`, from
 * `data-pagefind-meta="title"`), its excerpt, and the best `MAX_SECTIONS` sections under a heading
 * with an id, best first. When a section shows the same excerpt as the page, the page's excerpt is
 * left empty rather than shown twice.
 * @example toView(fragment) → { title: 'Partners, not servants', url: '/en/lessons/…/', excerpt: [...], sections: [...] }
 */
export function toView(fragment: PagefindFragment): ResultView {
	const sections = fragment.sub_results
		.filter((sub) => sub.anchor !== undefined && sub.url !== fragment.url)
		.map((sub) => ({
			sub,
			score: (sub.weighted_locations ?? []).reduce(
				(sum, location) => sum + location.balanced_score,
				0
			),
		}))
		.sort((a, b) => b.score - a.score)
		.slice(0, MAX_SECTIONS)
		.map(({ sub }) => ({ title: sub.title, url: sub.url, excerpt: parseExcerpt(sub.excerpt) }));
	const excerpt = parseExcerpt(fragment.excerpt);
	const text = plainText(excerpt);
	return {
		title: fragment.meta['title'] || fragment.url,
		url: fragment.url,
		excerpt: sections.some((section) => plainText(section.excerpt) === text) ? [] : excerpt,
		sections,
	};
}

function plainText(segments: readonly ExcerptSegment[]): string {
	return segments.map((segment) => segment.text).join('');
}
