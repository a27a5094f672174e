/** The UI strings an assessment island needs, resolved by its page from `src/i18n`. */
import type { PluralForms } from '../../i18n/plural';
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
	/** Under "Clear my answers" when there is no history yet. */
	clearHint: string;
	/** Under "Clear my answers": it also clears `{{count}}` saved results. */
	clearHistoryHint: PluralForms;
	cleared: string;
	undo: string;
	restored: string;
	/** `{{count}}` statements without an answer; followed by links to them. */
	unanswered: PluralForms;
	resultHeading: string;
	/** A link from the top of the statements down to the reader's result, once there is one. */
	toResult: string;
	/** `Result of {{date}}`. */
	resultDate: string;
	resultReady: string;
	overall: string;
	scoreOutOf: string;
	dimensionColumn: string;
	scoreColumn: string;
	trendColumn: string;
	chartSummary: string;
	/** Likert: the weakest area, `{{area}}` and `{{score}}`. */
	weakest: string;
	/** Likert: the strongest area, `{{area}}` and `{{score}}`. */
	strongest: string;
	/** `Since {{date}}:`, before the change per area. */
	since: string;
	/** The same, when the previous result has no date. */
	sincePrevious: string;
	retake: string;
	retakeStarted: string;
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
	/** The device's share sheet button. */
	share: string;
	/** The one line sent with the link by the share sheet: `{{title}}`. */
	shareText: string;
	sharedHeading: string;
	sharedHeadingAnonymous: string;
	/** `Made on {{date}}.` */
	sharedDate: string;
	/** A link made with an earlier version of the statements. */
	sharedEarlier: string;
	sharedNote: string;
	takeYourself: string;
	linkErrorHeading: string;
	linkErrorNote: string;
	/** After the message for a code of another assessment: the link to its page. */
	openThere: string;
	linkErrors: Record<ShareCodeError, string>;
}
