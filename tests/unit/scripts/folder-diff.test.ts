import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { diffFolders } from '../../../scripts/lib/folder-diff';

const root = mkdtempSync(join(tmpdir(), 'clientship-diff-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder with these files (path → text). */
function folder(name: string, files: Record<string, string>): string {
	const dir = join(root, name);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

describe('diffFolders()', () => {
	test('finds nothing between two folders of the same files', () => {
		const files = { 'index.html': '<p>', 'en/og/home.png': 'png' };
		expect(diffFolders(folder('a', files), folder('b', files))).toEqual({
			onlyInFirst: [],
			onlyInSecond: [],
			differing: [],
			compared: 2,
		});
	});

	test('names the files missing on either side and those whose bytes differ, in subfolders too', () => {
		const first = folder('c', { 'same.txt': 'x', 'en/changed.html': 'a', 'gone.js': '' });
		const second = folder('d', { 'same.txt': 'x', 'en/changed.html': 'b', 'ru/new.js': '' });
		expect(diffFolders(first, second)).toEqual({
			onlyInFirst: ['gone.js'],
			onlyInSecond: ['ru/new.js'],
			differing: ['en/changed.html'],
			compared: 2,
		});
	});
});
