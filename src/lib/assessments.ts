/**
 * Assessments from the content collection, at build time: in series order, with the lesson each
 * belongs to, and as island models whose section links are checked against the lesson's actual
 * headings, so that a broken link fails the build and names the file.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { LOCALES, useTranslations, type Locale } from '../i18n/i18n';
import { typeset } from '../i18n/typography';
import type { Localized } from '../schemas/assessment';
import type { AssessmentModel } from '../islands/assessment/model';
import type { Side } from '../links/share-code';
import { buildAssessmentModel } from './assessment-model';
import { memoizeForBuild } from './build-memo';
import { addedSections } from './lesson-sections';
import { lessonSteps } from './lesson-steps';
import { headingId } from './slug';
import { getLessonPairs } from './lessons';
import { lessonUrl } from './urls';

/** An assessment entry; its `id` is the file name without `.yaml`. */
export type AssessmentEntry = CollectionEntry<'assessments'>;

/** An assessment with the slug of the lesson whose frontmatter names it. */
export interface LessonAssessment {
	entry: AssessmentEntry;
	lessonSlug: string;
}

/**
 * Every assessment that a lesson names, in series order. Fails the build when an assessment file
 * belongs to no lesson or to two.
 */
export const getAssessments: () => Promise<LessonAssessment[]> = memoizeForBuild(async () => {
	const [entries, pairs] = await Promise.all([getCollection('assessments'), getLessonPairs()]);
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	const found = new Map<string, LessonAssessment>();
	for (const pair of pairs) {
		const id = pair.en.data.assessment.id;
		const entry = byId.get(id);
		if (!entry)
			throw new Error(
				`content/lessons/en/${pair.slug}.mdx: assessment "${id}" does not exist (there is no content/assessments/${id}.yaml)`
			);
		if (found.has(id)) {
			throw new Error(
				`content/assessments/${id}.yaml belongs to two lessons; each lesson has its own`
			);
		}
		found.set(id, { entry, lessonSlug: pair.slug });
	}
	const orphans = entries.filter((entry) => !found.has(entry.id));
	if (orphans.length > 0) {
		throw new Error(
			`${orphans.map((entry) => `content/assessments/${entry.id}.yaml`).join(', ')}: no lesson names it in its frontmatter's "assessment"`
		);
	}
	return [...found.values()];
});

/**
 * Static paths for one side of every assessment that has it, in every language: the agency's
 * side (`/{lang}/assessments/{id}/`) for all, the client's (`…/client/`) for those that define one.
 */
export async function assessmentPaths(
	side: Side
): Promise<{ params: { lang: Locale; id: string }; props: { found: LessonAssessment } }[]> {
	const assessments = (await getAssessments()).filter(
		(found) => side === 'agency' || found.entry.data.client !== undefined
	);
	return LOCALES.flatMap((lang) =>
		assessments.map((found) => ({ params: { lang, id: found.entry.id }, props: { found } }))
	);
}

/** The assessments by id. */
const assessmentsById = memoizeForBuild(
	async () => new Map((await getAssessments()).map((found) => [found.entry.id, found]))
);

/** One assessment by id, with its lesson; fails the build if no lesson has it. */
export async function getAssessment(id: string): Promise<LessonAssessment> {
	const found = (await assessmentsById()).get(id);
	if (!found)
		throw new Error(`content/assessments/${id}.yaml does not exist or no lesson names it`);
	return found;
}

/**
 * One text of an assessment in one language, typeset (Russian gets its no-break spaces, #12). Every
 * assessment text a page shows goes through here or through the model builder.
 * @example assessmentText({ en: 'Mutual respect', ru: 'Уважение и доверие' }, 'ru') → 'Уважение и\u00A0доверие'
 */
export function assessmentText(value: Localized, lang: Locale): string {
	return typeset(lang, value[lang]);
}

/** Heading id → heading text, for a lesson page in one language (its MDX headings and the sections the page adds). */
const lessonSections = memoizeForBuild(loadLessonSections, (lang, slug) => `${lang}/${slug}`);

async function loadLessonSections(lang: Locale, slug: string): Promise<Map<string, string>> {
	const lesson = await getEntry('lessons', `${lang}/${slug}`);
	if (!lesson) throw new Error(`content/lessons/${lang}/${slug}.mdx does not exist`);
	const { headings } = await render(lesson);
	const sections = new Map(headings.map((heading) => [heading.slug, heading.text]));
	for (const section of Object.values(addedSections(useTranslations(lang)))) {
		sections.set(section.id, section.text);
	}
	return sections;
}

/** A step or the exercise of a lesson: the id of its anchor and what a link to it says. */
interface Practice {
	id: string;
	title: string;
}

/**
 * `step-N` and `exercise` → where they are on a lesson page in one language and what a link to
 * them says (`step 3, “See the plant…”`), for the result's link from a low dimension (#25).
 */
const lessonPractices = memoizeForBuild(loadLessonPractices, (lang, slug) => `${lang}/${slug}`);

async function loadLessonPractices(lang: Locale, slug: string): Promise<Map<string, Practice>> {
	const lesson = await getEntry('lessons', `${lang}/${slug}`);
	if (!lesson) throw new Error(`content/lessons/${lang}/${slug}.mdx does not exist`);
	const t = useTranslations(lang);
	const practices = new Map<string, Practice>();
	for (const step of lessonSteps(lesson.body ?? '')) {
		practices.set(step.id, {
			id: step.id,
			title: typeset(
				lang,
				t('assessment.practiceStep', { number: step.number, title: step.title })
			),
		});
	}
	const { title } = lesson.data.forTeams.exercise;
	practices.set('exercise', {
		// The id ForTeams.astro gives the exercise's heading on the lesson page.
		id: headingId(t('lesson.exerciseHeading', { title })),
		title: typeset(lang, t('assessment.practiceExercise', { title })),
	});
	return practices;
}

/** The island models of every side of every assessment in one language, in series order. */
export async function assessmentModels(lang: Locale): Promise<AssessmentModel[]> {
	const found = await getAssessments();
	const models = found.flatMap((one) => [
		assessmentModel(one, lang, 'agency'),
		...(one.entry.data.client ? [assessmentModel(one, lang, 'client')] : []),
	]);
	return Promise.all(models);
}

/** The island's model of one side of an assessment in one language, its section links checked. */
export const assessmentModel: (
	found: LessonAssessment,
	lang: Locale,
	side?: Side
) => Promise<AssessmentModel> = memoizeForBuild(
	loadAssessmentModel,
	({ entry }, lang, side = 'agency') => `${entry.id}/${lang}/${side}`
);

async function loadAssessmentModel(
	{ entry, lessonSlug }: LessonAssessment,
	lang: Locale,
	side: Side = 'agency'
): Promise<AssessmentModel> {
	const [sections, practices] = await Promise.all([
		lessonSections(lang, lessonSlug),
		lessonPractices(lang, lessonSlug),
	]);
	return buildAssessmentModel(
		entry.id,
		entry.data,
		lang,
		side,
		(id, field) => {
			const title = sections.get(id);
			if (title === undefined) {
				throw new Error(
					`content/assessments/${entry.id}.yaml: ${field} links to #${id}, which is not a heading of content/lessons/${lang}/${lessonSlug}.mdx (its headings: ${[...sections.keys()].join(', ')})`
				);
			}
			return { href: `${lessonUrl(lang, lessonSlug)}#${id}`, title };
		},
		(practice, field) => {
			const found = practices.get(practice);
			if (!found) {
				throw new Error(
					`content/assessments/${entry.id}.yaml: ${field} is "${practice}", which content/lessons/${lang}/${lessonSlug}.mdx does not have (it has: ${[...practices.keys()].join(', ')})`
				);
			}
			return { href: `${lessonUrl(lang, lessonSlug)}#${found.id}`, title: found.title };
		}
	);
}
