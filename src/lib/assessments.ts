/**
 * Turns an assessment definition into what its island needs in one language: texts resolved,
 * section ids turned into links to the lesson, and every link checked against the lesson's
 * actual headings, so that a broken link fails the build and names the file.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { pluralForms, useTranslations, type Locale } from '../i18n/i18n';
import { typeset } from '../i18n/typography';
import type { AssessmentModel } from '../islands/assessment/model';
import type { AssessmentStrings } from '../islands/assessment/strings';
import type { TeamStrings } from '../islands/team/strings';
import type { ShareCodeError } from '../islands/assessment/share-code';
import { headingId } from './slug';
import { lessonUrl } from './urls';

/** An assessment entry. */
export type AssessmentEntry = CollectionEntry<'assessments'>;

/** Every assessment, in the order of the lessons they belong to. */
export async function getAssessments(): Promise<AssessmentEntry[]> {
	const [assessments, lessons] = await Promise.all([
		getCollection('assessments'),
		getCollection('lessons'),
	]);
	const order = (entry: AssessmentEntry) =>
		lessons.find((lesson) => lesson.id === `en/${entry.data.lesson}`)?.data.order ??
		Number.MAX_SAFE_INTEGER;
	return assessments.sort((a, b) => order(a) - order(b));
}

/** One assessment by id; fails the build if it does not exist. */
export async function getAssessment(id: string): Promise<AssessmentEntry> {
	const entry = await getEntry('assessments', id);
	if (!entry) throw new Error(`content/assessments/${id}.yaml does not exist`);
	if (entry.data.id !== id) {
		throw new Error(
			`content/assessments/${id}.yaml: id is "${entry.data.id}", but the file is named ${id}.yaml`
		);
	}
	return entry;
}

/**
 * One text of an assessment in one language, typeset (Russian gets its no-break spaces, #12). Every
 * assessment text a page shows goes through here.
 * @example assessmentText({ en: 'Mutual respect', ru: 'Уважение и доверие' }, 'ru') → 'Уважение и\u00A0доверие'
 */
export function assessmentText(value: { en: string; ru: string }, lang: Locale): string {
	return typeset(lang, value[lang]);
}

/** Heading id → heading text, for a lesson page in one language (its MDX headings and the sections the page adds). */
async function lessonSections(lang: Locale, slug: string): Promise<Map<string, string>> {
	const lesson = await getEntry('lessons', `${lang}/${slug}`);
	if (!lesson) throw new Error(`content/lessons/${lang}/${slug}.mdx does not exist`);
	const { headings } = await render(lesson);
	const t = useTranslations(lang);
	const sections = new Map(headings.map((heading) => [heading.slug, heading.text]));
	for (const key of [
		'lesson.assessmentHeading',
		'lesson.forTeamsHeading',
		'lesson.takeawaysHeading',
	] as const) {
		sections.set(headingId(t(key)), t(key));
	}
	return sections;
}

/** The island models of every assessment in one language, in series order. */
export async function assessmentModels(lang: Locale): Promise<AssessmentModel[]> {
	return Promise.all((await getAssessments()).map((entry) => assessmentModel(entry, lang)));
}

/** The island's model of an assessment in one language. */
export async function assessmentModel(
	entry: AssessmentEntry,
	lang: Locale
): Promise<AssessmentModel> {
	const { data } = entry;
	const sections = await lessonSections(lang, data.lesson);
	const file = `content/assessments/${entry.id}.yaml`;
	const section = (ids: { en: string; ru: string }, field: string) => {
		const id = ids[lang];
		const title = sections.get(id);
		if (title === undefined) {
			throw new Error(
				`${file}: ${field}.${lang} links to #${id}, which is not a heading of content/lessons/${lang}/${data.lesson}.mdx (its headings: ${[...sections.keys()].join(', ')})`
			);
		}
		return { href: `${lessonUrl(lang, data.lesson)}#${id}`, title };
	};
	return {
		id: data.id,
		kind: data.kind,
		version: data.version,
		title: assessmentText(data.title, lang),
		dimensions: data.dimensions.map((dimension, index) => ({
			id: dimension.id,
			label: assessmentText(dimension.label, lang),
			sectionHref: dimension.section
				? section(dimension.section, `dimensions[${index}].section`).href
				: undefined,
		})),
		questions: data.questions.map((question) => ({
			id: question.id,
			dimension: question.dimension,
			text: assessmentText(question.text, lang),
			reversed: question.reversed,
			reason: question.reason && assessmentText(question.reason, lang),
		})),
		bands: data.bands.map((band, index) => {
			const target = section(band.section, `bands[${index}].section`);
			return {
				min: band.min,
				max: band.max,
				title: assessmentText(band.title, lang),
				advice: assessmentText(band.advice, lang),
				sectionHref: target.href,
				sectionTitle: target.title,
			};
		}),
	};
}

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
		progress: t('assessment.progress'),
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
