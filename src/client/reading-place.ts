/**
 * The pure decisions behind moving around a long lesson (#24): when the compact reading bar
 * slides back, how far through the lesson the reader is, and what "Continue" offers. No DOM here:
 * `reading-bar.ts` and `continue-reading.ts` measure the page and call these.
 */
import { plural, type PluralForms } from '../i18n/plural';
import type { ReadingPosition } from './reading-positions';

/** What the reading bar needs to know about a scroll. */
export interface BarScroll {
	/** Whether the bar shows now. */
	isShown: boolean;
	/** The page's scroll position before this scroll and now, in px. */
	previousY: number;
	y: number;
	/** Where the site header ends on the page, in px: above it, the header itself is in view. */
	headerEnd: number;
	/** Whether the bar holds keyboard focus or its contents are open: then it stays. */
	isInUse: boolean;
}

/**
 * Whether the reading bar shows after a scroll: it slides back when the reader scrolls up past the
 * site header, goes away when they scroll down, and is not needed at the very top, where the site
 * header is. While the reader uses it, it stays.
 * @example isBarShown({ isShown: false, previousY: 5000, y: 4900, headerEnd: 100, isInUse: false }) → true
 * @example isBarShown({ isShown: true, previousY: 4900, y: 5000, headerEnd: 100, isInUse: false }) → false
 */
export function isBarShown(scroll: BarScroll): boolean {
	if (scroll.y <= 0) return false;
	if (scroll.isInUse) return scroll.isShown;
	if (scroll.y < scroll.previousY) return scroll.y > scroll.headerEnd || scroll.isShown;
	if (scroll.y > scroll.previousY) return false;
	return scroll.isShown;
}

/**
 * How far through the lesson the reader is, from 0 to 1: the share of the text between its start
 * and its end that has come up from the bottom of the screen.
 * @example readingProgress({ y: 1000, viewportHeight: 800, start: 300, end: 3300 }) → 0.5
 */
export function readingProgress(place: {
	y: number;
	viewportHeight: number;
	start: number;
	end: number;
}): number {
	const length = place.end - place.start;
	if (!(length > 0)) return 1;
	const seen = (place.y + place.viewportHeight - place.start) / length;
	return Number.isNaN(seen) ? 0 : Math.min(1, Math.max(0, seen));
}

/** A lesson as "Continue" names it: its number, address and sections. */
export interface ContinueLesson {
	/** Its number in the series, from 1. */
	number: number;
	/** The lesson's address, without a fragment. */
	href: string;
	/** Per section in contents order: its id (the fragment), title and minutes left from its start. */
	sections: readonly (readonly [id: string, title: string, minutes: number])[];
}

/** The two wordings of "Continue", every plural form: with the lesson's number, or on the lesson. */
export interface ContinueStrings {
	home: PluralForms;
	lesson: PluralForms;
}

/**
 * The "Continue" link for a stored position: its text and address; undefined when the position
 * names a section the lesson no longer has.
 * @example continueLink('en', strings, { number: 3, href: '/en/lessons/a/', sections: [['x', 'Where this breaks down', 3]] }, { section: 0, progress: 0.6, at: 1 }, 'home') → { text: 'Continue: lesson 3, “Where this breaks down”, 3 min left', href: '/en/lessons/a/#x' }
 */
export function continueLink(
	lang: string,
	strings: ContinueStrings,
	lesson: ContinueLesson,
	position: ReadingPosition,
	where: keyof ContinueStrings
): { text: string; href: string } | undefined {
	const section = lesson.sections[position.section];
	if (!section) return undefined;
	const [id, title, minutes] = section;
	return {
		text: plural(lang, strings[where], minutes, { number: lesson.number, section: title }),
		href: `${lesson.href}#${encodeURIComponent(id)}`,
	};
}

/**
 * Reads the lessons "Continue" may name from a page's JSON (`data-lessons`), by slug; whatever
 * does not have the expected shape is left out. Never throws.
 * @example parseContinueLessons('{"a":{"number":1,"href":"/en/lessons/a/","sections":[["x","X",3]]}}') → { a: { number: 1, href: '/en/lessons/a/', sections: [['x', 'X', 3]] } }
 */
export function parseContinueLessons(raw: string | undefined): Record<string, ContinueLesson> {
	let value: unknown;
	try {
		value = JSON.parse(raw ?? '');
	} catch {
		return {};
	}
	if (typeof value !== 'object' || value === null) return {};
	const lessons: Record<string, ContinueLesson> = {};
	for (const [slug, lesson] of Object.entries(value)) {
		if (typeof lesson !== 'object' || lesson === null) continue;
		const { number, href, sections } = lesson as Record<string, unknown>;
		if (typeof number !== 'number' || typeof href !== 'string' || !Array.isArray(sections))
			continue;
		if (!sections.every(isSection)) continue;
		lessons[slug] = { number, href, sections };
	}
	return lessons;
}

function isSection(value: unknown): value is readonly [string, string, number] {
	return (
		Array.isArray(value) &&
		value.length === 3 &&
		typeof value[0] === 'string' &&
		typeof value[1] === 'string' &&
		typeof value[2] === 'number'
	);
}
