/**
 * The language switcher is a plain link to the same page in the other language. With JavaScript it
 * also carries the URL fragment over (a share link's result, a section) and remembers the choice
 * for the language picker at `/`.
 */
import { saveLanguageChoice } from './language-choice';
import { browserStorage } from './browser-storage';

/** Listens for clicks on `[data-lang-switch]` links anywhere in `root`. */
export function rememberLanguageOnSwitch(root: Document): void {
	root.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>(
			'a[data-lang-switch]'
		);
		if (!link) return;
		saveLanguageChoice(browserStorage(), link.dataset['langSwitch']);
		if (location.hash) {
			link.href = `${link.href.split('#')[0] ?? ''}${location.hash}`;
		}
	});
}
