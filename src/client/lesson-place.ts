/**
 * Follows the reader through a long lesson (#24):
 *
 * - the compact reading bar (`ReadingBar.astro`) slides back when the reader scrolls up past the
 *   site header and goes away when they scroll down, with the contents, search, the language
 *   switch and a thin progress line; it is fixed to the top of the screen, so showing it moves
 *   nothing, and it gives way to any focused element it would cover;
 * - the section the reader is in is marked `aria-current` in both lists of contents (the bar's
 *   and the lesson's own) and named on the bar;
 * - where the reader stops (the site header out of sight, a section reached) is kept on this
 *   device for "Continue" (`reading-positions.ts`), until the lesson is read to the end.
 *
 * The decisions are pure functions in `reading-place.ts`; this module measures and draws.
 */
import { browserStorage } from './browser-storage';
import { currentSection } from './language-switch';
import { isBarShown, readingProgress } from './reading-place';
import { clearPosition, savePosition } from './reading-positions';

/** How long the page must rest before its place is kept, in ms: a fling is not a stop. */
const SETTLE_MS = 400;

/** Starts following the reader on a lesson page; does nothing on a page without the bar. */
export function followLessonPlace(root: Document, slug: string): { markRead: () => void } {
	const bar = root.querySelector<HTMLElement>('[data-reading-bar]');
	const contents = root.querySelector<HTMLElement>('[data-other-sections]');
	const header = root.querySelector<HTMLElement>('.site-header');
	const start = root.querySelector<HTMLElement>('.lesson .prose');
	const end = root.querySelector<HTMLElement>('[data-lesson-end]');
	let isRead = false;
	const markRead = () => {
		isRead = true;
		clearPosition(browserStorage(), slug, Date.now());
	};
	if (!bar || !contents || !header || !start || !end) return { markRead };

	const list = bar.querySelector<HTMLElement>('[data-bar-list]');
	const toggle = bar.querySelector<HTMLButtonElement>('[data-bar-contents]');
	const sectionName = bar.querySelector<HTMLElement>('[data-bar-section]');
	const fill = bar.querySelector<HTMLElement>('[data-bar-progress]');
	const ownList = contents.querySelector('ol');
	if (list && ownList) list.append(ownList.cloneNode(true));
	// Without the Popover API (Safari before 17) the bar still has search and the language switch.
	if (toggle && !('showPopover' in HTMLElement.prototype)) toggle.hidden = true;

	const ids = [...contents.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) =>
		decodeURIComponent(a.hash.slice(1))
	);
	const headings = ids.map((id) => root.getElementById(id));
	const links = ids.map((id) => [
		...root.querySelectorAll<HTMLAnchorElement>(
			`.toc a[href="#${CSS.escape(id)}"], [data-bar-list] a[href="#${CSS.escape(id)}"]`
		),
	]);
	const titles = links.map((found) => found[0]?.textContent?.trim() ?? '');

	bar.hidden = false;
	bar.inert = true;
	let isShown = false;
	let previousY = scrollY;
	let current = -2;
	const pageTop = (element: Element) => element.getBoundingClientRect().top + scrollY;

	const setShown = (shown: boolean, isInstant = false) => {
		if (shown === isShown) return;
		isShown = shown;
		if (isInstant) bar.classList.add('is-instant');
		bar.classList.toggle('is-shown', shown);
		bar.inert = !shown;
		if (isInstant) {
			// Apply the change without its transition, then let later changes slide again.
			void bar.offsetHeight;
			bar.classList.remove('is-instant');
		}
	};

	const isInUse = () => bar.contains(root.activeElement) || Boolean(list?.matches(':popover-open'));

	const update = () => {
		const y = scrollY;
		const headerEnd = pageTop(header) + header.offsetHeight;
		const shown = isBarShown({ isShown, previousY, y, headerEnd, isInUse: isInUse() });
		setShown(shown, y <= 0);
		previousY = y;

		const section = currentSection(
			headings.map((heading) => heading?.getBoundingClientRect().top ?? Infinity),
			innerHeight
		);
		if (section !== current) {
			links.forEach((found, index) => {
				for (const link of found) {
					if (index === section) link.setAttribute('aria-current', 'true');
					else link.removeAttribute('aria-current');
				}
			});
			if (sectionName) sectionName.textContent = titles[section] ?? '';
			current = section;
		}
		if (fill) fill.style.transform = `scaleX(${progressNow()})`;
	};

	const progressNow = () =>
		readingProgress({
			y: scrollY,
			viewportHeight: innerHeight,
			start: pageTop(start),
			end: pageTop(end),
		});

	let frame = 0;
	let settle: ReturnType<typeof setTimeout> | undefined;
	addEventListener(
		'scroll',
		() => {
			if (!frame) {
				frame = requestAnimationFrame(() => {
					frame = 0;
					update();
				});
			}
			clearTimeout(settle);
			settle = setTimeout(keepPlace, SETTLE_MS);
		},
		{ passive: true }
	);

	// Kept only where the reader stopped with the site header out of sight, in a section: going
	// up to the header's links is not where they stopped reading.
	const keepPlace = () => {
		if (isRead || current < 0 || header.getBoundingClientRect().bottom > 0) return;
		savePosition(browserStorage(), slug, {
			section: current,
			progress: progressNow(),
			at: Date.now(),
		});
	};

	// The bar's height, for `scroll-padding-top`: a heading reached by a link, or a control
	// reached by the keyboard, is never left under the bar.
	new ResizeObserver(() => {
		root.documentElement.style.setProperty('--reading-bar-height', `${bar.offsetHeight}px`);
	}).observe(bar);

	root.addEventListener('focusin', (event) => {
		const target = event.target;
		if (!isShown || !(target instanceof Element) || bar.contains(target)) return;
		if (target.closest('[data-bar-list]')) return;
		if (target.getBoundingClientRect().top < bar.getBoundingClientRect().bottom) {
			setShown(false, true);
		}
	});

	list?.addEventListener('beforetoggle', () => {
		list.style.top = `${bar.getBoundingClientRect().bottom}px`;
	});
	list?.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[href^="#"]');
		if (!link) return;
		list.hidePopover();
		// The reader goes to the section: the bar steps aside, and focus goes with them.
		setShown(false, true);
		const heading = root.getElementById(decodeURIComponent(link.hash.slice(1)));
		if (heading) {
			heading.tabIndex = -1;
			heading.focus({ preventScroll: true });
		}
	});

	update();
	return { markRead };
}
