/**
 * The sections a lesson page adds after the lesson's own body, in page order. Their headings come
 * from the UI strings, so their ids follow the page's language (`#check-yourself`,
 * `#проверьте-себя`). One list for the page that renders them, the assessment links that point at
 * them, and the content tests that check those links.
 */
import type { TFunction } from 'i18next';
import { headingId } from './slug';

/** The keys of the added sections' headings, in page order. */
export const ADDED_SECTION_KEYS = {
	assessment: 'lesson.assessmentHeading',
	forTeams: 'lesson.forTeamsHeading',
	takeaways: 'lesson.takeawaysHeading',
} as const;

/** What the page adds after the lesson body. */
export type AddedSection = keyof typeof ADDED_SECTION_KEYS;

/** An added section: its heading text and id in one language. */
export interface SectionHeading {
	text: string;
	id: string;
}

/**
 * The headings of the added sections in the language of `t`.
 * @example addedSections(useTranslations('en')).forTeams → { text: 'For teams', id: 'for-teams' }
 */
export function addedSections(t: TFunction): Record<AddedSection, SectionHeading> {
	const entries = Object.entries(ADDED_SECTION_KEYS).map(([section, key]) => {
		const text = t(key);
		return [section, { text, id: headingId(text) }];
	});
	return Object.fromEntries(entries) as Record<AddedSection, SectionHeading>;
}
