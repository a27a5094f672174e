/** UI strings reach pages and islands typeset in Russian, with their placeholders intact (#12). */
import { describe, expect, test } from 'vitest';
import en from '../../../src/i18n/en.json';
import ru from '../../../src/i18n/ru.json';
import { pluralForms, useTranslations } from '../../../src/i18n/i18n';
import { NBSP } from '../../../src/i18n/typography';

const placeholders = (text: string) => [...text.matchAll(/\{\{\w+\}\}/g)].map((m) => m[0]);

describe('useTranslations()', () => {
	const t = useTranslations('ru') as (key: string) => string;

	test('gives Russian sentences with no-break spaces', () => {
		expect(t('footer.note')).toContain(`в${NBSP}вашем браузере`);
	});

	test('changes Russian strings only in their spaces, and keeps every placeholder', () => {
		const changed = Object.entries(ru).flatMap(([key, raw]) => {
			// i18next fills nothing in when no values are given, so the template comes back whole.
			const typeset = t(key);
			const sameText = typeset.replaceAll(NBSP, ' ').replaceAll('\u202F', ' ') === raw;
			const samePlaceholders = placeholders(typeset).join() === placeholders(raw).join();
			return sameText && samePlaceholders ? [] : [`${key}: ${typeset}`];
		});
		expect(changed).toEqual([]);
	});

	test('leaves English strings as they are', () => {
		const tEn = useTranslations('en') as (key: string) => string;
		expect(Object.keys(en).filter((key) => tEn(key) !== en[key as keyof typeof en])).toEqual([]);
	});
});

describe('pluralForms()', () => {
	test('passes typeset forms to islands, with {{count}} bound to its noun', () => {
		expect(pluralForms('ru', 'lesson.readingTime').many).toBe(`{{count}}${NBSP}минут чтения`);
	});
});
