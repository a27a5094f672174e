/**
 * A lesson's steps, read from its MDX body: the top-level items of the numbered list inside its
 * `<Steps>` block, each opening with a bold lead-in. Each step has an anchor, `#step-N`, that the
 * Markdown pipeline gives its list item (`src/lib/step-anchors.ts`), so that a self-assessment's
 * result can link a low dimension to the step that works on it (#25). The same in both languages:
 * both versions of a lesson have the same steps in the same order.
 */

/** One step: its place, its anchor and its bold lead-in as plain text. */
export interface LessonStep {
	number: number;
	id: string;
	title: string;
}

/**
 * The anchor of the `number`-th step (counted from 1).
 * @example stepId(3) → 'step-3'
 */
export function stepId(number: number): string {
	return `step-${number}`;
}

/**
 * The steps of a lesson, in order, with their lead-ins as plain text (no Markdown, no closing
 * punctuation).
 * @example lessonSteps('<Steps>\n1. **Ask why.** Then listen.\n2. **See the plant,** with the team.\n</Steps>') → [{ number: 1, id: 'step-1', title: 'Ask why' }, { number: 2, id: 'step-2', title: 'See the plant' }]
 */
export function lessonSteps(body: string): LessonStep[] {
	const block = /<Steps>([\s\S]*?)<\/Steps>/.exec(body)?.[1] ?? '';
	return [...block.matchAll(/^\d+\.\s+(.*)$/gm)].map((match, index) => ({
		number: index + 1,
		id: stepId(index + 1),
		title: leadIn(match[1] ?? ''),
	}));
}

/** The bold lead-in of a step's line, or its first sentence when it has none, as plain text. */
function leadIn(line: string): string {
	const bold = /^\*\*(.+?)\*\*/.exec(line)?.[1] ?? line.split(/(?<=[.!?])\s/)[0] ?? line;
	return bold
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]/g, '')
		.replace(/[\s.,:;]+$/u, '')
		.trim();
}
