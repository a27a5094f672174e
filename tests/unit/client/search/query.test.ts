/** The query rewrite that makes `й` endings find every form of a word (#6). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	MAX_QUERY_LENGTH,
	foldWord,
	pagefindQuery,
	queryWords,
	rewriteRussianWord,
	tidyQuery,
} from '../../../../src/client/search/query';

describe('rewriteRussianWord()', () => {
	// Each pair: the word, and the word that Pagefind 1.6 (which turns `й` into `и` before stemming)
	// stems as the Snowball stemmer stems the original.
	test.each([
		['новый', 'новые'],
		['ключевой', 'ключевое'],
		['деловой', 'деловое'],
		['успешный', 'успешные'],
		['долгосрочный', 'долгосрочные'],
		['новой', 'новое'],
		['последний', 'последние'],
		['работающий', 'работающие'],
		['работающей', 'работающее'],
		['сделавший', 'сделавшие'],
		['занимающийся', 'занимающиеся'],
		['новейший', 'новие'],
		['новейшего', 'новего'],
		['свой', 'свое'],
		['мой', 'мое'],
	])('%s → %s', (word, expected) => {
		expect(rewriteRussianWord(word)).toBe(expected);
	});

	test.each(['клиент', 'клиентами', 'партнёрство', 'новая', 'нового', 'новые', 'файл', 'заказчик'])(
		'leaves %s alone (no й ending)',
		(word) => {
			expect(rewriteRussianWord(word)).toBe(word);
		}
	);

	test('changes only the ending: the first letters stay, and a word without й is never touched', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[а-яё]{1,20}$/u), (word) => {
				const rewritten = rewriteRussianWord(word);
				if (!word.includes('й')) expect(rewritten).toBe(word);
				const kept = Math.max(0, word.length - 5);
				expect(rewritten.slice(0, kept)).toBe(word.slice(0, kept));
				expect(rewritten.length).toBeGreaterThanOrEqual(word.length - 3);
			})
		);
	});
});

describe('tidyQuery()', () => {
	test('trims and collapses white space', () => {
		expect(tidyQuery('  new \t  clients \n')).toBe('new clients');
	});

	test(`cuts queries to ${MAX_QUERY_LENGTH} characters`, () => {
		expect(tidyQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
	});

	test('is idempotent for any input', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (raw) => {
				expect(tidyQuery(tidyQuery(raw))).toBe(tidyQuery(raw));
			})
		);
	});
});

describe('pagefindQuery()', () => {
	test('lowercases and rewrites each Russian word', () => {
		expect(pagefindQuery('Новый  КЛИЕНТ')).toBe('новые клиент');
		expect(pagefindQuery('успешный долгосрочный проект')).toBe('успешные долгосрочные проект');
	});

	test('finds the ending behind punctuation', () => {
		expect(pagefindQuery('«Новый»,')).toBe('«новые»,');
	});

	test('leaves English queries as typed, only lowercased', () => {
		expect(pagefindQuery('Success Metrics')).toBe('success metrics');
	});

	test('leaves a quoted exact search alone', () => {
		expect(pagefindQuery('"новый клиент"')).toBe('"новый клиент"');
	});

	test('returns an empty query for white space', () => {
		expect(pagefindQuery(' \n ')).toBe('');
	});

	test('never throws and never grows past the limit by more than the rewrites', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (raw) => {
				const query = pagefindQuery(raw);
				expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH * 2);
			})
		);
	});
});

describe('queryWords() and foldWord()', () => {
	test('fold case, diacritics and punctuation', () => {
		expect(queryWords('Партнёрство, «Новый»')).toEqual(['партнерство', 'новыи']);
		expect(foldWord('Café!')).toBe('cafe');
	});

	test('drop words that are only punctuation', () => {
		expect(queryWords('— ? metrics')).toEqual(['metrics']);
	});
});
