/**
 * Runs steps on each page of `astro build` as Astro renders it, in memory, before it is written:
 * the steps that finish a page (island markup) and those that read the finished page (the search
 * index). Astro's prerenderer hook (`setPrerenderer` in `astro:build:start`) hands over every
 * rendered page, so nothing reads the 4,000 files of a large site back from disk after the build,
 * and Pagefind, a separate process, indexes pages while Node renders the next ones (#15).
 * Only one integration can wrap the prerenderer, hence one integration with a list of steps.
 */
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';

/** A step that sees each built page. */
export interface PageStep {
	name: string;
	/** Once, with the resolved config. */
	configure?(config: AstroConfig): void;
	/**
	 * One page's HTML, with its file in the output folder (`en/lessons/x/index.html`); returns the
	 * HTML to write, or nothing to keep it. Steps run in the order given, each on the last's result.
	 */
	page?(html: string, file: string): string | undefined;
	/** After every page is written, with the output folder. */
	done?(site: string, logger: AstroIntegrationLogger): Promise<void>;
}

/**
 * The file a page is written to, from its URL path: what `build.format: 'directory'` does.
 * @example pageFile('/sub/en/lessons/x/', '/sub/') → 'en/lessons/x/index.html'
 * @example pageFile('/404.html', '/') → '404.html'
 */
export function pageFile(pathname: string, base: string): string {
	const path = decodeURI(pathname)
		.slice(base.replace(/\/?$/, '/').length - 1)
		.replace(/^\//, '');
	if (path === '' || path.endsWith('/')) return `${path}index.html`;
	return /\.[a-z0-9]+$/i.test(path) ? path : `${path}/index.html`;
}

/** An Astro integration that runs `steps` on every page `astro build` renders. */
export default function builtPages(steps: PageStep[]): AstroIntegration {
	let base = '/';
	return {
		name: 'clientship:built-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				for (const step of steps) step.configure?.(config);
			},
			'astro:build:start': ({ setPrerenderer }) => {
				setPrerenderer((prerenderer) => ({
					...prerenderer,
					name: 'clientship:built-pages',
					async render(request, options) {
						const rendered = await prerenderer.render(request, options);
						const result = rendered instanceof Response ? { response: rendered } : rendered;
						const { response } = result;
						if (!response.headers.get('content-type')?.includes('text/html') || !response.body) {
							return rendered;
						}
						const file = pageFile(new URL(request.url).pathname, base);
						let html = await response.text();
						for (const step of steps) html = step.page?.(html, file) ?? html;
						const finished = new Response(html, {
							status: response.status,
							statusText: response.statusText,
							headers: response.headers,
						});
						return rendered instanceof Response ? finished : { ...result, response: finished };
					},
				}));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				for (const step of steps) await step.done?.(site, logger.fork(step.name));
			},
		},
	};
}
