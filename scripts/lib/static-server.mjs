// A static server for dist/ that behaves like a CDN: gzip, long caching for hashed files as
// public/_headers asks, and /404.html for what is missing. (`astro preview` allows one per project,
// and a developer may have one running.) Used by the benchmarks.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain',
	'.webmanifest': 'application/manifest+json',
};

// Pagefind's own files are compressed already, and so are images.
const PRECOMPRESSED = ['.pf_fragment', '.pf_index', '.pf_meta', '.pagefind', '.png'];

/**
 * Serves `root` (a built site) on `port` of localhost until `close()` is called; a site built with
 * `--base` is served under that `base`, and nothing outside it is found. `root` may be a function,
 * asked at each request: a deploy that replaces one build with another (the update test). Port 0
 * takes a free port (`server.address().port`). `onSend(path, bytes)` hears of every response with
 * the bytes that went over the wire (gzip level 9, as a CDN sends).
 * @example const server = serveStatic('dist', 4500); …; server.close();
 * @example serveStatic('dist-base', 4479, '/clientship/') → /clientship/en/ serves dist-base/en/index.html
 */
export function serveStatic(root, port, base = '/', onSend = () => {}) {
	const origin = `http://localhost:${port}`;
	return createServer((request, response) => {
		const folder = typeof root === 'function' ? root() : root;
		const requested = decodeURIComponent(new URL(request.url ?? '/', origin).pathname);
		const path = requested.startsWith(base) ? `/${requested.slice(base.length)}` : '/\0outside';
		const file = [join(folder, path), join(folder, path, 'index.html')].find(
			(candidate) => existsSync(candidate) && statSync(candidate).isFile()
		);
		const body = readFileSync(file ?? join(folder, '404.html'));
		const isGzipped =
			/\bgzip\b/.test(String(request.headers['accept-encoding'])) &&
			!PRECOMPRESSED.some((extension) => path.endsWith(extension));
		response.writeHead(file ? 200 : 404, {
			'content-type': CONTENT_TYPES[extname(file ?? '404.html')] ?? 'application/octet-stream',
			...(path.startsWith('/_astro/')
				? { 'cache-control': 'public, max-age=31536000, immutable' }
				: {}),
			// As public/_headers asks: the browser always fetches the service worker afresh.
			...(path === '/sw.js' ? { 'cache-control': 'no-cache' } : {}),
			...(isGzipped ? { 'content-encoding': 'gzip' } : {}),
		});
		const wire = isGzipped ? gzipSync(body, { level: 9 }) : body;
		onSend(requested, wire.length);
		response.end(wire);
	}).listen(port);
}
