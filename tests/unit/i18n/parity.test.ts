/** English and Russian UI strings stay in step (#2). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import en from '../../../src/i18n/en.json';
import ru from '../../../src/i18n/ru.json';
import type { StringArea } from '../../../src/i18n/string-areas';

/** Every key that a string area declares (`src/**\/strings.ts`, see `src/i18n/string-areas.ts`). */
const areaKeys = new Set(
	Object.values(
		import.meta.glob<Record<string, unknown>>('../../../src/**/strings.ts', { eager: true })
	)
		.flatMap((module) => Object.values(module))
		.filter(isArea)
		.flatMap((area) => [...area.strings, ...area.plurals].map((key) => `${area.prefix}${key}`))
);

function isArea(value: unknown): value is StringArea {
	return typeof value === 'object' && value !== null && 'prefix' in value && 'strings' in value;
}

const files = { en, ru } as Record<'en' | 'ru', Record<string, string>>;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** `home.progress_one` → `home.progress`. */
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const placeholders = (text: string) =>
	[...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
	test('the string areas are found, so that their keys count as used', () => {
		expect(areaKeys).toContain('team.actions.heading');
		expect(areaKeys).toContain('assessment.unanswered');
	});

	test('both languages have the same base keys', () => {
		const enKeys = new Set(Object.keys(en).map(baseKey));
		const ruKeys = new Set(Object.keys(ru).map(baseKey));
		expect({
			onlyInEnglish: [...enKeys].filter((k) => !ruKeys.has(k)),
			onlyInRussian: [...ruKeys].filter((k) => !enKeys.has(k)),
		}).toEqual({
			onlyInEnglish: [],
			onlyInRussian: [],
		});
	});

	test.each(['en', 'ru'] as const)(
		'%s plural keys have exactly the plural forms of the language',
		(lang) => {
			const categories = new Intl.PluralRules(lang)
				.resolvedOptions()
				.pluralCategories.slice()
				.sort();
			const forms = new Map<string, string[]>();
			for (const key of Object.keys(files[lang])) {
				const suffix = PLURAL_SUFFIX.exec(key)?.[1];
				if (suffix) forms.set(baseKey(key), [...(forms.get(baseKey(key)) ?? []), suffix]);
			}
			const wrong = [...forms].filter(
				([, found]) => found.slice().sort().join() !== categories.join()
			);
			expect(
				wrong.map(
					([key, found]) => `${key}: has ${found.join(', ')}, needs ${categories.join(', ')}`
				)
			).toEqual([]);
		}
	);

	test('no string is empty', () => {
		const empty = (['en', 'ru'] as const).flatMap((lang) =>
			Object.entries(files[lang])
				.filter(([, value]) => value.trim() === '')
				.map(([key]) => `${lang}: ${key}`)
		);
		expect(empty).toEqual([]);
	});

	test('each pair of strings uses the same placeholders', () => {
		const mismatched: string[] = [];
		for (const key of Object.keys(en)) {
			const russianKeys = PLURAL_SUFFIX.test(key)
				? Object.keys(ru).filter((k) => baseKey(k) === baseKey(key))
				: [key];
			for (const russianKey of russianKeys) {
				const russian = ru[russianKey as keyof typeof ru];
				if (russian === undefined) continue;
				if (placeholders(en[key as keyof typeof en]).join() !== placeholders(russian).join()) {
					mismatched.push(`${key} / ${russianKey}`);
				}
			}
		}
		expect(mismatched).toEqual([]);
	});

	test('Russian strings use « » rather than straight double quotes', () => {
		expect(
			Object.entries(ru)
				.filter(([, value]) => /["“”]/.test(value))
				.map(([key]) => key)
		).toEqual([]);
	});

	test('English strings use curly quotes and apostrophes', () => {
		expect(
			Object.entries(en)
				.filter(([, value]) => /["']/.test(value))
				.map(([key]) => key)
		).toEqual([]);
	});

	test('every key is used somewhere in src/', () => {
		const sources: string[] = [];
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) walk(path);
				else if (/\.(astro|ts|tsx)$/.test(name)) sources.push(readFileSync(path, 'utf8'));
			}
		};
		walk(join(import.meta.dirname, '..', '..', '..', 'src'));
		const code = sources.join('\n');
		// Keys built at run time from a prefix, e.g. t(`lesson.sourceLanguage.${language}`).
		const dynamicPrefixes = [...code.matchAll(/[`'"]([a-z][\w.]*\.)\$\{/g)].map((m) => m[1] ?? '');
		const unused = [...new Set(Object.keys(en).map(baseKey))].filter(
			(key) =>
				!code.includes(`'${key}'`) &&
				!areaKeys.has(key) &&
				!dynamicPrefixes.some((prefix) => key.startsWith(prefix))
		);
		expect(unused).toEqual([]);
	});
});
