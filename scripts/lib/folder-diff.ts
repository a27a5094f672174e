/**
 * What differs between two folders of files, byte for byte: used to check that two builds of the
 * site wrote the same `dist/` (`scripts/check-same-output.mjs`).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** How two folders differ; every list is of paths relative to the folders, sorted. */
export interface FolderDiff {
	onlyInFirst: string[];
	onlyInSecond: string[];
	/** Files in both whose bytes differ. */
	differing: string[];
	/** Files compared (in both folders). */
	compared: number;
}

/** Every file under `dir`, relative to it, with `/` between folders. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => statSync(join(dir, name)).isFile())
		.map((name) => name.split('\\').join('/'))
		.sort();
}

/**
 * Compares the files of two folders.
 * @example diffFolders('dist', '/tmp/copy/dist') → { onlyInFirst: [], onlyInSecond: [], differing: ['en/index.html'], compared: 410 }
 */
export function diffFolders(first: string, second: string): FolderDiff {
	const a = filesUnder(first);
	const b = new Set(filesUnder(second));
	const inBoth = a.filter((name) => b.has(name));
	return {
		onlyInFirst: a.filter((name) => !b.has(name)),
		onlyInSecond: [...b].filter((name) => !a.includes(name)).sort(),
		differing: inBoth.filter(
			(name) => !readFileSync(join(first, name)).equals(readFileSync(join(second, name)))
		),
		compared: inBoth.length,
	};
}
