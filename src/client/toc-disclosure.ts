/**
 * The lesson's table of contents is a disclosure, closed in the page's HTML so that on a phone the
 * lesson starts in the first screen (#16). Where the page lays it out as a sidebar, it opens: a
 * wide screen has room for it beside the text, as it always had.
 */

/** The wide layout of the lesson page, where the contents sit in a sidebar (`[slug].astro`). */
export const SIDEBAR_MEDIA = '(min-width: 68rem)';

/** Opens the contents in the sidebar layout and closes them when the window narrows to one column. */
export function openContentsBesideText(root: Document): void {
	const details = root.querySelector<HTMLDetailsElement>('details[data-toc]');
	if (!details) return;
	const wide = matchMedia(SIDEBAR_MEDIA);
	const follow = () => {
		details.open = wide.matches;
	};
	follow();
	// From now on the open state, not the CSS that stood in for it, decides what shows.
	details.dataset['ready'] = '';
	wide.addEventListener('change', follow);
}
