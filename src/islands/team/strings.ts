/**
 * The UI strings of the team view, declared once as string areas (see
 * `src/i18n/string-areas.ts`); `src/lib/island-strings.ts` resolves them at build time and the
 * team page passes them as a prop.
 */
import { stringArea, type Bundle } from '../../i18n/string-areas';
import type { CopyLinkStrings } from '../shared/strings';
import type { LinkProblem } from './team-merge';

/** The paste box, its report, the table, the chart, the perception gap and the team link. */
export const TEAM_STRINGS = stringArea(
	'team.',
	[
		'linksLabel',
		'linksHint',
		'add',
		'nothingFound',
		'truncated',
		'brokenLine',
		'brokenLineNamed',
		'empty',
		'colleague',
		'clientPerson',
		'participant',
		'person',
		'dimension',
		'overall',
		'average',
		'spread',
		'range',
		'remove',
		'removeShort',
		'removeColumn',
		'removed',
		'undo',
		'restored',
		'disputedBadge',
		'weakestBadge',
		'disputed',
		'discussion',
		'agreement',
		'onePerson',
		'tableCaption',
		'chartSummary',
		'legendAverage',
		'roundLabel',
		'undatedRound',
		'roundColumn',
		'roundFor',
		'mergeRound',
		'changeSince',
		'clientTag',
		'earlierTag',
		'agencyAverage',
		'clientAverage',
		'gapHeading',
		'gapWidest',
		'gapPrompt',
		'gapSmall',
		'gapCaption',
		'gapColumn',
		'gapBadge',
		'clientLower',
		'clientHigher',
		'clientSame',
		'csvHint',
		'downloadCsvSemicolon',
		'downloadCsvComma',
		'teamLinkHeading',
		'teamLinkIntro',
		'teamLink',
		'linkTooLong',
		'shortLink',
		'stillTooLong',
		'clearAll',
		'cleared',
		'present',
		'printOutside',
		'printTeam',
		'printHint',
		'handoutOutside',
		'handoutTeam',
		'handoutDate',
		'replaced',
		'sessionHeading',
		'sessionAdopted',
		'heldLine',
		'heldLineNamed',
		'heldHint',
		'addHeld',
	],
	[
		'heldHeading',
		'added',
		'duplicates',
		'overLimit',
		'clientSide',
		'linesWithoutLinks',
		'brokenHeading',
		'addressProblems',
		'people',
		'rounds',
		'handoutFiguresOnly',
	]
);

/** The switch that shows people's names instead of numbers (#22). */
export const NAMES_STRINGS = stringArea('team.names.', ['show', 'hidden', 'shown']);

/** A team link opened by someone who does not run the session (#22): tools folded, own row. */
export const READER_STRINGS = stringArea('team.reader.', ['tools', 'you']);

/** The team table's scroll box, when the table is wider than the page (#22). */
export const TABLE_STRINGS = stringArea('team.table.', ['scrollLabel', 'scrollHint']);

/** The exported CSV: its column headers and the actions block. */
export const CSV_STRINGS = stringArea('team.csv.', [
	'session',
	'round',
	'side',
	'agencySide',
	'clientSide',
	'name',
	'date',
	'overall',
	'band',
	'average',
	'clientAverage',
	'spread',
	'gap',
	'change',
	'undated',
	'actionsHeading',
	'actionWhat',
	'actionWho',
	'actionDue',
	'actionArea',
	'actionStatus',
	'actionRound',
]);

/** The messages for a pasted link that the team view cannot use, beyond a share link's own. */
export const LINK_PROBLEM_STRINGS = stringArea('team.problem.', [
	'otherAssessment',
	'unknownAssessment',
	'assessmentAddress',
	'lessonAddress',
]);

/**
 * The invitation: the session's name, an assessment's link and its QR code for the room, or a
 * letter for the client.
 */
export const INVITE_STRINGS = stringArea(
	'team.invite.',
	[
		'heading',
		'intro',
		'sameClient',
		'assessment',
		'side',
		'sideAgency',
		'sideClient',
		'link',
		'qrAgency',
		'sessionName',
		'sessionHint',
		'sessionCut',
		'clientIntro',
		'clientMail',
		'clientSubject',
		'copyMail',
		'mailCopied',
		'mailCopyFailed',
		'openMail',
	],
	['clientBody']
);

/** Presenter mode. */
export const PRESENTER_STRINGS = stringArea(
	'team.presenter.',
	[
		'step',
		'announce',
		'previous',
		'next',
		'leave',
		'keys',
		'showNames',
		'anonymous',
		'named',
		'average',
		'median',
		'dot',
		'previousAverage',
		'change',
		'client',
		'stripSummary',
		'overview',
		'namesHidden',
		'tableCaption',
		'weakest',
	],
	['few']
);

/** The sessions kept on this device. */
export const SESSION_STRINGS = stringArea(
	'team.sessions.',
	[
		'heading',
		'intro',
		'open',
		'openLabel',
		'delete',
		'deleteLabel',
		'current',
		'deleted',
		'newSession',
		'started',
		'reopened',
		'name',
	],
	['results']
);

/** The agreed actions. */
export const ACTION_STRINGS = stringArea('team.actions.', [
	'heading',
	'intro',
	'empty',
	'new',
	'editing',
	'what',
	'whatHint',
	'who',
	'whoHint',
	'due',
	'dueHint',
	'dueReads',
	'dueIncomplete',
	'dueNotADate',
	'area',
	'noArea',
	'add',
	'save',
	'cancel',
	'edit',
	'editName',
	'remove',
	'removeName',
	'up',
	'upName',
	'down',
	'downName',
	'cut',
	'whatMissing',
	'full',
	'added',
	'saved',
	'removed',
	'moved',
	'dueBy',
	'damaged',
	'newer',
	'status',
	'statusName',
	'statusOpen',
	'statusInProgress',
	'statusDone',
	'statusDropped',
	'statusChanged',
	'reviewHeading',
	'reviewIntro',
	'reviewChange',
	'emptyRound',
]);

export type CsvStrings = Bundle<typeof CSV_STRINGS>;
export type InviteStrings = Bundle<typeof INVITE_STRINGS>;
export type PresenterStrings = Bundle<typeof PRESENTER_STRINGS>;
export type ActionStrings = Bundle<typeof ACTION_STRINGS>;
export type SessionStrings = Bundle<typeof SESSION_STRINGS>;
export type NamesStrings = Bundle<typeof NAMES_STRINGS>;
export type ReaderStrings = Bundle<typeof READER_STRINGS>;
export type TableStrings = Bundle<typeof TABLE_STRINGS>;

/** Every text the team island shows, in one language. */
export type TeamStrings = Bundle<typeof TEAM_STRINGS> & {
	/** Why a pasted link cannot be used: a share link's own messages and the team view's. */
	linkProblems: Record<LinkProblem, string>;
	csv: CsvStrings;
	invite: InviteStrings;
	presenter: PresenterStrings;
	actions: ActionStrings;
	sessions: SessionStrings;
	names: NamesStrings;
	reader: ReaderStrings;
	table: TableStrings;
	copyLink: CopyLinkStrings;
};
