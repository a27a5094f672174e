/**
 * The copy button of a block of text to send (the facilitator guide's invitation). The button is
 * rendered disabled, since it cannot work without JavaScript; this enables it. Where the clipboard
 * is refused, or missing altogether (a page served over plain http has no `navigator.clipboard`),
 * the text is selected for the reader to copy, and the status line says so.
 */
import { readStrings } from './page-strings';
import { COPY_BLOCK_STRINGS } from './strings';

for (const block of document.querySelectorAll<HTMLElement>('.copy-block')) {
	const button = block.querySelector('button');
	const status = block.querySelector('.copy-status');
	const text = block.querySelector('pre');
	const strings = readStrings(block.dataset['strings'], COPY_BLOCK_STRINGS);
	if (!button || !status || !text || !strings) continue;
	button.disabled = false;
	const copy = async () => {
		// Called at once, within the click (Safari copies only then); a missing clipboard throws
		// here and is one more refusal.
		try {
			await navigator.clipboard.writeText(text.textContent ?? '');
			status.textContent = strings.copied;
		} catch {
			getSelection()?.selectAllChildren(text);
			status.textContent = strings.copyFailed;
		}
	};
	button.addEventListener('click', () => void copy());
}
