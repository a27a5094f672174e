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
	/** The button that switches a group into presenter mode. */
	present: string;
	print: string;
	/** `Printed on {{date}} · {{people}}`. */
	handoutDate: string;
	invite: InviteStrings;
	presenter: PresenterStrings;
	actions: ActionStrings;
}

/** The invitation: an assessment's link and its QR code. */
export interface InviteStrings {
	heading: string;
	intro: string;
	sameClient: string;
	assessment: string;
	side: string;
	sideAgency: string;
	sideClient: string;
	link: string;
	/** The QR code's accessible name: `… “{{title}}”`. */
	qrAgency: string;
	qrClient: string;
}

/** Presenter mode. */
export interface PresenterStrings {
	/** `{{current}} of {{total}}`. */
	step: string;
	/** `Slide {{current}} of {{total}}: {{title}}`, announced on each step. */
	announce: string;
	previous: string;
	next: string;
	leave: string;
	keys: string;
	showNames: string;
	anonymous: string;
	named: string;
	/** Fewer than three people: `{{count}}`. */
	few: PluralForms;
	average: string;
	median: string;
	spread: string;
	dot: string;
	/** `Average in the round of {{date}}`. */
	previousAverage: string;
	/** `Since {{date}}: {{delta}} (… {{from}} … {{to}})`. */
	change: string;
	/** `Client’s view: {{average}} ({{words}}, {{gap}})`. */
	client: string;
	clientAverage: string;
	/** The strip's text equivalent: `{{area}} … {{people}}: {{scores}} … {{median}} {{average}} {{range}}`. */
	stripSummary: string;
	overview: string;
	namesHidden: string;
	tableCaption: string;
	disputedBadge: string;
	discussion: string;
	clientLower: string;
	clientHigher: string;
	clientSame: string;
}

/** The agreed actions. */
export interface ActionStrings {
	heading: string;
	intro: string;
	empty: string;
	new: string;
	/** `Action {{number}}`. */
	editing: string;
	what: string;
	/** `… {{limit}} characters`. */
	whatHint: string;
	who: string;
	whoHint: string;
	due: string;
	/** `Optional. For example, {{example}}.` */
	dueHint: string;
	/** What a typed date was read as: `That is {{date}}.` */
	dueReads: string;
	area: string;
	noArea: string;
	add: string;
	save: string;
	cancel: string;
	edit: string;
	/** Accessible names, `… {{number}}`. */
	editName: string;
	remove: string;
	removeName: string;
	up: string;
	upName: string;
	down: string;
	downName: string;
	/** `Cut to {{limit}} characters.` */
	cut: string;
	whatMissing: string;
	/** "By when" holds part of a date: `… for example {{example}} …`. */
	dueIncomplete: string;
	/** "By when" is not a date: `“{{text}}” is not a date …{{example}}…`. */
	dueNotADate: string;
	/** `… up to {{limit}} actions …`. */
	full: string;
	added: string;
	saved: string;
	removed: string;
	/** `Now in place {{number}}.` */
	moved: string;
	/** `by {{date}}`. */
	dueBy: string;
	damaged: string;
	newer: string;
}
