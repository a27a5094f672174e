/** Driving a self-assessment island the way a reader does. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Waits until the island inside `scope` is hydrated (Astro removes `ssr` from `astro-island`). */
export async function waitForIsland(scope: Locator): Promise<void> {
	await expect(scope.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
	await expect(scope.locator('button[type="submit"]')).toBeEnabled();
}

/**
 * Answers every question with the keyboard alone: Space checks the first choice of a group, the
 * arrow keys move to the wanted one, Tab moves on to the next question. `choose(i, n)` gives the
 * choice (1…n) for question i. Ends by pressing Enter on the submit button.
 */
export async function completeByKeyboard(
	page: Page,
	scope: Locator,
	choose: (index: number, choices: number) => number
): Promise<number[]> {
	const questions = scope.locator('fieldset.question');
	const count = await questions.count();
	const answers: number[] = [];
	await questions.first().locator('input[type="radio"]').first().focus();
	for (let index = 0; index < count; index++) {
		const choices = await questions.nth(index).locator('input[type="radio"]').count();
		const choice = choose(index, choices);
		await page.keyboard.press('Space');
		for (let step = 1; step < choice; step++) await page.keyboard.press('ArrowRight');
		await expect(
			questions
				.nth(index)
				.locator('input[type="radio"]')
				.nth(choice - 1)
		).toBeChecked();
		answers.push(choice);
		await page.keyboard.press('Tab');
	}
	await expect(scope.locator('button[type="submit"]')).toBeFocused();
	await page.keyboard.press('Enter');
	return answers;
}

/** The scores table of a result, as `label: score` lines. */
export async function readScores(result: Locator): Promise<string[]> {
	await expect(result.locator('table.scores')).toBeVisible();
	return result
		.locator('table.scores tbody tr')
		.evaluateAll((rows) =>
			rows.map((row) => (row as HTMLTableRowElement).innerText.replace(/\s+/g, ' ').trim())
		);
}

/** The overall score shown in a result. */
export async function readOverall(result: Locator): Promise<string> {
	return (await result.locator('.overall-score').textContent()) ?? '';
}

/** Just the numbers of the scores table, for comparing across languages. */
export function numbersOf(lines: string[]): string[] {
	return lines.map((line) => (line.match(/\d+/g) ?? []).join(' '));
}
