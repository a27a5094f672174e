/**
 * Russian typography in lesson and page prose (#12): a plugin for the Markdown pipeline that
 * typesets the text of Russian MDX files with `typesetRussian()` (`src/i18n/typography.ts`, where the
 * rules and their reasons are). Registered in `astro.config.mjs`.
 *
 * Astro 7 renders Markdown and MDX with Sätteri, which runs no remark or rehype plugins: this is a
 * Sätteri hast plugin, the same thing for its HTML tree. It changes text nodes only. Attribute values
 * (link targets, component props such as `<Quote author>`) are not text nodes; text inside code,
 * pre, kbd, samp, script and style is left as it is; and typograf hides a URL in the text from its
 * rules.
 *
 * Sätteri runs user plugins before it gives headings their ids, and would slug the typeset text.
 * So this plugin gives every heading its id itself, from the heading's text as written and with the
 * same slugger (`createHeadingSlugger()`): Astro keeps an id that is already set, so ids, links to
 * sections and the table of contents stay what they were.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { typesetRussian } from '../i18n/typography';
import { createHeadingSlugger } from './slug';

/** One entry of Sätteri's `hastPlugins` option. */
type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** Elements whose text is code or markup, not prose. */
const VERBATIM_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** A line break inside a text node, with the indentation around it. */
const SOFT_BREAK = /[ \t]*\n[ \t]*/g;

/**
 * Whether a content file is Russian: `content/<collection>/ru/…`.
 * @example isRussianContent(new URL('file:///site/content/lessons/ru/marriage-or-mess.mdx')) → true
 */
export function isRussianContent(fileURL: URL | undefined): boolean {
	return fileURL !== undefined && /\/content\/[^/]+\/ru\//.test(fileURL.pathname);
}

/**
 * The Sätteri hast plugin that typesets Russian prose. It is a factory: Sätteri calls it once per
 * file, and it leaves every file that is not Russian out of the pipeline.
 */
export const russianTypography: HastPluginEntry = (file) => {
	if (!isRussianContent(file.fileURL)) return null;
	const slug = createHeadingSlugger();
	return {
		name: 'russian-typography',
		element: {
			filter: HEADINGS,
			visit(node, ctx) {
				// Mutations are applied after the pass, so this reads the heading as written.
				if (typeof node.properties['id'] !== 'string') {
					ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
				}
			},
		},
		text(node, ctx) {
			// The general overload: a parent may be the root, whose own parent is undefined.
			let parent: ReturnType<typeof ctx.parent> = ctx.parent(node);
			for (; parent; parent = ctx.parent(parent)) {
				if (parent.type === 'element' && VERBATIM_ELEMENTS.has(parent.tagName)) return;
			}
			// A line break inside a paragraph of the source is a space to the reader; as a space, the
			// rules see it (a lesson wrapped after «в» would otherwise still break there).
			const value = typesetRussian(node.value.replace(SOFT_BREAK, ' '));
			if (value !== node.value) ctx.setProperty(node, 'value', value);
		},
	};
};
