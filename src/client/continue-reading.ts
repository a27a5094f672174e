/**
 * Offers "Continue: lesson 3, “Where this breaks down”, 3 min left" (#24) in the page's
 * `[data-continue]` card (`ContinueReading.astro`), from the reading positions kept in this
 * browser (`reading-positions.ts`). On the home page it names the lesson read most recently and
 * follows other tabs through `storage` events. On a lesson it shows only when the lesson opens at
 * its top, and goes away once the reader scrolls on, follows it, or closes it.
 */
import { browserStorage } from './browser-storage';
import { readStrings } from './page-strings';
import { continueLink, parseContinueLessons } from './reading-place';
import { POSITIONS_KEY, latestPosition, readPositions } from './reading-positions';
import { CONTINUE_STRINGS } from './strings';

/** Fills and shows the card, if there is a place to continue from. */
export function offerContinue(root: Document): void {
	const card = root.querySelector<HTMLElement>('[data-continue]');
	const link = card?.querySelector<HTMLAnchorElement>('[data-continue-link]');
	const strings = readStrings(card?.dataset['strings'], CONTINUE_STRINGS);
	if (!card || !link || !strings) return;
	const where = card.dataset['continue'] === 'lesson' ? 'lesson' : 'home';
	const lessons = parseContinueLessons(card.dataset['lessons']);
	const lang = root.documentElement.lang;
	let isClosed = false;

	const show = () => {
		const found = latestPosition(readPositions(browserStorage()), Object.keys(lessons));
		const lesson = found && lessons[found[0]];
		const offer = found && lesson && continueLink(lang, strings, lesson, found[1], where);
		if (offer && !isClosed) {
			link.textContent = offer.text;
			link.href = offer.href;
		}
		card.hidden = !offer || isClosed;
	};
	const close = () => {
		isClosed = true;
		card.hidden = true;
	};

	card.querySelector('[data-continue-close]')?.addEventListener('click', () => {
		close();
		// Focus stays in the page where the card was, not on the body.
		root.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
	});
	link.addEventListener('click', close);
	// A focused element is never hidden under the card: the card gives way.
	root.addEventListener('focusin', (event) => {
		const target = event.target;
		if (card.hidden || !(target instanceof Element) || card.contains(target)) return;
		if (target.getBoundingClientRect().bottom > card.getBoundingClientRect().top) close();
	});

	if (where === 'lesson') {
		// Opened at a section (a link, the language switch) or scrolled down already: the reader
		// is where they mean to be.
		if (location.hash || scrollY > innerHeight / 2) return;
		addEventListener(
			'scroll',
			() => {
				if (scrollY > innerHeight / 2) close();
			},
			{ passive: true }
		);
	} else {
		addEventListener('storage', (event: StorageEvent) => {
			if (event.key === POSITIONS_KEY || event.key === null) show();
		});
	}
	show();
}
