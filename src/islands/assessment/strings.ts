/**
 * The UI strings of the assessment island, declared once as string areas (see
 * `src/i18n/string-areas.ts`); `src/lib/island-strings.ts` resolves them at build time. The form,
 * its result and sharing are one module per language, imported by the island's language entry
 * (`AssessmentEn.tsx`, `AssessmentRu.tsx`) and so a cached file of its own; the texts about opening
 * a share link are props, on the assessment's own pages only.
 */
import { stringArea, type Bundle, type KeysUnder } from '../../i18n/string-areas';
import type { ShareCodeError } from '../../links/share-code';
import type { CopyLinkStrings } from '../shared/strings';

/** The form, the result and sharing, for both kinds (likert and sort). */
export const ASSESSMENT_STRINGS = stringArea(
	'assessment.',
	[
		'scale1',
		'scale2',
		'scale3',
		'scale4',
		'scale5',
		'progress',
		'questionNumber',
		'submit',
		'clear',
		'clearHint',
		'cleared',
		'undo',
		'restored',
		'resultHeading',
		'toResult',
		'resultDate',
		'dayBeforeDated',
		'dayAhead',
		'resultReady',
		'overall',
		'scoreOutOf',
		'dimensionColumn',
		'scoreColumn',
		'trendColumn',
		'chartSummary',
		'weakest',
		'strongest',
		'since',
		'sincePrevious',
		'retake',
		'retakeStarted',
		'sortRight',
		'sortWrong',
		'reread',
		'areasHeading',
		'areaScore',
		'healthy',
		'unhealthy',
		'practice',
		'shareHeading',
		'shareIntro',
		'nameLabel',
		'nameHint',
		'shareLink',
		'shareSummary',
		'shareSummaryOverall',
		'shareFirst',
		'nameCut',
		'allResults',
		'allResultsLink',
		'allResultsText',
	],
	['clearHistoryHint', 'unanswered', 'sortedCorrectly', 'allResultsIntro']
);

/** The note shown when the result's code cannot load: offline before the service worker had it. */
export const ISLAND_STRINGS = stringArea('island.', ['unavailable']);

/** A colleague's result opened from a share link. */
export const SHARED_RESULT_STRINGS = stringArea(
	'assessment.shared.',
	[
		'heading',
		'headingAnonymous',
		'date',
		'earlier',
		'note',
		'takeYourself',
		'weakest',
		'weakestAnonymous',
		'strongest',
		'colleague',
		'you',
		'compare',
		'compareColumn',
	],
	['sortedCorrectly']
);

/** A share link that cannot be opened. */
export const LINK_ERROR_STRINGS = stringArea('assessment.linkError.', [
	'heading',
	'note',
	'openThere',
]);

/** The session an invitation names (`#s=…`), above the form on the assessment's own page. */
export const SESSION_NOTE_STRINGS = stringArea('assessment.session.', [
	'note',
	'hint',
	'noteClient',
	'hintClient',
]);

/** The message for each kind of damage, under `assessment.linkError.`. */
export const LINK_ERROR_KEYS = {
	empty: 'empty',
	'too-long': 'tooLong',
	malformed: 'malformed',
	'cut-off': 'cutOff',
	altered: 'altered',
	'other-assessment': 'otherAssessment',
	'other-side': 'otherSide',
	'newer-version': 'newerVersion',
	'unknown-version': 'unknownVersion',
	'bad-date': 'badDate',
	'bad-name': 'badName',
} as const satisfies Record<ShareCodeError, KeysUnder<'assessment.linkError.'>>;

/** The texts the assessment island shows, in one language. */
export type AssessmentStrings = Bundle<typeof ASSESSMENT_STRINGS> & {
	copyLink: CopyLinkStrings;
	island: Bundle<typeof ISLAND_STRINGS>;
};

/** The texts of a share link that cannot be opened, with a message per kind of damage. */
export type LinkErrorStrings = Bundle<typeof LINK_ERROR_STRINGS> & {
	/** What happened to the link; `other-assessment` names `{{title}}`. */
	messages: Record<ShareCodeError, string>;
};

/** The texts about opening a share link, on an assessment's own page. */
export interface LinkStrings {
	shared: Bundle<typeof SHARED_RESULT_STRINGS>;
	linkError: LinkErrorStrings;
	session: Bundle<typeof SESSION_NOTE_STRINGS>;
}

/**
 * The answer labels of a likert statement, from 1 (strongly disagree) to 5 (strongly agree).
 * @example likertScale(strings) → ['Strongly disagree', …, 'Strongly agree']
 */
export function likertScale(strings: AssessmentStrings): string[] {
	return [strings.scale1, strings.scale2, strings.scale3, strings.scale4, strings.scale5];
}
