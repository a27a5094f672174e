/**
 * Vitest's global setup for the engine tests: serves the built site (`dist/`) on a free port, as
 * a static host would, and hands its address to the tests as `baseURL`.
 */
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/lib/static-server.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the built site is served, e.g. `http://localhost:41234`. */
		baseURL: string;
	}
}

export default async function serveBuiltSite(project: TestProject): Promise<() => Promise<void>> {
	if (!existsSync('dist/index.html')) {
		throw new Error('The engine tests run against the built site: run `npm run build` first.');
	}
	const server = serveStatic('dist', 0);
	await once(server, 'listening');
	project.provide('baseURL', `http://localhost:${(server.address() as AddressInfo).port}`);
	return () => new Promise((resolve) => server.close(() => resolve()));
}
