/** Reads the files in `content/` the way a reviewer would: raw text, frontmatter and body apart. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const contentDir = join(root, 'content');

/** One lesson file. */
export interface LessonFile {
	/** Path from the repository root, for messages. */
	path: string;
	lang: 'en' | 'ru';
	slug: string;
	frontmatter: Record<string, unknown>;
	body: string;
}

/** One assessment file. */
export interface AssessmentFile {
	path: string;
	id: string;
	data: Record<string, unknown>;
}

/** Every lesson in `content/lessons/{en,ru}/`. */
export function readLessonFiles(): LessonFile[] {
	return (['en', 'ru'] as const).flatMap((lang) => {
		const dir = join(contentDir, 'lessons', lang);
		return readdirSync(dir)
			.filter((file) => file.endsWith('.mdx'))
			.map((file) => {
				const raw = readFileSync(join(dir, file), 'utf8');
				const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
				if (!match) throw new Error(`${file}: no frontmatter`);
				return {
					path: relative(root, join(dir, file)),
					lang,
					slug: file.replace(/\.mdx$/, ''),
					frontmatter: parseYaml(match[1] ?? '') as Record<string, unknown>,
					body: match[2] ?? '',
				};
			});
	});
}

/** Every assessment in `content/assessments/`. */
export function readAssessmentFiles(): AssessmentFile[] {
	const dir = join(contentDir, 'assessments');
	return readdirSync(dir)
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => ({
			path: relative(root, join(dir, file)),
			id: file.replace(/\.yaml$/, ''),
			data: parseYaml(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>,
		}));
}

/** Every string inside a parsed YAML value, with its path (`forTeams.questions.0`). */
export function collectStrings(value: unknown, path = ''): { path: string; text: string }[] {
	if (typeof value === 'string') return [{ path, text: value }];
	if (Array.isArray(value))
		return value.flatMap((item, index) => collectStrings(item, `${path}.${index}`));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) =>
			collectStrings(item, path ? `${path}.${key}` : key)
		);
	}
	return [];
}

/**
 * The prose of an MDX body: component tags, attributes, link targets and code removed, so that
 * what is left is what a reader reads. Line structure is kept for messages.
 */
export function proseOf(body: string): string {
	return body
		.replace(/^(?:import|export)\s.*$/gm, '')
		.replace(/`[^`\n]*`/g, '')
		.replace(/<\/?[A-Za-z][^>]*>/g, '')
		.replace(/\]\([^)]*\)/g, ']');
}
