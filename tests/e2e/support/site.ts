/**
 * What the tests know about the site: its languages, its routes and the content they come from.
 * Routes are read from `content/` so that a new lesson or assessment is tested without editing tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { LOCALES, type Locale } from '../../../src/i18n/locales';

/** The site's languages. */
export const LANGS = LOCALES;
export type Lang = Locale;

const root = join(import.meta.dirname, '..', '..', '..');

/** Lesson slugs, from `content/lessons/en/`. */
export const LESSON_SLUGS = readdirSync(join(root, 'content', 'lessons', 'en'))
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => file.replace(/\.mdx$/, ''));

/** Assessment ids, from `content/assessments/`. */
export const ASSESSMENT_IDS = readdirSync(join(root, 'content', 'assessments'))
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => file.replace(/\.yaml$/, ''));

/** Assessments with a client's side (a top-level `client:` in their definition). */
export const CLIENT_SIDE_IDS = ASSESSMENT_IDS.filter((id) =>
	/^client:/m.test(readFileSync(join(root, 'content', 'assessments', `${id}.yaml`), 'utf8'))
);

/** The lesson each assessment belongs to (the lesson whose frontmatter names it), by id. */
export const LESSON_OF_ASSESSMENT = new Map(
	LESSON_SLUGS.map((slug) => {
		const source = readFileSync(join(root, 'content', 'lessons', 'en', `${slug}.mdx`), 'utf8');
		return [/^assessment: (\S+)$/m.exec(source)?.[1] ?? '', slug];
	})
);

/** Pages that exist once per language, by their path after the language prefix. */
export const PAGE_PATHS = ['', 'about/', 'team/', 'training/', 'search/'] as const;

/** Every path after the language prefix. */
export const LOCALIZED_PATHS = [
	...PAGE_PATHS,
	...LESSON_SLUGS.map((slug) => `lessons/${slug}/`),
	...ASSESSMENT_IDS.map((id) => `assessments/${id}/`),
	...CLIENT_SIDE_IDS.map((id) => `assessments/${id}/client/`),
];

/** Every page of the site in both languages, as `{ lang, path, url }`. */
export const LOCALIZED_ROUTES = LANGS.flatMap((lang) =>
	LOCALIZED_PATHS.map((path) => ({ lang, path, url: `/${lang}/${path}` }))
);
