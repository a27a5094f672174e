/**
 * A lesson's key ideas, read from its MDX body: the `###` heading that opens each `<KeyIdea>`
 * block, as plain text. The facilitator guide's lesson cards print them for the recap, so the
 * cards and the lessons cannot drift apart.
 */

/**
 * The titles of a lesson's key ideas, in order, without Markdown.
 * @example keyIdeaTitles('<KeyIdea>\n### Partners, *not* bosses\nText\n</KeyIdea>') → ['Partners, not bosses']
 */
export function keyIdeaTitles(body: string): string[] {
	return [...body.matchAll(/<KeyIdea>\s*\n\s*###\s+(.+)/g)].map((match) =>
		(match[1] ?? '')
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/[*_`]/g, '')
			.replace(/\s*\{#[^}]*\}\s*$/, '')
			.trim()
	);
}
