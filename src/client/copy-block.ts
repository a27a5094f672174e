/**
 * The copy button of a block of text to send (the facilitator guide's invitation). The button is
 * rendered disabled, since it cannot work without JavaScript; this enables it. Where the clipboard
 * is refused, the text is selected for the reader to copy, and the status line says so.
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
	button.addEventListener('click', () => {
		navigator.clipboard.writeText(text.textContent ?? '').then(
			() => (status.textContent = strings.copied),
			() => {
				getSelection()?.selectAllChildren(text);
				status.textContent = strings.copyFailed;
			}
		);
	});
}
