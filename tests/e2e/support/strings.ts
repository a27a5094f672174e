/**
 * The UI strings the pages show, read from the site's own string files, so that a test asserts
 * the text a reader sees without a second copy of every sentence to keep in step.
 */
import en from '../../../src/i18n/en.json' with { type: 'json' };
import ru from '../../../src/i18n/ru.json' with { type: 'json' };
import { fill } from '../../../src/i18n/plural';
import { typesetAll } from '../../../src/i18n/typography';
import type { Lang } from './site';

/** The strings as pages show them: Russian with the no-break spaces the build adds. */
const FILES: Record<Lang, Record<string, string>> = { en, ru: typesetAll('ru', ru) };

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
	return fill(template, values);
}

/** A string with its placeholders as a pattern that matches any value, for partial checks. */
export function pattern(lang: Lang, key: string): RegExp {
	const escaped = t(lang, key).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
	// Any space may be a line break in the page's text content.
	return new RegExp(
		escaped.replace(/\\?\{\\?\{\w+\\?\}\\?\}/g, '.+?').replace(/[ \u00A0]/g, '\\s')
	);
}
