/**
 * Saves text as a file in the browser, without any server: a Blob, a temporary link, a click.
 *
 * The file's object URL is kept until the next download, not revoked after a moment: Safari on
 * iPhone first asks the reader whether to download, and a URL revoked while the question is on
 * screen gives them nothing (#26). One file of a few kilobytes is what stays in memory.
 */

let lastUrl: string | undefined;

/**
 * Offers `text` as a download named `fileName`, releasing the previous download's file.
 * @example downloadText(csv, 'clientship-client-level-2026-11-30.csv', 'text/csv')
 */
export function downloadText(text: string, fileName: string, type: string): void {
	if (lastUrl) URL.revokeObjectURL(lastUrl);
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	lastUrl = url;
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
}
