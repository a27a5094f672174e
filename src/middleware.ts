/**
 * The page's language and its translate function, once per page: `Astro.locals.lang` and
 * `Astro.locals.t` (as Starlight's `locals.ts`), so that pages and the components in lessons read
 * them instead of casting the route's parameter or guessing from `Astro.currentLocale`. Pages in
 * no single language (the language picker, the 404 page) get the default language and use both.
 */
import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LOCALE, isLocale, useTranslations } from './i18n/i18n';

export const onRequest = defineMiddleware((context, next) => {
	const lang = isLocale(context.currentLocale) ? context.currentLocale : DEFAULT_LOCALE;
	context.locals.lang = lang;
	context.locals.t = useTranslations(lang);
	return next();
});
