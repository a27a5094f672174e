/**
 * The UI strings each island shows, resolved at build time in one language from the string areas
 * the islands declare (`src/islands/*\/strings.ts`), so that no island ships i18next or the string
 * files.
 */
import { bundle, useTranslations, type Locale } from '../i18n/i18n';
import {
	ASSESSMENT_STRINGS,
	ISLAND_STRINGS,
	LINK_ERROR_KEYS,
	LINK_ERROR_STRINGS,
	SESSION_NOTE_STRINGS,
	SHARED_RESULT_STRINGS,
	type AssessmentStrings,
	type LinkStrings,
} from '../islands/assessment/strings';
import {
	ACTION_STRINGS,
	SESSION_STRINGS,
	CSV_STRINGS,
	INVITE_STRINGS,
	NAMES_STRINGS,
	READER_STRINGS,
	TABLE_STRINGS,
	LINK_PROBLEM_STRINGS,
	PRESENTER_STRINGS,
	TEAM_STRINGS,
	type TeamStrings,
} from '../islands/team/strings';
import { COPY_LINK_STRINGS } from '../islands/shared/strings';
import type { ShareCodeError } from '../links/share-code';
import { memoizeForBuild } from './build-memo';

/** Messages for each kind of share link that cannot be opened, in one language. */
function linkErrorMessages(lang: Locale): Record<ShareCodeError, string> {
	const t = useTranslations(lang);
	const entries = Object.entries(LINK_ERROR_KEYS).map(([error, key]) => [
		error,
		t(`assessment.linkError.${key}`),
	]);
	return Object.fromEntries(entries) as Record<ShareCodeError, string>;
}

/**
 * The strings of an assessment island's form, result and sharing in one language, for both kinds
 * (likert and sort). They make one module per language (`src/integrations/string-modules.ts`),
 * a file the browser caches for the whole series.
 * @example assessmentStrings('ru').scale1 → 'Точно нет'
 */
export const assessmentStrings: (lang: Locale) => AssessmentStrings = memoizeForBuild(
	(lang) => ({
		...bundle(lang, ASSESSMENT_STRINGS),
		copyLink: bundle(lang, COPY_LINK_STRINGS),
		island: bundle(lang, ISLAND_STRINGS),
	}),
	(lang) => lang
);

/**
 * The texts about opening a share link, in one language: props of the island on an assessment's
 * own page, where links land (an assessment inside a lesson opens none).
 */
export function assessmentLinkStrings(lang: Locale): LinkStrings {
	return {
		shared: bundle(lang, SHARED_RESULT_STRINGS),
		linkError: { ...bundle(lang, LINK_ERROR_STRINGS), messages: linkErrorMessages(lang) },
		session: bundle(lang, SESSION_NOTE_STRINGS),
	};
}

/** The strings the team view shows, in one language. */
export function teamStrings(lang: Locale): TeamStrings {
	const problems = bundle(lang, LINK_PROBLEM_STRINGS);
	return {
		...bundle(lang, TEAM_STRINGS),
		linkProblems: {
			...linkErrorMessages(lang),
			'other-assessment': problems.otherAssessment,
			'unknown-assessment': problems.unknownAssessment,
			'assessment-address': problems.assessmentAddress,
			'lesson-address': problems.lessonAddress,
		},
		csv: bundle(lang, CSV_STRINGS),
		invite: bundle(lang, INVITE_STRINGS),
		presenter: bundle(lang, PRESENTER_STRINGS),
		actions: bundle(lang, ACTION_STRINGS),
		sessions: bundle(lang, SESSION_STRINGS),
		names: bundle(lang, NAMES_STRINGS),
		reader: bundle(lang, READER_STRINGS),
		table: bundle(lang, TABLE_STRINGS),
		copyLink: bundle(lang, COPY_LINK_STRINGS),
	};
}
