import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';
import { assessmentSchema } from './schemas/assessment';
import { pageSchema } from './schemas/page';

/** Lessons: `content/lessons/<lang>/<slug>.mdx`; the entry id is `<lang>/<slug>`. */
const lessons = defineCollection({
	loader: glob({ base: './content/lessons', pattern: '**/*.mdx' }),
	schema: lessonSchema,
});

/** Self-assessment definitions: `content/assessments/<id>.yaml`, both languages in one file. */
const assessments = defineCollection({
	loader: glob({ base: './content/assessments', pattern: '*.yaml' }),
	schema: assessmentSchema,
});

/** Prose pages that are not lessons (about, the facilitator guide): `content/pages/<lang>/<id>.mdx`. */
const pages = defineCollection({
	loader: glob({ base: './content/pages', pattern: '**/*.mdx' }),
	schema: pageSchema,
});

export const collections = { lessons, assessments, pages };
