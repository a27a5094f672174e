/**
 * Tells the card cache (`cache.ts`) where to keep link-preview cards: a folder in Astro's
 * `cacheDir` named by a fingerprint of the renderer, so that cards drawn by another renderer are
 * never reused. Cache folders of earlier renderers are removed.
 *
 * It also tunes resvg's memory allocator for the build. resvg (a Rust library) allocates with
 * mimalloc, which gives freed memory back to the system 10 ms later; every card paints a fresh
 * 3 MB canvas, so every card asked the system for those pages again, and the page faults were a
 * third of resvg's time per card (`node scripts/measure-cards.mjs`, with and without). With a
 * delay longer than a card takes, a render thread reuses its last canvas. mimalloc reads the
 * setting once, when resvg is first loaded, which is after this hook (in the render threads); it is
 * taken away again when the build is done, before Pagefind's process starts.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The packages whose versions change what a card looks like. */
const RENDERER_PACKAGES = [
	'satori',
	'@resvg/resvg-js',
	'@fontsource/pt-sans',
	'@fontsource/pt-serif',
];

/** The modules that draw a card: the drawing and the brand. */
const RENDERER = [new URL('./draw.ts', import.meta.url), new URL('../brand.ts', import.meta.url)];

/**
 * A short hash of the renderer's source and its packages' versions.
 * @example rendererFingerprint(new URL('file:///work/main/')) → '5e0c2f8a91d3b7c4'
 */
export function rendererFingerprint(root: URL): string {
	const require = createRequire(root);
	const hash = createHash('sha256');
	for (const module of RENDERER) hash.update(readFileSync(module));
	for (const name of RENDERER_PACKAGES) {
		const { version } = require(`${name}/package.json`) as { version: string };
		hash.update(`${name}@${version}`);
	}
	return hash.digest('hex').slice(0, 16);
}

/** mimalloc's setting: how long freed memory is kept before it goes back to the system, in ms. */
export const ALLOCATOR_SETTING = 'MIMALLOC_PURGE_DELAY';
/** The build's value of `ALLOCATOR_SETTING`: longer than drawing a card takes. */
export const ALLOCATOR_DELAY = '1000';

/** The Astro integration; `import.meta.env.SOCIAL_CARD_CACHE` is its output. */
export default function socialCards(): AstroIntegration {
	let setAllocator = false;
	return {
		name: 'clientship:social-cards',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command === 'build' && process.env[ALLOCATOR_SETTING] === undefined) {
					process.env[ALLOCATOR_SETTING] = ALLOCATOR_DELAY;
					setAllocator = true;
				}
				const parent = new URL('social-cards/', config.cacheDir);
				const fingerprint = rendererFingerprint(config.root);
				for (const earlier of readDirectory(parent)) {
					if (earlier !== fingerprint) rmSync(new URL(earlier, parent), { recursive: true });
				}
				updateConfig({
					vite: {
						define: {
							'import.meta.env.SOCIAL_CARD_CACHE': JSON.stringify(
								fileURLToPath(new URL(`${fingerprint}/`, parent))
							),
						},
					},
				});
			},
			'astro:build:done': () => {
				if (setAllocator) delete process.env[ALLOCATOR_SETTING];
			},
		},
	};
}

/** The names in a folder, or none when it does not exist yet. */
function readDirectory(folder: URL): string[] {
	try {
		return readdirSync(folder);
	} catch {
		return [];
	}
}
