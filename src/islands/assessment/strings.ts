/** The UI strings an assessment island needs, resolved by its page from `src/i18n`. */
import type { PluralForms } from '../plural';
import type { ShareCodeError } from './share-code';

/** Every text the assessment island shows, in one language. */
export interface AssessmentStrings {
	/** Likert answer labels, from 1 (strongly disagree) to 5 (strongly agree). */
	scale: string[];
	/** `{{count}}` of `{{total}}` statements answered; no plural form, so it fits every count. */
	progress: string;
	/** A statement's number, `{{number}}`, in the list of unanswered ones. */
	questionNumber: string;
	submit: string;
	clear: string;
	cleared: string;
	/** `{{count}}` statements without an answer; followed by links to them. */
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
