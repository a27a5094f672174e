/**
 * The UI strings each island shows, resolved at build time in one language and passed to the
 * island as a prop, so that no island ships i18next or the string files.
 */
import { pluralForms, useTranslations, type Locale } from '../i18n/i18n';
import type { AssessmentStrings } from '../islands/assessment/strings';
import type { TeamStrings } from '../islands/team/strings';
import type { ShareCodeError } from '../islands/assessment/share-code';

const LINK_ERROR_KEYS: Record<ShareCodeError, string> = {
	empty: 'assessment.linkError.empty',
	'too-long': 'assessment.linkError.tooLong',
	malformed: 'assessment.linkError.malformed',
	'unknown-format': 'assessment.linkError.unknownFormat',
	'other-version': 'assessment.linkError.otherVersion',
	'wrong-length': 'assessment.linkError.wrongLength',
	'bad-answer': 'assessment.linkError.badAnswer',
	'bad-name': 'assessment.linkError.badName',
	checksum: 'assessment.linkError.checksum',
};

/** Messages for each kind of bad share link, in one language. */
export function linkErrorStrings(lang: Locale): Record<ShareCodeError, string> {
	const t = useTranslations(lang);
	return Object.fromEntries(
		Object.entries(LINK_ERROR_KEYS).map(([error, key]) => [
			error,
			t(key as 'assessment.linkError.empty'),
		])
	) as Record<ShareCodeError, string>;
}

/** The strings the assessment island shows, in one language. */
export function assessmentStrings(lang: Locale): AssessmentStrings {
	const t = useTranslations(lang);
	return {
		scale: [
			t('assessment.scale1'),
			t('assessment.scale2'),
			t('assessment.scale3'),
			t('assessment.scale4'),
			t('assessment.scale5'),
		],
		progress: pluralForms(lang, 'assessment.progress'),
		questionNumber: t('assessment.questionNumber'),
		submit: t('assessment.submit'),
		clear: t('assessment.clear'),
		cleared: t('assessment.cleared'),
		unanswered: pluralForms(lang, 'assessment.unanswered'),
		resultHeading: t('assessment.resultHeading'),
		resultReady: t('assessment.resultReady'),
		overall: t('assessment.overall'),
		scoreOutOf: t('assessment.scoreOutOf'),
		dimensionColumn: t('assessment.dimensionColumn'),
		scoreColumn: t('assessment.scoreColumn'),
		chartSummary: t('assessment.chartSummary'),
		sortedCorrectly: pluralForms(lang, 'assessment.sortedCorrectly'),
		sortRight: t('assessment.sortRight'),
		sortWrong: t('assessment.sortWrong'),
		reread: t('assessment.reread'),
		shareHeading: t('assessment.shareHeading'),
		shareIntro: t('assessment.shareIntro'),
		nameLabel: t('assessment.nameLabel'),
		nameHint: t('assessment.nameHint'),
		shareLink: t('assessment.shareLink'),
		copy: t('assessment.copy'),
		copied: t('assessment.copied'),
		copyFailed: t('assessment.copyFailed'),
		sharedHeading: t('assessment.sharedHeading'),
		sharedHeadingAnonymous: t('assessment.sharedHeadingAnonymous'),
		sharedNote: t('assessment.sharedNote'),
		takeYourself: t('assessment.takeYourself'),
		linkErrorHeading: t('assessment.linkErrorHeading'),
		linkErrorNote: t('assessment.linkErrorNote'),
		linkErrors: linkErrorStrings(lang),
	};
}

/** The strings the team view shows, in one language. */
export function teamStrings(lang: Locale): TeamStrings {
	const t = useTranslations(lang);
	return {
		linksLabel: t('team.linksLabel'),
		linksHint: t('team.linksHint'),
		add: t('team.add'),
		added: pluralForms(lang, 'team.added'),
		duplicates: pluralForms(lang, 'team.duplicates'),
		nothingFound: t('team.nothingFound'),
		truncated: t('team.truncated'),
		problemsHeading: t('team.problemsHeading'),
		lineProblem: t('team.lineProblem'),
		noLink: t('team.noLink'),
		unknownAssessment: t('team.unknownAssessment'),
		linkErrors: linkErrorStrings(lang),
		addressProblems: pluralForms(lang, 'team.addressProblems'),
		empty: t('team.empty'),
		people: pluralForms(lang, 'team.people'),
		colleague: t('team.colleague'),
		person: t('team.person'),
		overall: t('team.overall'),
		average: t('team.average'),
		spread: t('team.spread'),
		range: t('team.range'),
		remove: t('team.remove'),
		removed: t('team.removed'),
		disputedBadge: t('team.disputedBadge'),
		disputed: t('team.disputed'),
		discussion: t('team.discussion'),
		agreement: t('team.agreement'),
		onePerson: t('team.onePerson'),
		tableCaption: t('team.tableCaption'),
		chartSummary: t('team.chartSummary'),
		legendAverage: t('team.legendAverage'),
		downloadCsv: t('team.downloadCsv'),
		csvName: t('team.csvName'),
		csvBand: t('team.csvBand'),
		teamLinkHeading: t('team.teamLinkHeading'),
		teamLinkIntro: t('team.teamLinkIntro'),
		teamLink: t('team.teamLink'),
		copy: t('assessment.copy'),
		copied: t('assessment.copied'),
		copyFailed: t('assessment.copyFailed'),
		clearAll: t('team.clearAll'),
		cleared: t('team.cleared'),
	};
}
