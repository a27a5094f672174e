import { describe, expect, test } from 'vitest';
import { keyIdeaTitles } from '../../../src/lib/key-ideas';
import { readLessonFiles } from '../../../scripts/lib/content-files';

describe('keyIdeaTitles()', () => {
	test('reads the heading that opens each <KeyIdea>, without Markdown', () => {
		const body = [
			'## Key ideas',
			'<KeyIdea>',
			'### Partners, *not* a [boss](#boss) and `subordinate`',
			'Text.',
			'</KeyIdea>',
			'### A heading outside a key idea',
			'<KeyIdea>',
			'',
			'### Second idea',
			'</KeyIdea>',
		].join('\n');
		expect(keyIdeaTitles(body)).toEqual(['Partners, not a boss and subordinate', 'Second idea']);
	});

	test('every lesson has three or more key ideas, as many in English as in Russian (#14)', () => {
		const lessons = readLessonFiles();
		for (const lesson of lessons) {
			const titles = keyIdeaTitles(lesson.body);
			expect(titles.length, lesson.path).toBeGreaterThanOrEqual(3);
			const pair = lessons.find(
				(other) => other.slug === lesson.slug && other.lang !== lesson.lang
			);
			expect(titles.length, lesson.path).toBe(keyIdeaTitles(pair?.body ?? '').length);
		}
	});
});
