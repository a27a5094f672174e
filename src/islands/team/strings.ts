/** The UI strings the team view needs, resolved by its page from `src/i18n`. */
import type { PluralForms } from '../../i18n/plural';
import type { ShareCodeError } from '../assessment/share-code';

/** Every text the team island shows, in one language. */
export interface TeamStrings {
	linksLabel: string;
	linksHint: string;
	add: string;
	/** `{{count}}` results added. */
	added: PluralForms;
	/** `{{count}}` links already in the table. */
	duplicates: PluralForms;
	nothingFound: string;
	truncated: string;
	problemsHeading: string;
	lineProblem: string;
	noLink: string;
	unknownAssessment: string;
	linkErrors: Record<ShareCodeError, string>;
	addressProblems: PluralForms;
	empty: string;
	/** `{{count}}` people. */
	people: PluralForms;
	colleague: string;
	person: string;
	overall: string;
	average: string;
	spread: string;
	range: string;
	remove: string;
	removed: string;
	disputedBadge: string;
	disputed: string;
	discussion: string;
	agreement: string;
	onePerson: string;
	tableCaption: string;
	chartSummary: string;
	legendAverage: string;
	downloadCsv: string;
	csvName: string;
	csvBand: string;
	teamLinkHeading: string;
	teamLinkIntro: string;
	teamLink: string;
	copy: string;
	copied: string;
	copyFailed: string;
	clearAll: string;
	cleared: string;
}
