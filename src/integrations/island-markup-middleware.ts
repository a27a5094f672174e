/**
 * Tidies each page's island markup as `astro build` renders it (`island-markup.ts`), in the thread
 * that renders it, and writes the file of the scripts it took out unless this thread has already.
 * Several render threads may write the same file: it is named by its content and written under
 * another name first, so a reader never finds half a file.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { MiddlewareHandler } from 'astro';
import { tidyIslandMarkup, type RuntimeFile } from './island-markup';

/** The files this thread has written (or is writing). */
const written = new Map<string, Promise<void>>();

async function write(runtime: RuntimeFile): Promise<void> {
	const { folder } = import.meta.env.ISLAND_MARKUP;
	await mkdir(folder, { recursive: true });
	const partial = join(folder, `${runtime.name}.${process.pid}-${threadId}.partial`);
	await writeFile(partial, runtime.text);
	await rename(partial, join(folder, runtime.name));
}

/** The middleware: only prerendered HTML of a build, which is every page of this site. */
export const onRequest: MiddlewareHandler = async (context, next) => {
	const response = await next();
	if (
		import.meta.env.DEV ||
		!context.isPrerendered ||
		!response.headers.get('content-type')?.includes('text/html')
	) {
		return response;
	}
	const { html, runtime } = tidyIslandMarkup(
		await response.text(),
		import.meta.env.ISLAND_MARKUP.url
	);
	if (runtime) {
		let writing = written.get(runtime.name);
		if (!writing) {
			writing = write(runtime);
			written.set(runtime.name, writing);
		}
		await writing;
	}
	return new Response(html, {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
};
