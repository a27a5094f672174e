/**
 * The search dialog's behaviour, loaded by the header's opener (`search-opener.ts`) the first time
 * the reader opens search. Opening, Esc and returning focus stay in the opener; this module starts
 * Pagefind, runs the panel, and closes the dialog on a click outside it or on a result.
 */
import { connectSearchPanel } from './search-panel';
import { checkIndex, loadPagefind } from './pagefind-loader';

/** Connects the panel inside `dialog`; safe to call once per dialog. */
export function connectSearchDialog(dialog: HTMLDialogElement): void {
	if (dialog.dataset['connected']) return;
	dialog.dataset['connected'] = 'true';
	const panel = dialog.querySelector<HTMLElement>('[data-search-panel="dialog"]');
	const bundle = panel?.dataset['bundle'];
	if (!panel || !bundle) return;
	connectSearchPanel(panel, {
		load: () => loadPagefind(bundle),
		checkIndex: () => checkIndex(bundle),
	});
	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());

	dialog.addEventListener('click', (event) => {
		// The dialog element itself is only hit on its backdrop; the panel covers the rest.
		if (event.target === dialog) dialog.close();
		const link = (event.target as Element | null)?.closest?.('a[href]');
		if (
			link &&
			!(
				event instanceof MouseEvent &&
				(event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)
			)
		) {
			// Leaving for the result: a link to a heading on this very page would otherwise leave
			// the dialog open over it. The opener sees the flag and leaves focus where the link
			// takes it, rather than on the search button.
			dialog.dataset['navigating'] = 'true';
			dialog.close();
		}
	});
}
