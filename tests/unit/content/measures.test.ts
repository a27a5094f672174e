/**
 * An assessment never rewards what its lesson warns against (#25): each of its statements names the
 * lesson's key idea or step it measures (`measures: key-idea-2`, `step-4`), and each likert
 * dimension the step or exercise that works on it when it scores low (`practice`). Here, every
 * such name must point at a part the lesson has, in both languages; the schema already requires it
 * to be there.
 */
import { describe, expect, test } from 'vitest';
import { keyIdeaTitles } from '../../../src/lib/key-ideas';
import { lessonSteps } from '../../../src/lib/lesson-steps';
import { readAssessmentFiles, readLessonFiles } from '../../../scripts/lib/content-files';

const lessons = readLessonFiles();

/** The parts of a lesson an assessment may name, each with its title for messages. */
function lessonParts(body: string): Map<string, string> {
	return new Map([
		...keyIdeaTitles(body).map((title, index) => [`key-idea-${index + 1}`, title] as const),
		...lessonSteps(body).map((step) => [step.id, step.title] as const),
	]);
}

interface Statement {
	id: string;
	measures?: unknown;
}

interface Dimension {
	id: string;
	practice?: unknown;
}

describe.each(readAssessmentFiles().map((file) => [file.path, file] as const))('%s', (_, file) => {
	const owners = lessons.filter((lesson) => lesson.frontmatter['assessment'] === file.id);
	const questions = (file.data['questions'] ?? []) as Statement[];
	const dimensions = (file.data['dimensions'] ?? []) as Dimension[];

	test('belongs to a lesson in both languages', () => {
		expect(owners.map((lesson) => lesson.lang).sort()).toEqual(['en', 'ru']);
	});

	test.each(owners.map((lesson) => [lesson.lang, lesson] as const))(
		'each statement measures a key idea or step the %s lesson has',
		(_, lesson) => {
			const parts = lessonParts(lesson.body);
			const problems = questions.flatMap((question) => {
				if (typeof question.measures !== 'string') {
					return [`${question.id}: says nothing of what it measures`];
				}
				return parts.has(question.measures)
					? []
					: [
							`${question.id}: measures "${question.measures}", which ${lesson.path} does not have (it has: ${[...parts.keys()].join(', ')})`,
						];
			});
			expect(problems).toEqual([]);
		}
	);

	test.each(owners.map((lesson) => [lesson.lang, lesson] as const))(
		'each likert dimension points to a step the %s lesson has, or to its exercise',
		(_, lesson) => {
			if (file.data['kind'] !== 'likert') return;
			const steps = new Set(lessonSteps(lesson.body).map((step) => step.id));
			const problems = dimensions.flatMap((dimension) =>
				dimension.practice === 'exercise' ||
				(typeof dimension.practice === 'string' && steps.has(dimension.practice))
					? []
					: [
							`${dimension.id}: practice "${String(dimension.practice)}" is not a step of ${lesson.path}`,
						]
			);
			expect(problems).toEqual([]);
		}
	);
});

describe('every lesson', () => {
	test.each(lessons.map((lesson) => [lesson.path, lesson] as const))(
		'%s has its steps where lessonSteps() finds them, each with a lead-in',
		(_, lesson) => {
			const steps = lessonSteps(lesson.body);
			expect(steps.length).toBeGreaterThanOrEqual(4);
			for (const step of steps) expect(step.title.length, step.id).toBeGreaterThan(3);
		}
	);
});
