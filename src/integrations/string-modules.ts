/**
 * The assessment island's UI strings as one module per language (#15):
 * `virtual:clientship/assessment-strings-<lang>` default-exports the strings of the form, the
 * result and sharing, resolved from `src/i18n` (`assessmentStrings`). The island's entry for that
 * language (`src/islands/AssessmentEn.tsx`, `AssessmentRu.tsx`) imports it, so Vite writes it into
 * that entry's hashed file under `/_astro/`, which `public/_headers` caches for a year: a reader
 * going from lesson to lesson fetches the strings once instead of inside every page's HTML.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { isLocale } from '../i18n/locales';
import { assessmentStrings } from '../lib/island-strings';

/** The module's name without the language. */
export const ASSESSMENT_STRINGS_MODULE = 'virtual:clientship/assessment-strings-';

/** The string files the module is made from (relative to the project's root), for the dev server to watch. */
const SOURCES = ['src/i18n/en.json', 'src/i18n/ru.json'];

/** The Astro integration that adds the module. */
export default function islandStringFiles(): AstroIntegration {
	return {
		name: 'clientship:string-modules',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				let server: ViteDevServer | undefined;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'clientship:string-modules',
								configureServer(devServer) {
									// Astro's build starts servers of its own too: only `astro dev`'s is used.
									if (command === 'dev') server = devServer;
								},
								resolveId(id) {
									return id.startsWith(ASSESSMENT_STRINGS_MODULE) ? `\0${id}` : undefined;
								},
								async load(id) {
									if (!id.startsWith(`\0${ASSESSMENT_STRINGS_MODULE}`)) return undefined;
									const lang = id.slice(ASSESSMENT_STRINGS_MODULE.length + 1);
									if (!isLocale(lang)) throw new Error(`${id}: no such language`);
									for (const source of SOURCES) {
										this.addWatchFile(fileURLToPath(new URL(source, config.root)));
									}
									// The dev server reads the strings afresh through its own module graph, so
									// an edited string file shows on reload; a build reads them once.
									const strings = server
										? (
												(await server.ssrLoadModule(
													'/src/lib/island-strings.ts'
												)) as typeof import('../lib/island-strings')
											).assessmentStrings(lang)
										: assessmentStrings(lang);
									return `export default ${JSON.stringify(strings)};`;
								},
							},
						],
					},
				});
			},
		},
	};
}
