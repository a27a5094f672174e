import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every `.html` file under `dir`, as paths joined to `dir`, sorted.
 *
 * @example htmlFiles('dist') → ['dist/404.html', 'dist/en/about/index.html', …]
 */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.map((name) => join(dir, name))
		.sort();
}
