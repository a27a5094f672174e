import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file-name prefix of every synthetic lesson and assessment. */
export const SYNTHETIC_PREFIX = 'synthetic-';

/**
 * An assessment's YAML with every title in it (the assessment's, its client's side's, its bands')
 * numbered like its lesson's, so that each copy shows its own text where a real site's would
 * differ: a link-preview card, drawn once per distinct text, is drawn for each copy as it would
 * be for each real assessment.
 * @example numberTitles('title:\n  en: How healthy…\n  ru: Насколько…\n', 7) → 'title:\n  en: 7. How healthy…\n  ru: 7. Насколько…\n'
 */
export function numberTitles(yaml: string, number: number): string {
	return yaml.replace(
		/^( *)title:\n((?:\1 {2}(?:en|ru): .*\n)+)/gm,
		(_, indent: string, languages: string) =>
			`${indent}title:\n${languages.replace(/^( *(?:en|ru): )/gm, `$1${number}. `)}`
	);
}

/**
 * Writes `count` synthetic lessons into the project at `root`, in both languages, cycling through
 * the real ones: each is a copy of a real lesson under a new slug and order, with its own copy of
 * that lesson's assessment (a lesson names exactly one assessment, and an assessment belongs to
 * one lesson), so the copy builds like a site that really has that many lessons: a lesson page and
 * an assessment page (two, where the assessment has a client's side) per lesson and language,
 * titles numbered so that no two are the same text.
 * Returns the number of lessons per language the project then has.
 *
 * @example addSyntheticLessons('/tmp/clientship-bench-a1B2c3', 995) → 1000
 */
export function addSyntheticLessons(root: string, count: number): number {
	const lessonsDir = (lang: string) => join(root, 'content', 'lessons', lang);
	const assessmentsDir = join(root, 'content', 'assessments');
	const real = readdirSync(lessonsDir('en'))
		.filter((name) => name.endsWith('.mdx') && !name.startsWith(SYNTHETIC_PREFIX))
		.sort();
	const orders = real.map((name) =>
		Number(/^order: (\d+)$/m.exec(readFileSync(join(lessonsDir('en'), name), 'utf8'))?.[1] ?? 0)
	);
	const firstOrder = Math.max(0, ...orders) + 1;
	for (let index = 0; index < count; index++) {
		const name = real[index % real.length] ?? '';
		const id = `${SYNTHETIC_PREFIX}${index + 1}`;
		let assessment = '';
		for (const lang of ['en', 'ru']) {
			const source = readFileSync(join(lessonsDir(lang), name), 'utf8');
			assessment = /^assessment: (\S+)$/m.exec(source)?.[1] ?? '';
			const lesson = source
				.replace(/^order: \d+$/m, `order: ${firstOrder + index}`)
				.replace(/^assessment: \S+$/m, `assessment: ${id}`)
				.replace(
					/^title: (.*)$/m,
					(_, title: string) =>
						`title: "${index + 1}. ${title.replace(/^'|'$/g, '').replace(/"/g, '')}"`
				);
			writeFileSync(join(lessonsDir(lang), `${id}.mdx`), lesson);
		}
		writeFileSync(
			join(assessmentsDir, `${id}.yaml`),
			numberTitles(readFileSync(join(assessmentsDir, `${assessment}.yaml`), 'utf8'), index + 1)
		);
	}
	return real.length + count;
}
