/** Saves text as a file in the browser, without any server: a Blob, a temporary link, a click. */

/**
 * Offers `text` as a download named `fileName`.
 * @example downloadText(csv, 'clientship-client-level-2026-11-30.csv', 'text/csv')
 */
export function downloadText(text: string, fileName: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
