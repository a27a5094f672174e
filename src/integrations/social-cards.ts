/**
 * Tells the image route where to draw link-preview cards and where to keep them
 * (`src/lib/social-card-files.ts`, #15): the worker thread's script, which Node runs from the
 * source folder outside Vite's bundle, and a cache folder in Astro's `cacheDir` named by a
 * fingerprint of the renderer. Cache folders of earlier renderers are removed.
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

/** The worker thread's script and the renderer it imports, relative to the project's root. */
const WORKER = 'src/lib/social-card-worker.ts';
const RENDERER = 'src/lib/social-image.ts';

/**
 * A short hash of the renderer's source and its packages' versions: cards drawn by another
 * renderer are not reused.
 */
function rendererFingerprint(root: URL): string {
	const require = createRequire(root);
	const hash = createHash('sha256').update(readFileSync(new URL(RENDERER, root)));
	for (const name of RENDERER_PACKAGES) {
		const { version } = require(`${name}/package.json`) as { version: string };
		hash.update(`${name}@${version}`);
	}
	return hash.digest('hex').slice(0, 16);
}

/** The Astro integration; `import.meta.env.SOCIAL_CARD_WORKER` and `…_CACHE` are its output. */
export default function socialCards(): AstroIntegration {
	return {
		name: 'clientship:social-cards',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const parent = new URL('social-cards/', config.cacheDir);
				const fingerprint = rendererFingerprint(config.root);
				for (const earlier of readDirectory(parent)) {
					if (earlier !== fingerprint) rmSync(new URL(earlier, parent), { recursive: true });
				}
				updateConfig({
					vite: {
						define: {
							'import.meta.env.SOCIAL_CARD_WORKER': JSON.stringify(
								fileURLToPath(new URL(WORKER, config.root))
							),
							'import.meta.env.SOCIAL_CARD_CACHE': JSON.stringify(
								fileURLToPath(new URL(`${fingerprint}/`, parent))
							),
						},
					},
				});
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
