/**
 * Which pages have a link-preview card, and what each card says (#16, #27). A card is a
 * 1200×630 image in its page's language: the site's mark, a short line saying what the page is,
 * the title, and the site's tagline. Cards cost build time (about as much as rendering a page
 * each), so a page has its own card only where a reader would tell it apart from another page's:
 *
 * - a lesson has one card, which its self-assessment's page shows too: a result shared from the
 *   assessment is a link to that lesson's work, and the preview's text (`og:title`) names the
 *   assessment;
 * - the client's side of an assessment has its own card, worded for the client, who is not a
 *   reader of the lesson;
 * - home, the team view, search, about and the facilitator guide have one each;
 * - the pages in no single language (the language picker, 404) share the site's card, in both
 *   languages.
 */
import { getEntry } from 'astro:content';
import { LOCALES, useTranslations, type Locale } from '../i18n/i18n';
import { getAssessments } from '../lib/assessments';
import { getLessons, lessonSlug } from '../lib/lessons';
import { socialCardKey } from './naming';

/** What a card shows. */
export interface CardText {
	/** A short line above the title (the lesson's number, what kind of page it is), or ''. */
	eyebrow: string;
	/** The page's own title, as its heading says it (not the `<title>` with the site's name). */
	title: string;
	/** The line at the foot of the card: the series in a phrase. */
	footer: string;
}

/** One card: what it shows, in which language, under which name (`socialCardKey`). */
export interface SocialCard extends CardText {
	lang: Locale;
	key: string;
}

/**
 * The path of the page whose card a lesson's self-assessment shows: its lesson's.
 * @example assessmentCardPath('marriage-or-mess') → 'lessons/marriage-or-mess/'
 */
export function assessmentCardPath(lessonSlug: string): string {
	return `lessons/${lessonSlug}/`;
}

/** Every card of one language's pages. */
async function cardsIn(lang: Locale): Promise<SocialCard[]> {
	const t = useTranslations(lang);
	const card = (path: string, eyebrow: string, title: string): SocialCard => ({
		lang,
		key: socialCardKey(path),
		eyebrow,
		title,
		footer: t('site.tagline'),
	});
	const [lessons, assessments] = await Promise.all([getLessons(lang), getAssessments()]);
	const pages = await Promise.all(
		(['about', 'training'] as const).map(async (name) => {
			const page = await getEntry('pages', `${lang}/${name}`);
			if (!page) throw new Error(`content/pages/${lang}/${name}.mdx is missing`);
			return card(`${name}/`, '', page.data.title);
		})
	);
	return [
		card('', '', t('home.heading')),
		card('team/', '', t('team.heading')),
		card('search/', '', t('search.pageTitle')),
		...pages,
		...lessons.map((lesson, index) =>
			card(
				assessmentCardPath(lessonSlug(lesson)),
				t('lesson.position', { number: index + 1, total: lessons.length }),
				lesson.data.title
			)
		),
		...assessments.flatMap(({ entry }) =>
			entry.data.client
				? [
						card(
							`assessments/${entry.id}/client/`,
							t('social.clientSide'),
							entry.data.client.title[lang]
						),
					]
				: []
		),
	];
}

/** Every page's card, in both languages. */
export async function socialCards(): Promise<SocialCard[]> {
	return (await Promise.all(LOCALES.map(cardsIn))).flat();
}

/**
 * The site's card, for pages in no single language: the home page's heading in English, and in
 * Russian on the line below.
 */
export function siteCard(): CardText {
	return {
		eyebrow: '',
		title: useTranslations('en')('home.heading'),
		footer: useTranslations('ru')('home.heading'),
	};
}
