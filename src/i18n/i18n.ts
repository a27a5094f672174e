/**
 * UI strings for pages and islands. Astro components call `useTranslations(lang)` at build time;
 * islands never import this module: their page resolves the strings they need and passes them as
 * props (see `pluralForms` for counts only known in the browser).
 */
import { createInstance, type TFunction } from 'i18next';
import en from './en.json';
import ru from './ru.json';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
import { typesetAll } from './typography';
import { fill, type PluralForms } from './plural';
import type { Bundle, StringArea } from './string-areas';

export {
	LOCALES,
	DEFAULT_LOCALE,
	LOCALE_TAGS,
	isLocale,
	localeStaticPaths,
	otherLocale,
	type Locale,
} from './locales';
export type { PluralForms } from './plural';

/**
 * The strings of each language. Russian strings are typeset here, once, with no-break spaces
 * (`src/i18n/typography.ts`; `{{placeholders}}` pass through), so that pages and the strings
 * passed to islands all carry them (#12).
 */
const STRINGS: Record<Locale, Record<string, string>> = { en, ru: typesetAll('ru', ru) };

const i18n = createInstance();
// initAsync: false makes init synchronous, so translations are ready at import time.
void i18n.init({
	resources: Object.fromEntries(LOCALES.map((lang) => [lang, { translation: STRINGS[lang] }])),
	lng: DEFAULT_LOCALE,
	fallbackLng: false,
	keySeparator: false,
	nsSeparator: false,
	initAsync: false,
	returnEmptyString: false,
	// Astro escapes everything it renders, so i18next must not escape a second time.
	interpolation: { escapeValue: false },
});

/** One translate function per language, remembering what it returned (see `rememberTranslations`). */
const translators = new Map<Locale, TFunction>();

/**
 * Returns the translate function for one language.
 * @example useTranslations('ru')('nav.about') → 'О\u00A0проекте' (Russian strings are typeset)
 */
export function useTranslations(lang: Locale): TFunction {
	let t = translators.get(lang);
	if (!t) {
		t = rememberTranslations(i18n.getFixedT(lang));
		translators.set(lang, t);
	}
	return t;
}

/**
 * A translate function per language, for the pages written in every language at once (the
 * language picker at `/` and the 404 page).
 * @example allTranslations().ru('nav.about') → 'О\u00A0проекте'
 */
export function allTranslations(): Record<Locale, TFunction> {
	return Object.fromEntries(LOCALES.map((lang) => [lang, useTranslations(lang)])) as Record<
		Locale,
		TFunction
	>;
}

/**
 * `t`, answering a key asked again (with the same plain values) from memory. Every page of a build
 * asks the same few hundred strings of i18next, and its lookup with interpolation cost 3 s of a
 * 1,000-lesson build (#15); the strings do not change while the module lives.
 */
function rememberTranslations(t: TFunction): TFunction {
	// TFunction's overloads cannot be restated: the wrapper takes and gives what t does, as strings.
	const lookup = t as unknown as Translate;
	const remembered = new Map<string, string>();
	const translate: Translate = (key, options) => {
		const isPlain =
			typeof key === 'string' &&
			Object.values(options ?? {}).every((value) => typeof value !== 'object' || value === null);
		if (!isPlain) return lookup(key, options);
		const name = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
		let value = remembered.get(name);
		if (value === undefined) {
			value = lookup(key, options);
			remembered.set(name, value);
		}
		return value;
	};
	return translate as unknown as TFunction;
}

/** The way pages call `t`: a key (or keys to try) and the values to put in. */
type Translate = (key: string | string[], options?: Record<string, unknown>) => string;

/**
 * Collects every plural form of `key` in `lang`, for islands that count in the browser and pick a
 * form with `Intl.PluralRules` (see `src/i18n/plural.ts`). Other interpolations in `values` are
 * filled in; `{{count}}` is left for the island.
 * @example pluralForms('ru', 'lesson.readingTime') → { one: '{{count}} минута чтения', few: …, many: …, other: … }
 */
export function pluralForms(
	lang: Locale,
	key: string,
	values: Record<string, string | number> = {}
): PluralForms {
	const forms: PluralForms = {};
	for (const category of new Intl.PluralRules(lang).resolvedOptions().pluralCategories) {
		const template = STRINGS[lang][`${key}_${category}`];
		if (template === undefined)
			throw new Error(`Missing plural form ${key}_${category} in ${lang}.json`);
		forms[category] = fill(template, values);
	}
	return forms;
}

/**
 * The strings of one area in one language, for an island's props or a script's `data-strings`:
 * each plain key translated, each plural key with every form (`pluralForms`).
 * @example bundle('ru', stringArea('search.', ['loading'], ['results'])) → { loading: 'Ищем…', results: { one: …, few: …, many: …, other: … } }
 */
export function bundle<Area extends StringArea>(lang: Locale, area: Area): Bundle<Area> {
	// The area's keys are checked against the string files where it is declared (`stringArea`).
	const t = useTranslations(lang) as unknown as Translate;
	const strings: Record<string, string | PluralForms> = {};
	for (const key of area.strings) strings[key] = t(`${area.prefix}${key}`);
	for (const key of area.plurals) strings[key] = pluralForms(lang, `${area.prefix}${key}`);
	return strings as Bundle<Area>;
}
