/**
 * The series' fixed identifiers, from DESIGN.md. Schemas check content against them, so a typo in
 * a frontmatter field fails the build instead of producing a broken link.
 */

/** Lesson slugs, the same in both languages. */
export const LESSON_SLUGS = [
	'customers-and-clients',
	'partners-not-customers',
	'marriage-or-mess',
	'clients-at-different-levels',
	'taking-clients-too-seriously',
] as const;

/** A lesson slug. */
export type LessonSlug = (typeof LESSON_SLUGS)[number];

/** Self-assessment ids. */
export const ASSESSMENT_IDS = [
	'doing-or-being',
	'partnership-check',
	'relationship-health',
	'client-level',
	'pushing-too-hard',
] as const;

/** A self-assessment id. */
export type AssessmentId = (typeof ASSESSMENT_IDS)[number];
