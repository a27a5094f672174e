/**
 * The UI strings of the assessment island, resolved from `src/i18n` at build time. The form, its
 * result and sharing (both kinds) are one module per language, imported by the island's
 * language entry (`AssessmentEn.tsx`, `AssessmentRu.tsx`) and so a cached file of its own; the
 * texts about opening a share link are props, on the assessment's own pages only (#15).
 */
import type { PluralForms } from '../../i18n/plural';
import type { ShareCodeError } from '../../links/share-code';

/** The texts of a colleague's result opened from a share link. */
export interface SharedStrings {
	/** `Shared result: {{name}}`. */
	heading: string;
	headingAnonymous: string;
	/** `Made on {{date}}.` */
	date: string;
	/** A link made with an earlier version of the statements. */
	earlier: string;
	note: string;
	takeYourself: string;
}

/** The texts of a share link that cannot be opened. */
export interface LinkErrorStrings {
	heading: string;
	note: string;
	/** After the message for a code of another assessment: the link to its page. */
	openThere: string;
	/** What happened to the link, per kind of damage; `other-assessment` names `{{title}}`. */
	messages: Record<ShareCodeError, string>;
}

/** The texts the assessment island shows, in one language. */
export interface AssessmentStrings {
	/** Likert only: answer labels, from 1 (strongly disagree) to 5 (strongly agree). */
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
	/** Likert only: the weakest area, `{{area}}` and `{{score}}`. */
	weakest: string;
	/** Likert only: the strongest area, `{{area}}` and `{{score}}`. */
	strongest: string;
	/** `Since {{date}}:`, before the change per area. */
	since: string;
	/** The same, when the previous result has no date. */
	sincePrevious: string;
	retake: string;
	retakeStarted: string;
	/** Sort only: `{{count}}` of `{{total}}` statements sorted correctly. */
	sortedCorrectly: PluralForms;
	/** Sort only: `Right: this is “{{pile}}”.` */
	sortRight: string;
	/** Sort only: `Not quite: this is “{{pile}}”.` */
	sortWrong: string;
	reread: string;
	/** Likert only: the heading over what each area looks like, healthy and not. */
	areasHeading: string;
	/** Likert only: an area and its score, `{{area}}` and `{{score}}`. */
	areaScore: string;
	/** Before what an area looks like when it is healthy. */
	healthy: string;
	/** Before what it looks like when it is not. */
	unhealthy: string;
	/** The link from a low area to the lesson's step or exercise: `{{title}}`. */
	practice: string;
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
}

/** The texts about opening a share link, on an assessment's own page. */
export interface LinkStrings {
	/** A colleague's result opened from a share link. */
	shared: SharedStrings;
	/** A share link that cannot be opened. */
	linkError: LinkErrorStrings;
}
