/** Heading ids made the same way the Markdown pipeline makes them (GitHub's rules, Cyrillic kept). */
import GithubSlugger from 'github-slugger';

/**
 * Russian text is typeset with no-break spaces (see `src/i18n/typography.ts`), which github-slugger
 * would drop instead of turning them into hyphens: they count as spaces, so that typesetting a
 * heading never changes its id.
 */
const NO_BREAK_SPACES = /[\u00A0\u202F]/g;

/**
 * A slug function for one page: the same text twice gets `-1` the second time, as in the Markdown
 * pipeline.
 * @example const slug = createHeadingSlugger(); slug('Итог') → 'итог'; slug('Итог') → 'итог-1'
 */
export function createHeadingSlugger(): (text: string) => string {
	const slugger = new GithubSlugger();
	return (text) => slugger.slug(text.replace(NO_BREAK_SPACES, ' '));
}

/**
 * The id a heading with this text gets.
 * @example headingId('Где это не работает') → 'где-это-не-работает'; headingId('Где это не\u00A0работает') → 'где-это-не-работает'
 */
export function headingId(text: string): string {
	return createHeadingSlugger()(text);
}
