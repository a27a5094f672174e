/** The note beside a result's day when that day looks wrong (DESIGN.md "Any clock"). */
import { dayNote, localDay } from '../../links/result-days';
import type { AssessmentStrings } from './strings';

/**
 * The note for a result's day seen from this device's today, as a list of none or one text.
 * @example dayNoteText('2025-06-01', strings) → ['This date looks wrong: …']
 */
export function dayNoteText(
	date: string,
	strings: Pick<AssessmentStrings, 'dayBeforeDated' | 'dayAhead'>,
	today = localDay(new Date())
): string[] {
	const note = dayNote(date, today);
	if (note === 'before-dated') return [strings.dayBeforeDated];
	if (note === 'ahead') return [strings.dayAhead];
	return [];
}
