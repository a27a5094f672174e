/**
 * Tells the card cache (`cache.ts`) where to keep link-preview cards: a folder in Astro's
 * `cacheDir` named by a fingerprint of the renderer, so that cards drawn by another renderer are
 * never reused. Cache folders of earlier renderers are removed.
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

/** The Astro integration; `import.meta.env.SOCIAL_CARD_CACHE` is its output. */
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
