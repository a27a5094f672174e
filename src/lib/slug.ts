/** Heading ids made the same way the Markdown pipeline makes them (GitHub's rules, Cyrillic kept). */
import GithubSlugger from 'github-slugger';

/**
 * The id a heading with this text gets.
 * @example headingId('Где это не работает') → 'где-это-не-работает'
 */
export function headingId(text: string): string {
	return new GithubSlugger().slug(text);
}
