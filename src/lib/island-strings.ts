/**
 * The UI strings each island shows, resolved at build time in one language and passed to the
 * island as a prop, so that no island ships i18next or the string files.
 */
import { pluralForms, useTranslations, type Locale } from '../i18n/i18n';
import type { AssessmentStrings, LinkStrings } from '../islands/assessment/strings';
import type { TeamStrings } from '../islands/team/strings';
import type { ShareCodeError } from '../links/share-code';
import { actionStrings, inviteStrings, presenterStrings } from './team-strings';
import { memoizeForBuild } from './build-memo';

const LINK_ERROR_KEYS = {
	empty: 'assessment.linkError.empty',
	'too-long': 'assessment.linkError.tooLong',
	malformed: 'assessment.linkError.malformed',
	'cut-off': 'assessment.linkError.cutOff',
	altered: 'assessment.linkError.altered',
	'other-assessment': 'assessment.linkError.otherAssessment',
	'other-side': 'assessment.linkError.otherSide',
	'newer-version': 'assessment.linkError.newerVersion',
	'unknown-version': 'assessment.linkError.unknownVersion',
	'bad-date': 'assessment.linkError.badDate',
	'bad-name': 'assessment.linkError.badName',
} as const satisfies Record<ShareCodeError, string>;

/** Messages for each kind of share link that cannot be opened, in one language. */
export function linkErrorStrings(lang: Locale): Record<ShareCodeError, string> {
	const t = useTranslations(lang);
	const entries = Object.entries(LINK_ERROR_KEYS).map(([error, key]) => [error, t(key)]);
	return Object.fromEntries(entries) as Record<ShareCodeError, string>;
}

/**
 * The strings of an assessment island's form, result and sharing in one language, for both kinds
 * (likert and sort). They make one module per language (`src/integrations/island-strings.ts`),
 * a file the browser caches for the whole series (#15).
 * @example assessmentStrings('ru').scale → ['Точно нет', …, 'Точно да']
 */
export const assessmentStrings: (lang: Locale) => AssessmentStrings = memoizeForBuild(
	buildAssessmentStrings,
	(lang) => lang
);

function buildAssessmentStrings(lang: Locale): AssessmentStrings {
	const t = useTranslations(lang);
	return {
		scale: [
			t('assessment.scale1'),
			t('assessment.scale2'),
			t('assessment.scale3'),
			t('assessment.scale4'),
			t('assessment.scale5'),
		],
		progress: t('assessment.progress'),
		questionNumber: t('assessment.questionNumber'),
		submit: t('assessment.submit'),
		clear: t('assessment.clear'),
		clearHint: t('assessment.clearHint'),
		clearHistoryHint: pluralForms(lang, 'assessment.clearHistoryHint'),
		cleared: t('assessment.cleared'),
		undo: t('assessment.undo'),
		restored: t('assessment.restored'),
		unanswered: pluralForms(lang, 'assessment.unanswered'),
		resultHeading: t('assessment.resultHeading'),
		toResult: t('assessment.toResult'),
		resultDate: t('assessment.resultDate'),
		resultReady: t('assessment.resultReady'),
		overall: t('assessment.overall'),
		scoreOutOf: t('assessment.scoreOutOf'),
		dimensionColumn: t('assessment.dimensionColumn'),
		scoreColumn: t('assessment.scoreColumn'),
		trendColumn: t('assessment.trendColumn'),
		chartSummary: t('assessment.chartSummary'),
		weakest: t('assessment.weakest'),
		strongest: t('assessment.strongest'),
		since: t('assessment.since'),
		sincePrevious: t('assessment.sincePrevious'),
		retake: t('assessment.retake'),
		retakeStarted: t('assessment.retakeStarted'),
		sortedCorrectly: pluralForms(lang, 'assessment.sortedCorrectly'),
		sortRight: t('assessment.sortRight'),
		sortWrong: t('assessment.sortWrong'),
		reread: t('assessment.reread'),
		areasHeading: t('assessment.areasHeading'),
		areaScore: t('assessment.areaScore'),
		healthy: t('assessment.healthy'),
		unhealthy: t('assessment.unhealthy'),
		practice: t('assessment.practice'),
		shareHeading: t('assessment.shareHeading'),
		shareIntro: t('assessment.shareIntro'),
		nameLabel: t('assessment.nameLabel'),
		nameHint: t('assessment.nameHint'),
		shareLink: t('assessment.shareLink'),
		copy: t('assessment.copy'),
		copied: t('assessment.copied'),
		copyFailed: t('assessment.copyFailed'),
		share: t('assessment.share'),
		shareText: t('assessment.shareText'),
	};
}

/**
 * The texts about opening a share link, in one language: props of the island on an assessment's
 * own page, where links land (an assessment inside a lesson opens none).
 */
export function assessmentLinkStrings(lang: Locale): LinkStrings {
	const t = useTranslations(lang);
	return {
		shared: {
			heading: t('assessment.sharedHeading'),
			headingAnonymous: t('assessment.sharedHeadingAnonymous'),
			date: t('assessment.sharedDate'),
			earlier: t('assessment.sharedEarlier'),
			note: t('assessment.sharedNote'),
			takeYourself: t('assessment.takeYourself'),
		},
		linkError: {
			heading: t('assessment.linkErrorHeading'),
			note: t('assessment.linkErrorNote'),
			openThere: t('assessment.openThere'),
			messages: linkErrorStrings(lang),
		},
	};
}

/** The strings the team view shows, in one language. */
export function teamStrings(lang: Locale): TeamStrings {
	const t = useTranslations(lang);
	const linkErrors = linkErrorStrings(lang);
	return {
		linksLabel: t('team.linksLabel'),
		linksHint: t('team.linksHint'),
		add: t('team.add'),
		added: pluralForms(lang, 'team.added'),
		duplicates: pluralForms(lang, 'team.duplicates'),
		nothingFound: t('team.nothingFound'),
		linesWithoutLinks: pluralForms(lang, 'team.linesWithoutLinks'),
		truncated: t('team.truncated'),
		brokenHeading: pluralForms(lang, 'team.brokenHeading'),
		brokenLine: t('team.brokenLine'),
		brokenLineNamed: t('team.brokenLineNamed'),
		linkProblems: {
			...linkErrors,
			'other-assessment': t('team.problem.otherAssessment'),
			'unknown-assessment': t('team.problem.unknownAssessment'),
		},
		addressProblems: pluralForms(lang, 'team.addressProblems'),
		empty: t('team.empty'),
		people: pluralForms(lang, 'team.people'),
		rounds: pluralForms(lang, 'team.rounds'),
		colleague: t('team.colleague'),
		clientPerson: t('team.clientPerson'),
		person: t('team.person'),
		dimension: t('team.dimension'),
		overall: t('team.overall'),
		average: t('team.average'),
		spread: t('team.spread'),
		range: t('team.range'),
		remove: t('team.remove'),
		removeShort: t('team.removeShort'),
		removeColumn: t('team.removeColumn'),
		removed: t('team.removed'),
		undo: t('team.undo'),
		restored: t('team.restored'),
		disputedBadge: t('team.disputedBadge'),
		disputed: t('team.disputed'),
		discussion: t('team.discussion'),
		agreement: t('team.agreement'),
		onePerson: t('team.onePerson'),
		tableCaption: t('team.tableCaption'),
		chartSummary: t('team.chartSummary'),
		legendAverage: t('team.legendAverage'),
		roundLabel: t('team.roundLabel'),
		undatedRound: t('team.undatedRound'),
		roundColumn: t('team.roundColumn'),
		roundFor: t('team.roundFor'),
		mergeRound: t('team.mergeRound'),
		changeSince: t('team.changeSince'),
		clientTag: t('team.clientTag'),
		earlierTag: t('team.earlierTag'),
		agencyAverage: t('team.agencyAverage'),
		clientAverage: t('team.clientAverage'),
		gapHeading: t('team.gapHeading'),
		gapWidest: t('team.gapWidest'),
		gapPrompt: t('team.gapPrompt'),
		gapSmall: t('team.gapSmall'),
		gapCaption: t('team.gapCaption'),
		gapColumn: t('team.gapColumn'),
		gapBadge: t('team.gapBadge'),
		clientLower: t('team.clientLower'),
		clientHigher: t('team.clientHigher'),
		clientSame: t('team.clientSame'),
		csvHint: t('team.csvHint'),
		downloadCsvSemicolon: t('team.downloadCsvSemicolon'),
		downloadCsvComma: t('team.downloadCsvComma'),
		csv: {
			title: t('team.csv.title'),
			round: t('team.csv.round'),
			side: t('team.csv.side'),
			agencySide: t('team.csv.agencySide'),
			clientSide: t('team.csv.clientSide'),
			name: t('team.csv.name'),
			date: t('team.csv.date'),
			overall: t('team.overall'),
			band: t('team.csv.band'),
			average: t('team.average'),
			clientAverage: t('team.clientAverage'),
			spread: t('team.spread'),
			gap: t('team.gapColumn'),
			change: t('team.changeSince'),
			undated: t('team.undatedRound'),
			actionsHeading: t('team.csv.actionsHeading'),
			actionWhat: t('team.csv.actionWhat'),
			actionWho: t('team.csv.actionWho'),
			actionDue: t('team.csv.actionDue'),
			actionArea: t('team.csv.actionArea'),
		},
		teamLinkHeading: t('team.teamLinkHeading'),
		teamLinkIntro: t('team.teamLinkIntro'),
		teamLink: t('team.teamLink'),
		linkTooLong: t('team.linkTooLong'),
		shortLink: t('team.shortLink'),
		stillTooLong: t('team.stillTooLong'),
		copy: t('assessment.copy'),
		copied: t('assessment.copied'),
		copyFailed: t('assessment.copyFailed'),
		clearAll: t('team.clearAll'),
		cleared: t('team.cleared'),
		present: t('team.present'),
		print: t('team.print'),
		handoutDate: t('team.handout.date'),
		invite: inviteStrings(lang),
		presenter: presenterStrings(lang),
		actions: actionStrings(lang),
	};
}
