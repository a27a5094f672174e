/**
 * The copy button of a block of text to send (the facilitator guide's invitation). The button is
 * rendered disabled, since it cannot work without JavaScript; this enables it. Where the clipboard
 * is refused, the text is selected for the reader to copy, and the status line says so.
 */
for (const block of document.querySelectorAll<HTMLElement>('.copy-block')) {
	const button = block.querySelector('button');
	const status = block.querySelector('.copy-status');
	const text = block.querySelector('pre');
	if (!button || !status || !text) continue;
	button.disabled = false;
	button.addEventListener('click', () => {
		navigator.clipboard.writeText(text.textContent ?? '').then(
			() => (status.textContent = block.dataset['copied'] ?? ''),
			() => {
				getSelection()?.selectAllChildren(text);
				status.textContent = block.dataset['failed'] ?? '';
			}
		);
	});
}
