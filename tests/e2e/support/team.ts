/** What tests do in the team view, the way a facilitator does it. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import type { Lang } from './site';
import { t } from './strings';

/**
 * Ticks "Show names": the view names people by number until the facilitator does (#22), and a
 * test that reads who is who does what the facilitator would.
 */
export async function showNames(page: Page, lang: Lang): Promise<void> {
	const names = page.getByRole('checkbox', { name: t(lang, 'team.names.show') });
	await names.check();
	await expect(names).toBeChecked();
}

/**
 * Unfolds the facilitator's tools where a team link opened afresh folded them after the results
 * (#22: a link that is no session of this device's is read as a participant's), as a facilitator
 * continuing someone's session would.
 */
export async function openTools(page: Page, lang: Lang): Promise<void> {
	await page.getByText(t(lang, 'team.reader.tools')).click();
	await expect(page.getByLabel(t(lang, 'team.linksLabel'))).toBeVisible();
}
