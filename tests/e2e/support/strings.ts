/**
 * The UI strings the pages show, read from the site's own string files, so that a test asserts
 * the text a reader sees without a second copy of every sentence to keep in step.
 */
import en from '../../../src/i18n/en.json' with { type: 'json' };
import ru from '../../../src/i18n/ru.json' with { type: 'json' };
import type { Lang } from './site';

const FILES: Record<Lang, Record<string, string>> = { en, ru };

/**
 * One string in one language, with `{{placeholders}}` filled and, given `count`, the plural form
 * `Intl.PluralRules` picks (as the site does).
 * @example t('ru', 'team.added', { count: 3 }) → 'Добавлено 3 результата.'
 */
export function t(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
	const file = FILES[lang];
	const form =
		'count' in values
			? `${key}_${new Intl.PluralRules(lang).select(Number(values['count']))}`
			: key;
	const template = file[form] ?? file[key];
	if (template === undefined) throw new Error(`no string ${form} in ${lang}.json`);
	return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match
	);
}

/** A string with its placeholders as a pattern that matches any value, for partial checks. */
export function pattern(lang: Lang, key: string): RegExp {
	const escaped = t(lang, key).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
	// Spaces may be non-breaking on the page: the typographer adds them to Russian sentences.
	return new RegExp(escaped.replace(/\\?\{\\?\{\w+\\?\}\\?\}/g, '.+?').replace(/ /g, '\\s'));
}
