/**
 * The search form and its results, in the header dialog and on the search page. The markup is
 * server-rendered by `SearchPanel.astro` (label, `type="search"` input, a polite status line, an
 * empty list); this module fills the list as the reader types. Results are built as DOM from text:
 * the only element made from index data is `<mark>`, from parsed excerpt segments.
 */
import { fill, plural } from '../../i18n/plural';
import { readStrings } from '../page-strings';
import { SEARCH_STRINGS } from './strings';
import type { ExcerptSegment } from './excerpt';
import {
	findResults,
	type PagefindApi,
	type ResultView,
	type SearchOutcome,
} from './search-results';
import { tidyQuery } from './query';
import type { IndexState } from './index-state';

/** What a connected panel offers its page. */
export interface SearchPanelOptions {
	/** Starts Pagefind (once); called as soon as the panel is connected. */
	load: () => Promise<PagefindApi>;
	/** Called with the tidied query each time results for it are shown. */
	onShown?: (query: string) => void;
	/**
	 * Asked when a search finds nothing, since Pagefind answers with what it has when an index
	 * chunk cannot load: only a `current` index makes "nothing found" true (#21).
	 */
	checkIndex?: () => Promise<IndexState>;
}

/** Delay before "Searching…" appears, so fast answers don't flicker. */
const LOADING_DELAY_MS = 400;

/**
 * Pause after a keystroke before searching. Shorter than the gap between a typist's keystrokes, so
 * a word typed at speed is searched once, not once per letter (each search loads the pages it
 * finds, and `m` finds them all).
 */
export const TYPING_PAUSE_MS = 100;

/**
 * Wires the panel inside `root`: searches on every input (the newest query wins), renders results,
 * announces the count, and lets the arrow keys move between the input and the result links.
 */
export function connectSearchPanel(root: HTMLElement, options: SearchPanelOptions): void {
	const input = root.querySelector<HTMLInputElement>('input[type="search"]');
	const status = root.querySelector<HTMLElement>('[data-search-status]');
	const list = root.querySelector<HTMLOListElement>('[data-search-results]');
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
	const strings = readStrings(root.dataset['strings'], SEARCH_STRINGS);
	if (!input || !status || !list || !more || !strings) return;
	const lang = document.documentElement.lang;

	let api: Promise<PagefindApi> | undefined = options.load();
	let shownQuery: string | undefined;
	let running = false;
	let pending: string | undefined;
	let loadMore: SearchOutcome['more'];

	const showStatus = (text: string) => {
		if (status.textContent !== text) status.textContent = text;
	};

	const show = (outcome: SearchOutcome, append: boolean) => {
		if (!append) list.replaceChildren();
		const already = list.children.length;
		list.append(...outcome.results.slice(already).map(renderResult));
		list.hidden = outcome.results.length === 0;
		// Which query the list shows, for tests and the latency measurement.
		list.dataset['query'] = tidyQuery(outcome.query);
		loadMore = outcome.more;
		more.hidden = loadMore === undefined;
		showStatus(
			outcome.total === 0
				? fill(strings.noResults, { query: tidyQuery(outcome.query) })
				: plural(lang, strings.results, outcome.total)
		);
	};

	const clear = (text: string) => {
		list.replaceChildren();
		list.hidden = true;
		more.hidden = true;
		showStatus(text);
	};

	const run = async (raw: string) => {
		const query = tidyQuery(raw);
		if (query === shownQuery) return;
		if (running) {
			pending = raw;
			return;
		}
		running = true;
		list.setAttribute('aria-busy', 'true');
		const slow = setTimeout(() => showStatus(strings.loading), LOADING_DELAY_MS);
		try {
			const outcome =
				query === '' ? undefined : await findResults(await (api ??= options.load()), query);
			const state = outcome?.total === 0 ? await options.checkIndex?.() : undefined;
			if (state === 'unreachable') throw new Error('The search index cannot be fetched');
			// A newer query is waiting: skip drawing this one.
			if (pending === undefined) {
				if (state === 'changed') {
					clear(strings.outdated);
				} else if (outcome) {
					show(outcome, false);
				} else {
					clear('');
				}
				shownQuery = query;
				if (state !== 'changed') options.onShown?.(query);
			}
		} catch {
			showStatus(strings.error);
			// Load Pagefind again when the reader next types (the connection may be back by then).
			api = undefined;
			shownQuery = undefined;
		} finally {
			clearTimeout(slow);
			running = false;
			list.removeAttribute('aria-busy');
		}
		const next = pending;
		pending = undefined;
		if (next !== undefined) await run(next);
	};

	let typing: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => void run(input.value), TYPING_PAUSE_MS);
	});
	const showMore = async () => {
		const first = list.children.length;
		if (!loadMore) return;
		show(await loadMore(), true);
		list.children[first]?.querySelector('a')?.focus();
	};
	more.addEventListener('click', () => void showMore());

	root.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
		const stops: HTMLElement[] = [input, ...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
		if (!more.hidden) stops.push(more);
		const index = stops.findIndex((stop) => stop === document.activeElement);
		if (index === -1) return;
		const next = stops[index + (event.key === 'ArrowDown' ? 1 : -1)];
		if (!next) return;
		event.preventDefault();
		next.focus();
	});

	if (input.value.trim() !== '') void run(input.value);
}

function renderResult(result: ResultView): HTMLLIElement {
	const item = element('li', 'search-result');
	item.append(renderLink(result.title, result.url, 'search-result-link'));
	if (result.excerpt.length > 0) item.append(renderExcerpt(result.excerpt));
	if (result.sections.length > 0) {
		const sections = element('ul', 'search-sections');
		for (const section of result.sections) {
			const sectionItem = element('li', 'search-section');
			sectionItem.append(
				renderLink(section.title, section.url, 'search-section-link'),
				renderExcerpt(section.excerpt)
			);
			sections.append(sectionItem);
		}
		item.append(sections);
	}
	return item;
}

function renderLink(text: string, href: string, className: string): HTMLAnchorElement {
	const link = element('a', className);
	link.href = href;
	link.textContent = text;
	return link;
}

function renderExcerpt(segments: readonly ExcerptSegment[]): HTMLParagraphElement {
	const paragraph = element('p', 'search-excerpt');
	for (const segment of segments) {
		if (segment.isMatch) {
			const mark = element('mark', '');
			mark.textContent = segment.text;
			paragraph.append(mark);
		} else {
			paragraph.append(segment.text);
		}
	}
	return paragraph;
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	return node;
}
