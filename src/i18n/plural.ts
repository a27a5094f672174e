/**
 * Picks and fills a plural form in the browser, where i18next is not shipped. The page passes all
 * forms of a string (see `pluralForms` in `src/i18n/i18n.ts`); this picks one with the platform's
 * `Intl.PluralRules`.
 */

/** Every plural form of a string, keyed by plural category. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * The form of `forms` for `count` in `lang`, with `{{count}}` written as the language writes
 * numbers (`1,000` in English, `1 000` with a no-break space in Russian) and other
 * `{{placeholders}}` filled in.
 * @example plural('ru', { one: '{{count}} урок', few: '{{count}} урока', many: '{{count}} уроков' }, 3) → '3 урока'
 * @example plural('ru', forms, 1021) → '1 021 урок'
 */
export function plural(
	lang: string,
	forms: PluralForms,
	count: number,
	values: Record<string, string | number> = {}
): string {
	const template = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other ?? '';
	return fill(template, { ...values, count: new Intl.NumberFormat(lang).format(count) });
}

/**
 * Fills `{{placeholders}}` in a string; unknown ones are left as they are.
 * @example fill('Shared by {{name}}', { name: 'Anna' }) → 'Shared by Anna'
 */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match
	);
}
