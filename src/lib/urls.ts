/**
 * Site URLs. Every internal link goes through these helpers so that `astro build --base /sub/path/`
 * produces a site whose links still resolve.
 */
import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Locale } from '../i18n/i18n';
import type { Side } from '../links/share-code';

/**
 * The URL of a page in one language, from its path after the language prefix.
 * @example localeUrl('ru', 'lessons/marriage-or-mess/') → '/ru/lessons/marriage-or-mess/'
 */
export function localeUrl(lang: Locale, path = ''): string {
	// Pages end in a slash (trailingSlash: 'always'); files such as rss.xml do not.
	if (/\.[a-z0-9]+$/i.test(path)) return baseUrl(`${lang}/${path}`);
	const url = getRelativeLocaleUrl(lang, path);
	return url.endsWith('/') ? url : `${url}/`;
}

/**
 * The URL of a lesson.
 * @example lessonUrl('en', 'marriage-or-mess') → '/en/lessons/marriage-or-mess/'
 */
export function lessonUrl(lang: Locale, slug: string): string {
	return localeUrl(lang, `lessons/${slug}/`);
}

/**
 * The URL of an assessment's own page, or of its client's side.
 * @example assessmentUrl('ru', 'client-level') → '/ru/assessments/client-level/'
 * @example assessmentUrl('en', 'relationship-health', 'client') → '/en/assessments/relationship-health/client/'
 */
export function assessmentUrl(lang: Locale, id: string, side: Side = 'agency'): string {
	return localeUrl(lang, `assessments/${id}/${side === 'client' ? 'client/' : ''}`);
}

/**
 * A path under the site's base, for files in `public/` and the search index.
 * @example baseUrl('favicon.svg') → '/favicon.svg' (or '/sub/path/favicon.svg' with --base)
 */
export function baseUrl(path: string): string {
	const base = import.meta.env.BASE_URL.endsWith('/')
		? import.meta.env.BASE_URL
		: `${import.meta.env.BASE_URL}/`;
	return `${base}${path.replace(/^\//, '')}`;
}
