/**
 * The site's languages. Kept apart from `i18n.ts` so that browser scripts can import them without
 * pulling i18next and the string files into the bundle.
 */

/** The site's languages, in the order the language switcher and hreflang links list them. */
export const LOCALES = ['en', 'ru'] as const;

/** A language the site is written in. */
export type Locale = (typeof LOCALES)[number];

/** The language of `x-default` links and of readers whose browser asks for neither language. */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * Whether a value is one of the site's language codes.
 * @example isLocale('ru') → true; isLocale('de') → false
 */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The other language of the pair.
 * @example otherLocale('en') → 'ru'
 */
export function otherLocale(lang: Locale): Locale {
	return lang === 'en' ? 'ru' : 'en';
}

/** The BCP 47 tag for `Intl` formatters and Open Graph locales. */
export const LOCALE_TAGS: Record<Locale, { intl: string; openGraph: string }> = {
	en: { intl: 'en-GB', openGraph: 'en_GB' },
	ru: { intl: 'ru-RU', openGraph: 'ru_RU' },
};

/**
 * The static paths of a route under `[lang]/`: one per language, the language also as a typed
 * prop (endpoints, which have no `Astro.locals` in their signature, read it there).
 * @example localeStaticPaths() → [{ params: { lang: 'en' }, props: { lang: 'en' } }, { params: { lang: 'ru' }, props: { lang: 'ru' } }]
 */
export function localeStaticPaths(): { params: { lang: Locale }; props: { lang: Locale } }[] {
	return LOCALES.map((lang) => ({ params: { lang }, props: { lang } }));
}
