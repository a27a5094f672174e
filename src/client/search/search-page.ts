/**
 * The search page: runs the query in the address (`?q=`) on load and keeps the address in step with
 * what is typed (replacing the history entry, so Back leaves the page rather than stepping through
 * keystrokes). The list of all lessons shows while the query is empty.
 */
import { connectSearchPanel } from './search-panel';
import { checkIndex, loadPagefind } from './pagefind-loader';

/**
 * The `q` parameter of a search page address, or '' if there is none.
 * @example queryFromUrl('https://x.test/en/search/?q=new+clients') → 'new clients'
 */
export function queryFromUrl(href: string): string {
	return new URL(href).searchParams.get('q') ?? '';
}

/**
 * The address of the search page for a query: `q` set, or removed when the query is empty.
 * @example searchPageUrl('https://x.test/en/search/', 'new clients') → 'https://x.test/en/search/?q=new+clients'
 */
export function searchPageUrl(href: string, query: string): string {
	const url = new URL(href);
	if (query) url.searchParams.set('q', query);
	else url.searchParams.delete('q');
	return url.href;
}

/** Connects the search panel of the search page. */
export function connectSearchPage(root: Document): void {
	const panel = root.querySelector<HTMLElement>('[data-search-panel="page"]');
	const input = panel?.querySelector<HTMLInputElement>('input[type="search"]');
	const bundle = panel?.dataset['bundle'];
	if (!panel || !input || !bundle) return;
	const lessons = root.querySelector<HTMLElement>('[data-search-lessons]');

	// The results follow the typing, so Enter has nothing left to submit.
	panel.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
	input.value = queryFromUrl(location.href);
	connectSearchPanel(panel, {
		load: () => loadPagefind(bundle),
		checkIndex: () => checkIndex(bundle),
		onShown: (query) => {
			if (lessons) lessons.hidden = query !== '';
			const next = searchPageUrl(location.href, query);
			if (next !== location.href) history.replaceState(history.state, '', next);
		},
	});
}
