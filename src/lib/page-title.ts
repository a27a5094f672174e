/**
 * Page titles that read as one phrase: a title that already ends in a question mark or other
 * closing punctuation is not followed by a colon (no «…с клиентом?: самопроверка»).
 */

/**
 * Joins a title and what the page is: "Title: a self-assessment", or "Title? A self-assessment".
 * @example pageTitle('Which client do you have?', 'a self-assessment') → 'Which client do you have? A self-assessment'
 * @example pageTitle('Partnership check', 'a self-assessment') → 'Partnership check: a self-assessment'
 */
export function pageTitle(title: string, kind: string): string {
	const trimmed = title.trim();
	if (/[?!.…]$/u.test(trimmed)) {
		const [first = '', ...rest] = [...kind];
		return `${trimmed} ${first.toLocaleUpperCase()}${rest.join('')}`;
	}
	return `${trimmed}: ${kind}`;
}
