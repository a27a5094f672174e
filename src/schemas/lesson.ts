import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { LOCALES } from '../i18n/locales';

/** The longest exercise material: a role card or a sample conflict is a few lines, not a page. */
const MATERIAL_MAX_LENGTH = 400;

/** One timed stage of a team exercise. */
const exerciseStageSchema = z.object({
	/** How long the stage takes, in whole minutes. */
	minutes: z
		.int()
		.positive({ error: 'forTeams.exercise.stages[].minutes must be a positive whole number' }),
	/** What the group does in this stage, one or two sentences. */
	text: z.string().trim().min(1),
});

/** The "for teams" section: what a facilitator needs to run the lesson with a group. */
const forTeamsSchema = z.object({
	/** Discussion questions, at least three. */
	questions: z
		.array(z.string().trim().min(1))
		.min(3, { error: 'forTeams.questions needs at least three discussion questions' }),
	/** One exercise with timed stages. */
	exercise: z.object({
		/** A short name for the exercise. */
		title: z.string().trim().min(1),
		/** What the exercise is for, in a sentence or two. */
		goal: z.string().trim().min(1),
		/** Anything the facilitator hands out, one short item each: role cards, a sample conflict. */
		materials: z
			.array(
				z
					.string()
					.trim()
					.min(1)
					.max(MATERIAL_MAX_LENGTH, {
						error: (issue) =>
							`forTeams.exercise.materials has an item of ${(issue.input as string).length} characters; the limit is ${MATERIAL_MAX_LENGTH}`,
					})
			)
			.min(1, { error: 'forTeams.exercise.materials, when given, lists at least one item' })
			.optional(),
		/** The stages in order, each with its duration. */
		stages: z
			.array(exerciseStageSchema)
			.min(1, { error: 'forTeams.exercise.stages needs at least one stage' }),
		/** One sentence: what the group takes away on paper, so a facilitator can run it from the page. */
		output: z
			.string({ error: 'forTeams.exercise.output says what the group takes away on paper' })
			.trim()
			.min(1),
	}),
});

/** Frontmatter of a lesson in `content/lessons/{en,ru}/<slug>.mdx`. */
export const lessonSchema = z.object({
	/** The lesson's title, shown as its `h1` and in lists. */
	title: z.string().trim().min(1),
	/** One or two sentences for lists, search results and meta tags. */
	description: z
		.string()
		.trim()
		.min(1)
		.max(160, {
			error: (issue) => `${(issue.input as string).length} characters, at most 160 allowed`,
		}),
	/** Position in the series, starting at 1. */
	order: z.int().positive({ error: 'order must be a positive whole number' }),
	/**
	 * The lesson's self-assessment: the name of a file in `content/assessments/` without `.yaml`.
	 * The only place that ties a lesson to its assessment; an id with no file fails the build.
	 */
	assessment: reference('assessments'),
	/** The seed article the lesson draws on. */
	source: z.object({
		/** The article's original title. */
		title: z.string().trim().min(1),
		/** The article's language. */
		language: z.enum(LOCALES),
		/** One line on what the lesson takes from it. */
		note: z.string().trim().min(1),
		/** The article's author, as the article names them. */
		author: z.string().trim().min(1).optional(),
		/** Where the article appeared (a site, a magazine), if the article says. */
		publication: z.string().trim().min(1).optional(),
		/** The series the article belongs to, if it is part of one. */
		series: z.string().trim().min(1).optional(),
	}),
	/** When the lesson's text last changed in a way a reader would care about. */
	updated: z.coerce.date(),
	/** Discussion questions and a timed exercise for team sessions (also used by the training guide). */
	forTeams: forTeamsSchema,
	/** Three to six sentences a reader should leave with. */
	takeaways: z.array(z.string().trim().min(1)).min(3).max(6),
});

/** A validated lesson frontmatter. */
export type LessonData = z.infer<typeof lessonSchema>;
