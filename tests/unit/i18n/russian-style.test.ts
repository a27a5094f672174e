/**
 * The Russian interface reads as a native editor wrote it (#25). Two things a reviewer found and a
 * check can keep out: wording rejected as a calque from English or as officialese, and a count
 * written beside a noun in a string that has no plural forms, which is wrong for some numbers
 * («2022 символов»).
 */
import { describe, expect, test } from 'vitest';
import ru from '../../../src/i18n/ru.json';

/** Wording rejected in review, each with what to write instead. */
const REJECTED: readonly { pattern: RegExp; why: string }[] = [
	{ pattern: /путешеств/i, why: 'answers do not "travel" in a link: «передаются в ссылке»' },
	{ pattern: /сделан[аоы]? с /i, why: '"made with" is a calque: «ответы даны на…», «создана в…»' },
	{ pattern: /нет конца/i, why: 'a cut link has lost its end: «конец потерялся»' },
	{ pattern: /делали (этот )?результат/i, why: 'a result is «получен», not «сделан»' },
	{ pattern: /прочитает каждый/i, why: 'reads as "everyone will read it"' },
	{ pattern: /делает эту область/i, why: '"makes this area look…" is a calque' },
	// «данный» as “this”; the noun «данные» (data) is fine.
	{ pattern: /осуществ|(?:^|[^а-яё])данн(?:ый|ая|ое|ом|ую)(?=[^а-яё]|$)/i, why: 'officialese' },
];

/** A count placeholder with a word after it (not «из»), which needs the word's plural form. */
const COUNT_BEFORE_NOUN = /\{\{count\}\} (?!из )[а-яё]/i;
const PLURAL_SUFFIX = /_(?:one|few|many|other)$/;

describe('Russian UI strings', () => {
	test.each(REJECTED)('avoid $pattern ($why)', ({ pattern }) => {
		expect(Object.entries(ru).filter(([, value]) => pattern.test(value))).toEqual([]);
	});

	test('write a count beside a noun only in a string with plural forms', () => {
		expect(
			Object.entries(ru).filter(
				([key, value]) => !PLURAL_SUFFIX.test(key) && COUNT_BEFORE_NOUN.test(value)
			)
		).toEqual([]);
	});
});
