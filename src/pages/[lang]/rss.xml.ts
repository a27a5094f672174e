/** The series as an RSS feed, one per language. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { type Locale, localeStaticPaths } from '../../i18n/i18n';
import { getLessons, lessonSlug } from '../../lib/lessons';
import { lessonUrl } from '../../lib/urls';

export const getStaticPaths = localeStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Locale }> = async ({ props: { lang }, locals: { t }, site }) => {
	const lessons = await getLessons(lang);
	return rss({
		title: t('home.title'),
		description: t('site.description'),
		site: site ?? 'https://clientship.example',
		customData: `<language>${lang}</language>`,
		items: lessons.map((lesson) => ({
			title: lesson.data.title,
			description: lesson.data.description,
			link: lessonUrl(lang, lessonSlug(lesson)),
			pubDate: lesson.data.updated,
		})),
	});
};
