/**
 * A second build of the site, for the update test (#21): a copy of `dist/` with one lesson
 * changed in both languages, its search index rebuilt and its service worker rewritten, by the
 * same code the build runs (`writeServiceWorker`, Pagefind with the build's chunk size). A real
 * second `astro build` would take as long as the rest of the offline tests together.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { writeServiceWorker } from '../../../src/integrations/offline';
import { INDEX_CHUNK_SIZE, PAGEFIND_FOLDER } from '../../../src/integrations/pagefind';

/** What the second build says that the first does not: a word search finds only there. */
export const SECOND_BUILD_WORD = 'zephyrwidget';

/** The lesson the second build changes, in both languages. */
export const CHANGED_LESSON = 'marriage-or-mess';

/** Copies the build in `from` to `to` (absolute, ending in a separator) and changes it. */
export async function makeSecondBuild(from: string, to: string): Promise<void> {
	await rm(to, { recursive: true, force: true });
	await cp(from, to, { recursive: true });
	for (const lang of ['en', 'ru']) {
		const file = join(to, lang, 'lessons', CHANGED_LESSON, 'index.html');
		const html = await readFile(file, 'utf8');
		// A paragraph at the start of the indexed text.
		const changed = html.replace(
			/(<[a-z]+\b[^>]*\sdata-pagefind-body[^>]*>)/,
			`$1<p data-second-build>${SECOND_BUILD_WORD}</p>`
		);
		if (changed === html) throw new Error(`${file}: no data-pagefind-body to change`);
		await writeFile(file, changed);
	}
	await rm(join(to, PAGEFIND_FOLDER), { recursive: true, force: true });
	process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
	try {
		const { index } = await pagefind.createIndex({});
		if (!index) throw new Error('Pagefind could not start');
		await index.addDirectory({ path: to });
		await index.writeFiles({ outputPath: join(to, PAGEFIND_FOLDER) });
	} finally {
		await pagefind.close();
	}
	await writeServiceWorker({ dir: to, base: '/', assets: '_astro' });
}
