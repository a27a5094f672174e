/**
 * The assessment island's UI strings as one file per language (#15):
 * `virtual:clientship/assessment-strings-<lang>` is a module whose default export is every
 * string the island can show, resolved from `src/i18n` (`assessmentStrings`). Vite builds each
 * into a hashed file under `/_astro/`, which `public/_headers` caches for a year, so a reader going
 * from lesson to lesson fetches the strings once instead of inside every page's HTML.
 * `src/islands/assessment/strings-file.ts` loads them.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isLocale } from '../i18n/locales';
import { assessmentStrings } from '../lib/island-strings';

/** The module's name without the language. */
export const ASSESSMENT_STRINGS_MODULE = 'virtual:clientship/assessment-strings-';

/** The string files the module is made from, watched by the dev server. */
const SOURCES = ['../i18n/en.json', '../i18n/ru.json'];

/** The Astro integration that adds the module. */
export default function islandStringFiles(): AstroIntegration {
	return {
		name: 'clientship:island-strings',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'clientship:island-strings',
								resolveId(id) {
									return id.startsWith(ASSESSMENT_STRINGS_MODULE) ? `\0${id}` : undefined;
								},
								load(id) {
									if (!id.startsWith(`\0${ASSESSMENT_STRINGS_MODULE}`)) return undefined;
									const lang = id.slice(ASSESSMENT_STRINGS_MODULE.length + 1);
									if (!isLocale(lang)) throw new Error(`${id}: no such language`);
									for (const source of SOURCES) {
										this.addWatchFile(fileURLToPath(new URL(source, import.meta.url)));
									}
									return `export default ${JSON.stringify(assessmentStrings(lang))};`;
								},
							},
						],
					},
				});
			},
		},
	};
}
