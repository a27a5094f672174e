/**
 * The reader's progress on the home page, from this browser's storage (#16): per lesson, opened
 * or read to the end, and whether its self-assessment is done with the day of the last result;
 * and how many lessons are opened in all.
 */
import { formatDay } from '../i18n/dates';
import { fill, plural } from '../i18n/plural';
import { assessmentProgress } from './assessment-progress';
import { browserStorage } from './browser-storage';
import { readStrings } from './page-strings';
import { readProgress } from './progress-store';
import { HOME_PROGRESS_STRINGS } from './strings';

/** Reads progress from storage and shows it on the lesson cards and in the progress line. */
export function showProgress(root: Document): void {
	const storage = browserStorage();
	const { opened, read } = readProgress(storage);
	const lang = root.documentElement.lang;
	const line = root.querySelector<HTMLElement>('[data-progress]');
	const strings = readStrings(line?.dataset['strings'], HOME_PROGRESS_STRINGS);
	if (!line || !strings) return;
	const cards = [...root.querySelectorAll<HTMLElement>('[data-lesson]')];
	let count = 0;
	for (const card of cards) {
		const slug = card.dataset['lesson'] ?? '';
		const isRead = read.includes(slug);
		const isOpened = isRead || opened.includes(slug);
		if (isOpened) count++;
		show(card, '[data-mark="read"]', isRead);
		show(card, '[data-mark="opened"]', isOpened && !isRead);
		const done = assessmentProgress(storage, card.dataset['assessment'] ?? '');
		const mark = card.querySelector<HTMLElement>('[data-mark="assessment"]');
		const text = mark?.querySelector('[data-text]');
		if (mark && text && done.isDone) {
			text.textContent = done.lastDay
				? fill(strings.assessmentDoneOn, { date: formatDay(done.lastDay, lang, true) })
				: strings.assessmentDone;
			mark.hidden = false;
		}
	}
	if (count > 0) line.textContent = plural(lang, strings.progress, cards.length, { opened: count });
}

function show(card: HTMLElement, selector: string, isShown: boolean): void {
	const mark = card.querySelector<HTMLElement>(selector);
	if (mark) mark.hidden = !isShown;
}
