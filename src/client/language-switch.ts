/**
 * The language switcher is a plain link to the same page in the other language. With JavaScript it
 * also keeps the reader's place (#16) and remembers the choice for the language picker at `/`:
 *
 * - on a lesson, it leads to the section the reader is in: the heading nearest above the top of
 *   the screen, found by its position in the contents, since the ids differ between languages
 *   (the lesson page lists the other language's ids in `data-other-sections`). The site header
 *   does not follow the reader down the page, so the section is the one where they last stopped
 *   scrolling with the header out of sight: scrolling back up to the switch does not lose it. The
 *   reading bar's switch (#24) slides back mid-lesson, with the header out of sight: it leads to
 *   the section on screen;
 * - on the search page, it carries the query typed so far;
 * - elsewhere, it carries the URL fragment over (a share link's result, a team).
 */
import { saveLanguageChoice } from './language-choice';
import { browserStorage } from './browser-storage';

/** How far down the screen a heading may be and still be the section the reader is in. */
const READING_LINE = 0.25;

/**
 * The section the reader is in: the last heading whose top is above the reading line, or -1 when
 * they have not reached the first one.
 * @example currentSection([-900, -20, 300], 800) → 1
 */
export function currentSection(headingTops: readonly number[], viewportHeight: number): number {
	let current = -1;
	headingTops.forEach((top, index) => {
		if (top <= viewportHeight * READING_LINE) current = index;
	});
	return current;
}

/**
 * The switcher's address with the reader's place: a fragment (without `#`) and a search query.
 * @example switchHref('https://x.test/ru/search/#old', { query: 'метрики' }) → 'https://x.test/ru/search/?q=%D0%BC…'
 * @example switchHref('https://x.test/ru/lessons/a/', { fragment: 'итоги' }) → 'https://x.test/ru/lessons/a/#%D0%B8…'
 */
export function switchHref(href: string, place: { fragment?: string; query?: string }): string {
	const url = new URL(href);
	url.hash = place.fragment ? `#${place.fragment}` : '';
	if (place.query) url.searchParams.set('q', place.query);
	else url.searchParams.delete('q');
	return url.href;
}

/** Listens for clicks on `[data-lang-switch]` links anywhere in `root`. */
export function rememberLanguageOnSwitch(root: Document): void {
	const sections = followSections(root);
	root.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(
			'a[data-lang-switch]'
		);
		if (!link) return;
		saveLanguageChoice(browserStorage(), link.dataset['langSwitch']);
		const query = root.querySelector<HTMLInputElement>('[data-search-panel="page"] input')?.value;
		const place =
			query !== undefined
				? { query: query.trim() }
				: sections
					? { fragment: sections() }
					: { fragment: location.hash.slice(1) };
		link.href = switchHref(link.href, place);
	});
}

/**
 * On a lesson, follows the section the reader is in and returns a function that gives its id in
 * the other language ('' above the first section); elsewhere undefined.
 */
function followSections(root: Document): (() => string) | undefined {
	const contents = root.querySelector<HTMLElement>('[data-other-sections]');
	if (!contents) return undefined;
	const ids = [...contents.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) =>
		decodeURIComponent(a.hash.slice(1))
	);
	const other = contents.dataset['otherSections']?.split(' ') ?? [];
	const header = root.querySelector('.site-header');
	const sectionNow = () =>
		currentSection(
			ids.map((id) => root.getElementById(id)?.getBoundingClientRect().top ?? Infinity),
			innerHeight
		);
	const isHeaderHidden = () => (header?.getBoundingClientRect().bottom ?? 0) <= 0;
	// A page opened at a section (`#takeaways`) starts there, whether or not it has scrolled yet.
	let reading = ids.indexOf(decodeURIComponent(location.hash.slice(1)));
	let timer: ReturnType<typeof setTimeout> | undefined;
	const record = () => {
		if (isHeaderHidden()) reading = sectionNow();
		// The section kept, on the page: what a test waits for instead of the debounce's time.
		contents.dataset['reading'] = String(reading);
	};
	addEventListener(
		'scroll',
		() => {
			clearTimeout(timer);
			timer = setTimeout(record, 150);
		},
		{ passive: true }
	);
	record();
	addEventListener('load', record, { once: true });
	return () => {
		const now = sectionNow();
		return other[isHeaderHidden() || now > reading ? now : reading] ?? '';
	};
}
