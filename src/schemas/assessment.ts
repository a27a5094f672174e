import { z } from 'astro/zod';

/**
 * A text in both languages. Both are required and non-empty, so a missing translation is a schema
 * error that names the file and the field.
 */
export const localized = z.object({
	en: z.string().trim().min(1, { error: 'the English text is missing' }),
	ru: z.string().trim().min(1, { error: 'the Russian text is missing' }),
});

/** A text in both languages. */
export type Localized = z.infer<typeof localized>;

/** The id of a heading in the lesson, per language (heading ids differ: they follow the heading's words). */
const sectionLink = z.object({
	en: z.string().regex(/^[^#\s]+$/, { error: 'a section link is a heading id without "#"' }),
	ru: z.string().regex(/^[^#\s]+$/, { error: 'a section link is a heading id without "#"' }),
});

const itemId = z
	.string()
	.regex(/^[a-z0-9-]+$/, { error: 'ids are lowercase letters, digits and hyphens' });

/** A group of questions scored together, or (for `sort`) one of the piles. */
const dimensionSchema = z.object({
	/** Stable id, used in results and share links. */
	id: itemId,
	/** The dimension's name. */
	label: localized,
	/** The lesson section to reread when this dimension scores low. */
	section: sectionLink.optional(),
});

/** One statement to rate (likert) or to sort into a pile (sort). */
const questionSchema = z.object({
	/** Stable id; questions keep their order in share links, so add new ones at the end and bump `version`. */
	id: itemId,
	/** For likert: the dimension it scores. For sort: the pile it belongs in. */
	dimension: itemId,
	/** The statement. */
	text: localized,
	/** Likert only: agreeing is a bad sign, so the scale is reversed when scoring. */
	reversed: z.boolean().optional(),
	/** Sort only: why the statement belongs in its pile, shown after the reader sorts it. */
	reason: localized.optional(),
});

/** A range of overall scores with what it means and what to do. */
const bandSchema = z.object({
	/** Lowest overall score in the band, inclusive. */
	min: z.int().min(0).max(100),
	/** Highest overall score in the band, inclusive. */
	max: z.int().min(0).max(100),
	/** A short verdict. */
	title: localized,
	/** One to three sentences of advice. */
	advice: localized,
	/** The lesson section the advice points to. */
	section: sectionLink,
});

/**
 * An assessment definition in `content/assessments/<id>.yaml`. The file name is its id (used in
 * URLs and share links); the lesson it belongs to is the one whose frontmatter names it.
 */
export const assessmentSchema = z
	.object({
		/** `likert`: rate statements 1–5. `sort`: put statements into one of two piles. */
		kind: z.enum(['likert', 'sort']),
		/** Bumped whenever questions change, so old share links and saved answers are recognised as old. */
		version: z.int().min(1).max(99),
		/** The assessment's title. */
		title: localized,
		/** A short introduction shown above the questions on the assessment's own page. */
		intro: localized,
		/** Likert: the dimensions. Sort: exactly two piles. */
		dimensions: z.array(dimensionSchema).min(1),
		/** The statements, in the order they are shown. */
		questions: z.array(questionSchema).min(1).max(40),
		/** Overall score bands; together they cover 0–100 with no gap or overlap. */
		bands: z.array(bandSchema).min(1),
	})
	.superRefine((assessment, ctx) => {
		const dimensionIds = new Set(assessment.dimensions.map((d) => d.id));
		if (dimensionIds.size !== assessment.dimensions.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['dimensions'],
				message: 'two dimensions share an id',
			});
		}
		const questionIds = new Set(assessment.questions.map((q) => q.id));
		if (questionIds.size !== assessment.questions.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['questions'],
				message: 'two questions share an id',
			});
		}
		assessment.questions.forEach((question, index) => {
			if (!dimensionIds.has(question.dimension)) {
				ctx.addIssue({
					code: 'custom',
					path: ['questions', index, 'dimension'],
					message: `question "${question.id}" names an unknown dimension "${question.dimension}" (known: ${[...dimensionIds].join(', ')})`,
				});
			}
			if (assessment.kind === 'sort' && !question.reason) {
				ctx.addIssue({
					code: 'custom',
					path: ['questions', index, 'reason'],
					message: `question "${question.id}" needs a reason: sort statements explain their pile`,
				});
			}
		});
		if (assessment.kind === 'sort' && assessment.dimensions.length !== 2) {
			ctx.addIssue({
				code: 'custom',
				path: ['dimensions'],
				message: 'a sort assessment has exactly two piles',
			});
		}
		for (const dimension of assessment.dimensions) {
			if (!assessment.questions.some((q) => q.dimension === dimension.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['dimensions'],
					message: `dimension "${dimension.id}" has no questions`,
				});
			}
		}
		for (const problem of findBandProblems(assessment.bands)) {
			ctx.addIssue({ code: 'custom', path: ['bands'], message: problem });
		}
	});

/** A validated assessment definition. */
export type AssessmentDefinition = z.infer<typeof assessmentSchema>;

/**
 * Lists what is wrong with a set of score bands: together they must cover 0–100 exactly once.
 * @example findBandProblems([{ min: 0, max: 49 }, { min: 60, max: 100 }]) → ['scores 50–59 fall in no band']
 */
export function findBandProblems(bands: readonly { min: number; max: number }[]): string[] {
	const problems: string[] = [];
	const sorted = [...bands].sort((a, b) => a.min - b.min);
	let next = 0;
	for (const band of sorted) {
		if (band.min > band.max) problems.push(`band ${band.min}–${band.max} ends before it starts`);
		if (band.min > next) problems.push(`scores ${next}–${band.min - 1} fall in no band`);
		if (band.min < next) problems.push(`band ${band.min}–${band.max} overlaps the band before it`);
		next = Math.max(next, band.max + 1);
	}
	if (next <= 100) problems.push(`scores ${next}–100 fall in no band`);
	return problems;
}
