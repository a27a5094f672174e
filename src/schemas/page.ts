import { z } from 'astro/zod';

/** Frontmatter of a prose page in `content/pages/{en,ru}/<id>.mdx`. */
export const pageSchema = z.object({
	/** The page's title, shown as its `h1`. */
	title: z.string().trim().min(1),
	/** One or two sentences for meta tags and search results. */
	description: z.string().trim().min(1).max(160),
});
