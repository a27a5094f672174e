import { describe, expect, test } from 'vitest';
import { pairLessons, parseLessonId } from '../../../src/lib/lesson-pairs';

const entry = (id: string, order = 1, assessment = 'doing-or-being') => ({
	id,
	filePath: `content/lessons/${id}.mdx`,
	data: { order, assessment: { id: assessment } },
});

describe('parseLessonId()', () => {
	test('splits the language from the slug', () => {
		expect(parseLessonId('ru/marriage-or-mess')).toEqual({ lang: 'ru', slug: 'marriage-or-mess' });
	});

	test('rejects a lesson outside the language folders', () => {
		expect(() => parseLessonId('de/x')).toThrow(/content\/lessons\/en/);
		expect(() => parseLessonId('en')).toThrow();
	});
});

describe('pairLessons()', () => {
	test('pairs both languages and sorts by order', () => {
		const pairs = pairLessons([
			entry('en/b', 2),
			entry('ru/a', 1),
			entry('ru/b', 2),
			entry('en/a', 1),
		]);
		expect(pairs.map((pair) => [pair.slug, pair.en.id, pair.ru.id])).toEqual([
			['a', 'en/a', 'ru/a'],
			['b', 'en/b', 'ru/b'],
		]);
	});

	test('names an English lesson without its Russian version', () => {
		expect(() => pairLessons([entry('en/a'), entry('en/b', 2), entry('ru/b', 2)])).toThrow(
			'content/lessons/en/a.mdx has no ru version: add content/lessons/ru/a.mdx'
		);
	});

	test('names a Russian lesson without its English version', () => {
		expect(() => pairLessons([entry('ru/a')])).toThrow(
			'content/lessons/ru/a.mdx has no en version'
		);
	});

	test('lists every unpaired file in one error', () => {
		expect(() => pairLessons([entry('ru/a'), entry('en/b', 2)])).toThrow(
			/ru\/a\.mdx[\s\S]*en\/b\.mdx/
		);
	});

	test('rejects two versions that disagree on order or assessment', () => {
		expect(() => pairLessons([entry('en/a', 1), entry('ru/a', 2)])).toThrow(
			/ru\/a\.mdx: order is 2, but the English version says 1/
		);
		expect(() => pairLessons([entry('en/a', 1, 'x'), entry('ru/a', 1, 'y')])).toThrow(
			/assessment is y/
		);
	});

	test('rejects two lessons in the same place of the series', () => {
		expect(() => pairLessons([entry('en/a'), entry('ru/a'), entry('en/b'), entry('ru/b')])).toThrow(
			/both have order 1/
		);
	});
});
