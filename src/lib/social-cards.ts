/**
 * The link-preview card of every page in every language, at build time: what the image shows
 * (a small line above, the page's own title) and where it lives. One list for the image route
 * (`src/pages/[lang]/og/[...card].png.ts`); the head tags name the same file by the page's path
 * (`socialImagePath`), and the end-to-end tests check that every page's image exists.
 */
import { getEntry } from 'astro:content';
import { LOCALES, useTranslations, type Locale } from '../i18n/i18n';
import { getAssessments } from './assessments';
import { getLessons, lessonSlug } from './lessons';
import { socialCardKey } from './head-tags';

/** One preview card. */
export interface SocialCard {
	lang: Locale;
	/** The page's path after the language prefix, without slashes at the ends (`home` for `''`). */
	key: string;
	/** A short line above the title (the lesson's number, what kind of page it is), or ''. */
	eyebrow: string;
	/** The page's own title, as its heading says it (not the `<title>` with the site's name). */
	title: string;
	/** The line at the foot of the card: the series in a phrase. */
	footer: string;
}

/** Every page's card, in both languages. */
export async function socialCards(): Promise<SocialCard[]> {
	const assessments = await getAssessments();
	const perLanguage = await Promise.all(
		LOCALES.map(async (lang) => {
			const t = useTranslations(lang);
			const card = (path: string, eyebrow: string, title: string): SocialCard => ({
				lang,
				key: socialCardKey(path),
				eyebrow,
				title,
				footer: t('site.tagline'),
			});
			const lessons = await getLessons(lang);
			const pages = await Promise.all(
				(['about', 'training'] as const).map(async (name) => {
					const page = await getEntry('pages', `${lang}/${name}`);
					if (!page) throw new Error(`content/pages/${lang}/${name}.mdx is missing`);
					return card(`${name}/`, '', page.data.title);
				})
			);
			return [
				card('', '', t('home.heading')),
				card('team/', '', t('team.title')),
				card('search/', '', t('search.pageTitle')),
				...pages,
				...lessons.map((lesson, index) =>
					card(
						`lessons/${lessonSlug(lesson)}/`,
						t('lesson.position', { number: index + 1, total: lessons.length }),
						lesson.data.title
					)
				),
				...assessments.flatMap(({ entry }) => [
					card(`assessments/${entry.id}/`, t('social.assessment'), entry.data.title[lang]),
					...(entry.data.client
						? [
								card(
									`assessments/${entry.id}/client/`,
									t('social.clientSide'),
									entry.data.client.title[lang]
								),
							]
						: []),
				]),
			];
		})
	);
	return perLanguage.flat();
}
