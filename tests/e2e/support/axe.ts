/** Accessibility checks with axe, against WCAG 2.2 AA. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails if axe finds a serious or critical violation on the page as it is now. */
export async function expectNoSeriousViolations(page: Page, include?: string): Promise<void> {
	let builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	const serious = violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => ({
			rule: violation.id,
			impact: violation.impact,
			help: violation.help,
			targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
		}));
	expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}
