import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	continueLink,
	isBarShown,
	parseContinueLessons,
	readingProgress,
	type ContinueStrings,
} from '../../../src/client/reading-place';

const scroll = { isShown: false, previousY: 5000, y: 5000, headerEnd: 120, isInUse: false };

describe('isBarShown()', () => {
	test('slides back on scrolling up past the header, goes on scrolling down (#24)', () => {
		expect(isBarShown({ ...scroll, y: 4990 })).toBe(true);
		expect(isBarShown({ ...scroll, isShown: true, y: 5010 })).toBe(false);
		expect(isBarShown({ ...scroll, isShown: true })).toBe(true);
	});

	test('is not needed at the top, where the site header is', () => {
		expect(isBarShown({ ...scroll, isShown: true, previousY: 50, y: 0 })).toBe(false);
		expect(isBarShown({ ...scroll, previousY: 100, y: 80 })).toBe(false);
		expect(isBarShown({ ...scroll, isShown: true, previousY: 100, y: 80 })).toBe(true);
	});

	test('stays while the reader uses it', () => {
		expect(isBarShown({ ...scroll, isShown: true, y: 6000, isInUse: true })).toBe(true);
	});
});

describe('readingProgress()', () => {
	test('is the share of the text that has come into view', () => {
		expect(readingProgress({ y: 1000, viewportHeight: 800, start: 300, end: 3300 })).toBe(0.5);
		expect(readingProgress({ y: 0, viewportHeight: 100, start: 300, end: 3300 })).toBe(0);
		expect(readingProgress({ y: 9000, viewportHeight: 800, start: 300, end: 3300 })).toBe(1);
	});

	test('stays between 0 and 1 for any page', () => {
		fc.assert(
			fc.property(
				fc.double(),
				fc.double(),
				fc.double(),
				fc.double(),
				(y, viewportHeight, start, end) => {
					const progress = readingProgress({ y, viewportHeight, start, end });
					expect(progress >= 0 && progress <= 1).toBe(true);
				}
			)
		);
	});
});

const strings: Record<'en' | 'ru', ContinueStrings> = {
	en: {
		home: {
			one: 'Continue: lesson {{number}}, “{{section}}”, {{count}} min left',
			other: 'Continue: lesson {{number}}, “{{section}}”, {{count}} min left',
		},
		lesson: {
			one: 'Continue: “{{section}}”, {{count}} min left',
			other: 'Continue: “{{section}}”, {{count}} min left',
		},
	},
	ru: {
		home: {
			one: 'урок {{number}}, «{{section}}», осталась {{count}} минута',
			few: 'урок {{number}}, «{{section}}», осталось {{count}} минуты',
			many: 'урок {{number}}, «{{section}}», осталось {{count}} минут',
			other: 'урок {{number}}, «{{section}}», осталось {{count}} минуты',
		},
		lesson: { one: '«{{section}}»: {{count}}', other: '«{{section}}»: {{count}}' },
	},
};

const lesson = {
	number: 3,
	href: '/ru/lessons/marriage-or-mess/',
	sections: [
		['сцена', 'Пятничный разбор', 12],
		['где-это-не-работает', 'Где это не работает', 3],
		['итоги', 'Итоги', 1],
	] as const,
};

describe('continueLink()', () => {
	test('names the lesson, the section and the minutes left, with the right plural (#24)', () => {
		const english = { ...lesson, href: '/en/lessons/marriage-or-mess/' };
		const sections = [['where-this-breaks-down', 'Where this breaks down', 3] as const];
		const link = continueLink(
			'en',
			strings.en,
			{ ...english, sections },
			{ section: 0, progress: 0.7, at: 1 },
			'home'
		);
		expect(link).toEqual({
			text: 'Continue: lesson 3, “Where this breaks down”, 3 min left',
			href: '/en/lessons/marriage-or-mess/#where-this-breaks-down',
		});
		const ru = (section: number) =>
			continueLink('ru', strings.ru, lesson, { section, progress: 0, at: 1 }, 'home')?.text;
		expect(ru(0)).toBe('урок 3, «Пятничный разбор», осталось 12 минут');
		expect(ru(1)).toBe('урок 3, «Где это не работает», осталось 3 минуты');
		expect(ru(2)).toBe('урок 3, «Итоги», осталась 1 минута');
	});

	test('offers nothing for a section the lesson no longer has', () => {
		expect(continueLink('en', strings.en, lesson, { section: 9, progress: 0, at: 1 }, 'home')).toBe(
			undefined
		);
	});
});

describe('parseContinueLessons()', () => {
	test('reads what the page wrote', () => {
		expect(parseContinueLessons(JSON.stringify({ 'marriage-or-mess': lesson }))).toEqual({
			'marriage-or-mess': lesson,
		});
	});

	test('never throws, and leaves out what does not have the shape', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (junk) => {
				const lessons = parseContinueLessons(junk);
				for (const found of Object.values(lessons))
					expect(Array.isArray(found.sections)).toBe(true);
			})
		);
		expect(parseContinueLessons('{"a":{"number":1,"href":"/","sections":[["x","X"]]}}')).toEqual(
			{}
		);
	});
});
