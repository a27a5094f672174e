/**
 * The titles of the site's assessments, from `/{lang}/assessments/titles.json`, which an
 * assessment page reads only when a share link is not its own (to tell whose it is). Pure.
 */

/**
 * The id → title pairs of a parsed `titles.json`; anything else gives no titles.
 * @example assessmentTitles({ 'client-level': 'Which client do you have?' }) → { 'client-level': 'Which client do you have?' }
 * @example assessmentTitles('<html>') → {}
 */
export function assessmentTitles(data: unknown): Record<string, string> {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
	return Object.fromEntries(
		Object.entries(data).filter(
			(entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== ''
		)
	);
}
