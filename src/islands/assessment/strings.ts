/** The UI strings an assessment island needs, resolved by its page from `src/i18n`. */
import type { PluralForms } from '../../i18n/plural';
import type { ShareCodeError } from './share-code';

/** Every text the assessment island shows, in one language. */
export interface AssessmentStrings {
	/** Likert answer labels, from 1 (strongly disagree) to 5 (strongly agree). */
	scale: string[];
	/** `{{count}}` of `{{total}}` questions answered. */
	progress: PluralForms;
	questionNumber: string;
	submit: string;
	clear: string;
	cleared: string;
	/** `{{count}}` questions without an answer; followed by links to them. */
	unanswered: PluralForms;
	resultHeading: string;
	resultReady: string;
	overall: string;
	scoreOutOf: string;
	dimensionColumn: string;
	scoreColumn: string;
	chartSummary: string;
	/** Sort only: `{{count}}` of `{{total}}` statements sorted correctly. */
	sortedCorrectly: PluralForms;
	sortRight: string;
	sortWrong: string;
	reread: string;
	shareHeading: string;
	shareIntro: string;
	nameLabel: string;
	nameHint: string;
	shareLink: string;
	copy: string;
	copied: string;
	copyFailed: string;
	sharedHeading: string;
	sharedHeadingAnonymous: string;
	sharedNote: string;
	takeYourself: string;
	linkErrorHeading: string;
	linkErrorNote: string;
	linkErrors: Record<ShareCodeError, string>;
}
