/**
 * The reader's progress on the home page, from this browser's storage (#16): per lesson, opened
 * or read to the end, and whether its self-assessment is done with the day of the last result;
 * and how many lessons are opened in all.
 */
import { formatDay } from '../i18n/dates';
import { fill } from '../i18n/plural';
import { assessmentProgress } from './assessment-progress';
import { browserStorage } from './browser-storage';
import { readProgress } from './progress-store';

/** Reads progress from storage and shows it on the lesson cards and in the progress line. */
export function showProgress(root: Document): void {
	const storage = browserStorage();
	const { opened, read } = readProgress(storage);
	const lang = root.documentElement.lang;
	let count = 0;
	for (const card of root.querySelectorAll<HTMLElement>('[data-lesson]')) {
		const slug = card.dataset['lesson'] ?? '';
		const isRead = read.includes(slug);
		const isOpened = isRead || opened.includes(slug);
		if (isOpened) count++;
		show(card, '[data-mark="read"]', isRead);
		show(card, '[data-mark="opened"]', isOpened && !isRead);
		const done = assessmentProgress(storage, card.dataset['assessment'] ?? '');
		const mark = card.querySelector<HTMLElement>('[data-mark="assessment"]');
		const text = mark?.querySelector('[data-text]');
		const template = done.lastDay ? mark?.dataset['dated'] : mark?.dataset['undated'];
		if (mark && text && done.isDone && template) {
			text.textContent = done.lastDay
				? fill(template, { date: formatDay(done.lastDay, lang, true) })
				: template;
			mark.hidden = false;
		}
	}
	const line = root.querySelector<HTMLElement>('[data-progress-template]');
	const template = line?.dataset['progressTemplate'];
	if (line && template && count > 0) line.textContent = fill(template, { opened: count });
}

function show(card: HTMLElement, selector: string, isShown: boolean): void {
	const mark = card.querySelector<HTMLElement>(selector);
	if (mark) mark.hidden = !isShown;
}
