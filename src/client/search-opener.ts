/**
 * Opens the search dialog from the header button, the `/` key (outside text fields) and Ctrl+K or
 * ⌘K; on the search page the keys go to the page's own field instead. The keys are matched by the
 * physical key (`code`) as well as by the character, so they work on a Russian layout, where the
 * K key types «л» and the slash key types a full stop (#11). Part of the site-wide header
 * script, so it stays small: the search UI itself (`search/search-dialog.ts`) and Pagefind load on
 * first opening, and a page where nobody searches fetches none of it. Without JavaScript the header shows a link to the search page instead.
 */

/** Fields where `/` is typing, not a shortcut. */
const TEXT_FIELD =
	'input:not([type=radio],[type=checkbox],[type=button],[type=submit],[type=reset],[type=range]),textarea,select,[contenteditable]:not([contenteditable=false])';

/** The parts of a key press that decide whether it is a search shortcut. */
export type ShortcutKey = Pick<
	KeyboardEvent,
	'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing'
>;

/**
 * Whether a key press opens search: Ctrl+K or ⌘K anywhere, `/` outside text fields. Alt (and
 * AltGr, which arrives as Ctrl+Alt) never does, nor a key that is composing a character.
 * @example isSearchShortcut({ key: 'л', code: 'KeyK', ctrlKey: true, … }, false) → true
 * @example isSearchShortcut({ key: '/', code: 'Slash', … }, true) → false
 */
export function isSearchShortcut(event: ShortcutKey, isInTextField: boolean): boolean {
	if (event.altKey || event.isComposing) return false;
	if (event.ctrlKey || event.metaKey) {
		return event.code === 'KeyK' || event.key === 'k' || event.key === 'K';
	}
	if (isInTextField) return false;
	return event.key === '/' || (event.code === 'Slash' && !event.shiftKey);
}

/** Shows the search buttons in place of the search link and wires the ways to open the dialog. */
export function setUpSearchOpener(root: Document): void {
	const dialog = root.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
	// The header's button, and the lesson's reading bar's (#24).
	const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-search-open]')];
	if (!dialog || buttons.length === 0) return;
	for (const button of buttons) button.hidden = false;
	root.querySelector<HTMLElement>('[data-search-link]')?.setAttribute('hidden', '');
	let returnTo: HTMLElement | null = null;

	const open = (from: Element | null) => {
		if (!dialog.open) {
			returnTo = from instanceof HTMLElement ? from : null;
			dialog.showModal();
			void import('./search/search-dialog').then(
				(ui) => ui.connectSearchDialog(dialog),
				() => sayNotLoaded(dialog)
			);
		}
		dialog.querySelector('input')?.focus();
	};

	for (const button of buttons) button.addEventListener('click', () => open(button));
	dialog.addEventListener('keydown', (event) => {
		// Esc closes at once, even when the search field would first use it to clear itself.
		if (event.key === 'Escape' && !event.isComposing) {
			event.preventDefault();
			dialog.close();
		}
	});
	dialog.addEventListener('close', () => {
		// After following a result, focus belongs to the page it leads to, not to the opener.
		if (dialog.dataset['navigating']) delete dialog.dataset['navigating'];
		else returnTo?.focus();
	});
	root.addEventListener('keydown', (event) => {
		const isInTextField = Boolean((event.target as Element | null)?.closest?.(TEXT_FIELD));
		if (!isSearchShortcut(event, isInTextField)) return;
		event.preventDefault();
		// The search page has its own field: a second search box over it would only confuse.
		const pageField = root.querySelector<HTMLInputElement>('[data-search-panel="page"] input');
		if (pageField) {
			pageField.focus();
			pageField.select();
		} else open(root.activeElement);
	});
}

/**
 * Offline before the search code loaded (#21): the dialog says that search could not load (its
 * panel's `error` text), rather than leaving a field that answers nothing. Opening it again tries
 * again.
 */
function sayNotLoaded(dialog: HTMLDialogElement): void {
	const panel = dialog.querySelector<HTMLElement>('[data-search-panel]');
	const status = panel?.querySelector('[data-search-status]');
	try {
		const strings: unknown = JSON.parse(panel?.dataset['strings'] ?? '');
		const error =
			typeof strings === 'object' && strings !== null && 'error' in strings && strings.error;
		if (status && typeof error === 'string') status.textContent = error;
	} catch {
		// No text to show: the field stays as it was.
	}
}
