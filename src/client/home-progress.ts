/** Marks the lessons this browser has opened and says how many, on the home page. */
import { browserStorage } from './browser-storage';
import { readOpenedLessons } from './progress-store';

/** Reads progress from storage and updates the lesson cards and the progress line. */
export function showProgress(root: Document): void {
	const opened = new Set(readOpenedLessons(browserStorage()));
	let count = 0;
	for (const card of root.querySelectorAll<HTMLElement>('[data-lesson]')) {
		if (!opened.has(card.dataset['lesson'] ?? '')) continue;
		count++;
		card.querySelector<HTMLElement>('.opened')?.removeAttribute('hidden');
	}
	const line = root.querySelector<HTMLElement>('[data-progress-template]');
	const template = line?.dataset['progressTemplate'];
	if (line && template && count > 0)
		line.textContent = template.replace('{{opened}}', String(count));
}
