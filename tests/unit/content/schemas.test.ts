/** Every content file passes the schema the build applies, so a helper can check content without building. */
import { describe, expect, test } from 'vitest';
import { assessmentSchema } from '../../../src/schemas/assessment';
import { lessonSchema } from '../../../src/schemas/lesson';
import { readAssessmentFiles, readLessonFiles } from '../../../scripts/lib/content-files';

function problems(result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
	return result.success
		? []
		: (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const assessmentIds = readAssessmentFiles().map((file) => file.id);

describe('lesson frontmatter', () => {
	test.each(readLessonFiles().map((file) => [file.path, file] as const))(
		'%s is valid',
		(_, file) => {
			expect(problems(lessonSchema.safeParse(file.frontmatter))).toEqual([]);
			expect(assessmentIds).toContain(file.frontmatter['assessment']);
		}
	);
});

describe('assessment definitions', () => {
	test.each(readAssessmentFiles().map((file) => [file.path, file] as const))(
		'%s is valid',
		(_, file) => {
			expect(problems(assessmentSchema.safeParse(file.data))).toEqual([]);
			const owners = readLessonFiles().filter(
				(lesson) => lesson.lang === 'en' && lesson.frontmatter['assessment'] === file.id
			);
			expect(owners.map((lesson) => lesson.slug)).toHaveLength(1);
		}
	);
});
