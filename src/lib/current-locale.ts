/** The language of the page being rendered, for components used inside MDX (which get no props from the page). */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales';

/**
 * Reads `Astro.currentLocale`, set by i18n routing from the URL's first segment.
 * @example pageLocale('ru') → 'ru'; pageLocale(undefined) → 'en'
 */
export function pageLocale(currentLocale: string | undefined): Locale {
	return isLocale(currentLocale) ? currentLocale : DEFAULT_LOCALE;
}
