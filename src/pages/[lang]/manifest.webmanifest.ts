/** `/{lang}/manifest.webmanifest`: the web app manifest in each language (`src/lib/web-manifest.ts`, #21). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, useTranslations, type Locale } from '../../i18n/i18n';
import { baseUrl, localeUrl } from '../../lib/urls';
import { webManifest } from '../../lib/web-manifest';

export const getStaticPaths = (() =>
	LOCALES.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** The manifest as JSON. */
export const GET: APIRoute = ({ params }) => {
	const lang = params['lang'] as Locale;
	const t = useTranslations(lang);
	const manifest = webManifest({
		lang,
		name: t('site.name'),
		description: t('site.description'),
		startUrl: localeUrl(lang),
		scope: baseUrl(''),
		fileUrl: baseUrl,
	});
	return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
		headers: { 'content-type': 'application/manifest+json' },
	});
};
