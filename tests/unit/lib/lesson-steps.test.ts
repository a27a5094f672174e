import { describe, expect, test } from 'vitest';
import { lessonSteps, stepId } from '../../../src/lib/lesson-steps';

describe('lessonSteps()', () => {
	test('reads each top-level step and its bold lead-in, without closing punctuation', () => {
		const body = [
			'## How to apply it',
			'<Steps>',
			'1. **Count the orders monthly.** The project director marks each task.',
			'2. **See the plant or the shop within a month,** with the designer.',
			'   1. A nested item is not a step.',
			'3. **Give a first-time client a manual at kick-off:** a page on briefs.',
			'</Steps>',
			'1. A list after the steps is not a step either.',
		].join('\n');
		expect(lessonSteps(body)).toEqual([
			{ number: 1, id: 'step-1', title: 'Count the orders monthly' },
			{ number: 2, id: 'step-2', title: 'See the plant or the shop within a month' },
			{ number: 3, id: 'step-3', title: 'Give a first-time client a manual at kick-off' },
		]);
	});

	test('keeps a Russian lead-in as written, and drops Markdown inside it', () => {
		expect(
			lessonSteps('<Steps>\n1. **Раз в месяц считайте [приказы](#x).** Текст.\n</Steps>')[0]?.title
		).toBe('Раз в месяц считайте приказы');
	});

	test('finds nothing in a body without steps', () => {
		expect(lessonSteps('## A lesson\n\n1. **Not in Steps.**')).toEqual([]);
	});
});

describe('stepId()', () => {
	test('numbers steps from 1', () => {
		expect(stepId(1)).toBe('step-1');
	});
});
