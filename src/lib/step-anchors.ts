/**
 * Anchors for a lesson's steps (#25): a Sätteri hast plugin, registered in `astro.config.mjs`, that
 * gives each top-level item of the numbered list inside `<Steps>` the id `step-N`, so that a
 * self-assessment's result can link a low dimension to the step that works on it. The ids are
 * `stepId()` of `src/lib/lesson-steps.ts`, which reads the same steps from the MDX source for the
 * links and the content tests.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { stepId } from './lesson-steps';

/** One entry of Sätteri's `hastPlugins` option. */
type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** The plugin: only MDX files have a `<Steps>` block, so Markdown files leave it out. */
export const stepAnchors: HastPluginEntry = (file) => {
	if (file.sourceFormat !== 'mdx') return null;
	return {
		name: 'step-anchors',
		mdxJsxFlowElement: {
			filter: ['Steps'],
			visit(node, ctx) {
				const list = node.children.find(
					(child) => child.type === 'element' && child.tagName === 'ol'
				);
				if (list?.type !== 'element') return;
				let number = 0;
				for (const item of list.children) {
					if (item.type === 'element' && item.tagName === 'li') {
						number += 1;
						ctx.setProperty(item, 'id', stepId(number));
					}
				}
			},
		},
	};
};
