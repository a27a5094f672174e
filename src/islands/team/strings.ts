/** The UI strings the team view needs, resolved by its page from `src/i18n`. */
import type { PluralForms } from '../../i18n/plural';
import type { CsvStrings } from './csv-rows';
import type { LinkProblem } from './team-merge';

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
	/** `{{count}}` pasted lines had no link (never quoted). */
	linesWithoutLinks: PluralForms;
	truncated: string;
	/** `{{count}}` links could not be read. */
	brokenHeading: PluralForms;
	/** `Line {{line}}: {{reason}}`. */
	brokenLine: string;
	/** `Line {{line}} ({{label}}): {{reason}}`. */
	brokenLineNamed: string;
	linkProblems: Record<LinkProblem, string>;
	addressProblems: PluralForms;
	empty: string;
	/** `{{count}}` people. */
	people: PluralForms;
	/** `{{count}}` rounds. */
	rounds: PluralForms;
	/** `Colleague {{number}}`. */
	colleague: string;
	/** `Client {{number}}`. */
	clientPerson: string;
	person: string;
	dimension: string;
	overall: string;
	average: string;
	spread: string;
	range: string;
	/** The accessible name of a remove button: `Remove {{name}}`. */
	remove: string;
	/** Its visible text. */
	removeShort: string;
	/** The (visually hidden) header of the remove column. */
	removeColumn: string;
	removed: string;
	undo: string;
	restored: string;
	disputedBadge: string;
	disputed: string;
	discussion: string;
	agreement: string;
	onePerson: string;
	tableCaption: string;
	chartSummary: string;
	legendAverage: string;
	/** `Round of {{date}}`. */
	roundLabel: string;
	undatedRound: string;
	roundColumn: string;
	/** `Round for {{name}}`. */
	roundFor: string;
	/** `Merge into {{round}}`. */
	mergeRound: string;
	/** `Change since {{date}}`. */
	changeSince: string;
	clientTag: string;
	earlierTag: string;
	agencyAverage: string;
	clientAverage: string;
	gapHeading: string;
	/** `{{areas}}`: where the two sides see it most differently. */
	gapWidest: string;
	gapPrompt: string;
	gapSmall: string;
	gapCaption: string;
	gapColumn: string;
	gapBadge: string;
	clientLower: string;
	clientHigher: string;
	clientSame: string;
	csvHint: string;
	downloadCsvSemicolon: string;
	downloadCsvComma: string;
	csv: CsvStrings;
	teamLinkHeading: string;
	teamLinkIntro: string;
	teamLink: string;
	/** `{{count}}` characters, over `{{limit}}`. */
	linkTooLong: string;
	/** `{{count}}` characters without names. */
	shortLink: string;
	stillTooLong: string;
	copy: string;
	copied: string;
	copyFailed: string;
	clearAll: string;
	cleared: string;
}
