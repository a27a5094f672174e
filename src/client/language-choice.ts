/**
 * The reader's language: remembered when they use the language switcher, guessed from the
 * browser otherwise.
 *
 * Stored shape: `clientship:v1:lang` holds `"en"` or `"ru"`. Any other value (old, corrupted or
 * written by hand) is ignored and removed.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales';
import { STORAGE_NAMESPACE, type KeyValueStorage } from './browser-storage';

/** Where the language choice is kept. */
export const LANGUAGE_KEY = `${STORAGE_NAMESPACE}:lang`;

/**
 * Remembers the reader's language; ignores anything that is not a site language.
 * @example saveLanguageChoice(localStorage, 'ru') // stores "ru"
 */
export function saveLanguageChoice(storage: KeyValueStorage, lang: unknown): void {
	if (isLocale(lang)) storage.setItem(LANGUAGE_KEY, lang);
}

/**
 * The remembered language, if a valid one is stored. A corrupted value is removed.
 * @example readLanguageChoice(storageWith('ru')) → 'ru'; readLanguageChoice(storageWith('{]')) → undefined
 */
export function readLanguageChoice(storage: KeyValueStorage): Locale | undefined {
	const stored = storage.getItem(LANGUAGE_KEY);
	if (stored === null) return undefined;
	if (isLocale(stored)) return stored;
	storage.removeItem(LANGUAGE_KEY);
	return undefined;
}

/**
 * Picks the language for a first visit to `/`: the remembered choice, else the first of the
 * browser's languages the site has (`ru-RU` counts as `ru`), else English.
 * @example pickLanguage(undefined, ['de-DE', 'ru-RU', 'en']) → 'ru'
 */
export function pickLanguage(
	saved: Locale | undefined,
	browserLanguages: readonly string[]
): Locale {
	if (saved) return saved;
	for (const tag of browserLanguages) {
		const primary = typeof tag === 'string' ? tag.toLowerCase().split('-')[0] : undefined;
		if (isLocale(primary)) return primary;
	}
	return DEFAULT_LOCALE;
}
