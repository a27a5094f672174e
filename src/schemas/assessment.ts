import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../i18n/locales';

/** Each language's name, for the messages of a broken file (adding a language adds a name here). */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Russian' };

/** One schema per language of the site, keyed by the language. */
function perLanguage<Schema extends z.ZodType>(
	schema: (lang: Locale) => Schema
): z.ZodObject<Record<Locale, Schema>> {
	return z.object(
		Object.fromEntries(LOCALES.map((lang) => [lang, schema(lang)])) as Record<Locale, Schema>
	);
}

/**
 * A text in every language. Each is required and non-empty, so a missing translation is a schema
 * error that names the file and the field.
 */
export const localized = perLanguage((lang) =>
	z
		.string()
		.trim()
		.min(1, { error: `the ${LANGUAGE_NAMES[lang]} text is missing` })
);

/** A text in both languages. */
export type Localized = z.infer<typeof localized>;

/** The id of a heading in the lesson, per language (heading ids differ: they follow the heading's words). */
const sectionLink = perLanguage(() =>
	z.string().regex(/^[^#\s]+$/, { error: 'a section link is a heading id without "#"' })
);

const itemId = z
	.string()
	.regex(/^[a-z0-9-]+$/, { error: 'ids are lowercase letters, digits and hyphens' });

/**
 * A part of the lesson by its place: `key-idea-2` (its second key idea) or `step-3` (the third of
 * its steps). The same in both languages, because both versions of a lesson have the same key
 * ideas and steps in the same order (tests/unit/content/parity.test.ts).
 */
const lessonPart = z.string().regex(/^(key-idea|step)-[1-9][0-9]?$/, {
	error: 'a lesson part is "key-idea-N" or "step-N", N counted from 1',
});

/** Where a lesson works on a dimension: one of its steps (`step-3`) or its team exercise. */
const practice = z.string().regex(/^(step-[1-9][0-9]?|exercise)$/, {
	error: 'a practice is "step-N" (N counted from 1) or "exercise"',
});

/** A group of questions scored together, or (for `sort`) one of the piles. */
const dimensionSchema = z.object({
	/** Stable id, used in results and share links. */
	id: itemId,
	/** The dimension's name. */
	label: localized,
	/** The lesson section to reread when this dimension scores low. */
	section: sectionLink.optional(),
	/** Likert: what this dimension looks like when it is healthy, in a sentence or two. */
	healthy: localized.optional(),
	/** Likert: what it looks like when it is not. */
	unhealthy: localized.optional(),
	/** Likert: the lesson's step or team exercise that works on this dimension when it scores low. */
	practice: practice.optional(),
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

/**
 * One of the agency's statements: it also names the lesson's key idea or step it measures, so
 * that an assessment never rewards what its lesson warns against (tests/unit/content/measures.test.ts
 * checks that the part exists).
 */
const agencyQuestionSchema = questionSchema.extend({
	/** The lesson's key idea or step this statement measures: `key-idea-N` or `step-N`. */
	measures: lessonPart,
});

/**
 * One of the client's statements: it mirrors one of the agency's, the same behaviour seen from the
 * other side (same dimension, same direction), so that the gap the team view prints compares like
 * with like. It measures what its mirror measures.
 */
const clientQuestionSchema = questionSchema.extend({
	/** The id of the agency's statement this one mirrors. */
	mirrors: itemId,
});

/**
 * A condition on one dimension's score, inclusive. A band with conditions reads a pattern rather
 * than the overall score alone (a quiet result with low commitment is not restraint).
 */
const bandConditionSchema = z
	.object({
		/** The dimension whose score is tested. */
		dimension: itemId,
		/** The lowest score that meets the condition. */
		min: z.int().min(0).max(100).optional(),
		/** The highest score that meets the condition. */
		max: z.int().min(0).max(100).optional(),
	})
	.refine((condition) => condition.min !== undefined || condition.max !== undefined, {
		error: 'a condition needs a min, a max or both',
	})
	.refine((condition) => (condition.min ?? 0) <= (condition.max ?? 100), {
		error: 'a condition’s min is above its max',
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
	/**
	 * Likert only: the band applies only when every condition holds. Bands with conditions are
	 * tried first, in order; the bands without them cover 0–100 and apply otherwise.
	 */
	when: z.array(bandConditionSchema).min(1).optional(),
});

/**
 * The scoring key of an earlier version of the statements, one entry per statement in order:
 * its dimension, followed by ` reversed` if agreeing was the warning sign. Kept so that share
 * links made with that version still open with the numbers they had (DESIGN.md "Dated results").
 */
const earlierVersionSchema = z.object({
	/** The version these statements had. */
	version: z.int().min(1).max(99),
	/** Per statement: `<dimension id>` or `<dimension id> reversed`. */
	key: z
		.array(
			z.string().regex(/^[a-z0-9-]+( reversed)?$/, {
				error: 'a key entry is a dimension id, optionally followed by " reversed"',
			})
		)
		.min(1),
});

/** Versions of a set of statements: the current one and the scoring keys of earlier ones. */
const versioned = {
	/** Raised whenever a statement's meaning changes; old links then read with `earlierVersions`. */
	version: z.int().min(1).max(99),
	/** Scoring keys of every earlier version of these statements. */
	earlierVersions: z.array(earlierVersionSchema).default([]),
};

/**
 * The client's side of an assessment: the same dimensions, with statements written for the client
 * about the agency. Its results are shared and compared like the agency's (DESIGN.md "The
 * client's side").
 */
const clientSideSchema = z.object({
	...versioned,
	/** The title on the client's page. */
	title: localized,
	/** Who should answer and about whom, shown above the statements. */
	intro: localized,
	/** The client's statements, in the order they are shown; each mirrors one of the agency's. */
	questions: z.array(clientQuestionSchema).min(1).max(40),
	/** Overall score bands for the client's result; together they cover 0–100. */
	bands: z.array(bandSchema).min(1),
});

/** One side's statements and bands, for the rules both sides follow. */
interface SideLike {
	version: number;
	earlierVersions: { version: number; key: string[] }[];
	questions: { id: string; dimension: string; reason?: unknown }[];
	bands: { min: number; max: number; when?: { dimension: string }[] | undefined }[];
}

/**
 * An assessment definition in `content/assessments/<id>.yaml`. The file name is its id (used in
 * URLs and share links); the lesson it belongs to is the one whose frontmatter names it.
 */
export const assessmentSchema = z
	.object({
		/** `likert`: rate statements 1–5. `sort`: put statements into one of two piles. */
		kind: z.enum(['likert', 'sort']),
		...versioned,
		/** The assessment's title. */
		title: localized,
		/** A short introduction shown above the questions on the assessment's own page. */
		intro: localized,
		/** Likert: the dimensions. Sort: exactly two piles. */
		dimensions: z.array(dimensionSchema).min(1),
		/** The statements, in the order they are shown. */
		questions: z.array(agencyQuestionSchema).min(1).max(40),
		/** Overall score bands; together they cover 0–100 with no gap or overlap. */
		bands: z.array(bandSchema).min(1),
		/** Likert only: the client's side of the same dimensions, if the assessment has one. */
		client: clientSideSchema.optional(),
	})
	.superRefine((assessment, ctx) => {
		const dimensionIds = new Set(assessment.dimensions.map((d) => d.id));
		if (dimensionIds.size !== assessment.dimensions.length) {
			ctx.addIssue({ code: 'custom', path: ['dimensions'], message: 'two dimensions share an id' });
		}
		if (assessment.kind === 'sort' && assessment.dimensions.length !== 2) {
			ctx.addIssue({
				code: 'custom',
				path: ['dimensions'],
				message: 'a sort assessment has exactly two piles',
			});
		}
		if (assessment.kind === 'sort' && assessment.client) {
			ctx.addIssue({
				code: 'custom',
				path: ['client'],
				message: 'only a likert assessment can have a client’s side',
			});
		}
		const check = (side: SideLike, path: (string | number)[]) => {
			const issue = (where: (string | number)[], message: string) =>
				ctx.addIssue({ code: 'custom', path: [...path, ...where], message });
			if (new Set(side.questions.map((q) => q.id)).size !== side.questions.length) {
				issue(['questions'], 'two questions share an id');
			}
			side.questions.forEach((question, index) => {
				if (!dimensionIds.has(question.dimension)) {
					issue(
						['questions', index, 'dimension'],
						`question "${question.id}" names an unknown dimension "${question.dimension}" (known: ${[...dimensionIds].join(', ')})`
					);
				}
				if (assessment.kind === 'sort' && !question.reason) {
					issue(
						['questions', index, 'reason'],
						`question "${question.id}" needs a reason: sort statements explain their pile`
					);
				}
			});
			for (const dimension of dimensionIds) {
				if (!side.questions.some((q) => q.dimension === dimension)) {
					issue(['questions'], `dimension "${dimension}" has no questions`);
				}
			}
			side.earlierVersions.forEach((earlier, index) => {
				if (earlier.version >= side.version) {
					issue(
						['earlierVersions', index, 'version'],
						`version ${earlier.version} is not earlier than the current version ${side.version}`
					);
				}
				for (const entry of earlier.key) {
					const dimension = entry.replace(/ reversed$/, '');
					if (!dimensionIds.has(dimension)) {
						issue(
							['earlierVersions', index, 'key'],
							`"${entry}" names an unknown dimension (known: ${[...dimensionIds].join(', ')})`
						);
					}
				}
			});
			if (
				new Set(side.earlierVersions.map((e) => e.version)).size !== side.earlierVersions.length
			) {
				issue(['earlierVersions'], 'two earlier versions share a number');
			}
			side.bands.forEach((band, index) => {
				if (!band.when) return;
				if (assessment.kind === 'sort') {
					issue(['bands', index, 'when'], 'only a likert band can have conditions');
				}
				band.when.forEach((condition, at) => {
					if (!dimensionIds.has(condition.dimension)) {
						issue(
							['bands', index, 'when', at, 'dimension'],
							`"${condition.dimension}" is not a dimension (known: ${[...dimensionIds].join(', ')})`
						);
					}
				});
			});
			// Bands with conditions are exceptions; the others must cover 0–100 exactly once.
			const plainBands = side.bands.filter((band) => !band.when);
			for (const problem of findBandProblems(plainBands)) issue(['bands'], problem);
		};
		check(assessment, []);
		if (assessment.client) check(assessment.client, ['client']);
		if (assessment.kind === 'likert') {
			assessment.dimensions.forEach((dimension, index) => {
				for (const field of ['healthy', 'unhealthy', 'practice'] as const) {
					if (dimension[field] === undefined) {
						ctx.addIssue({
							code: 'custom',
							path: ['dimensions', index, field],
							message: `dimension "${dimension.id}" needs "${field}": a likert result says what healthy and unhealthy look like and where the lesson works on a low score`,
						});
					}
				}
			});
		}
		if (assessment.client) checkMirrors(assessment.questions, assessment.client.questions, ctx);
	});

/**
 * Checks that each client statement mirrors an agency statement of the same dimension and
 * direction, and that no two mirror the same one.
 */
function checkMirrors(
	agency: readonly { id: string; dimension: string; reversed?: boolean | undefined }[],
	client: readonly {
		id: string;
		dimension: string;
		reversed?: boolean | undefined;
		mirrors: string;
	}[],
	ctx: z.RefinementCtx
): void {
	const byId = new Map(agency.map((question) => [question.id, question]));
	const mirroredBy = new Map<string, string>();
	client.forEach((question, index) => {
		const path = ['client', 'questions', index, 'mirrors'];
		const mirror = byId.get(question.mirrors);
		if (!mirror) {
			ctx.addIssue({
				code: 'custom',
				path,
				message: `client question "${question.id}" mirrors "${question.mirrors}", which is not one of the agency's statements`,
			});
			return;
		}
		if (mirror.dimension !== question.dimension) {
			ctx.addIssue({
				code: 'custom',
				path,
				message: `client question "${question.id}" is in "${question.dimension}" but mirrors "${mirror.id}" in "${mirror.dimension}": a mirror compares the same dimension`,
			});
		}
		if (Boolean(mirror.reversed) !== Boolean(question.reversed)) {
			ctx.addIssue({
				code: 'custom',
				path,
				message: `client question "${question.id}" and its mirror "${mirror.id}" point different ways: both or neither are reversed`,
			});
		}
		const earlier = mirroredBy.get(mirror.id);
		if (earlier) {
			ctx.addIssue({
				code: 'custom',
				path,
				message: `client questions "${earlier}" and "${question.id}" both mirror "${mirror.id}"`,
			});
		}
		mirroredBy.set(mirror.id, question.id);
	});
}

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
