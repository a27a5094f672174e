/**
 * Russian typography by a tool (#12): the one place that says how typograf treats Russian text.
 *
 * Writers type ordinary spaces (content/README.md); the build binds words with non-breaking spaces
 * where Russian typesetting needs them, so that no line ends with «в», «и» or «не» and no line
 * starts with a dash. Everything a Russian reader reads goes through `typeset()`: lesson and page
 * prose (the Markdown plugin in `src/lib/markdown-typography.ts`), lesson frontmatter
 * (`src/lib/lessons.ts`), assessment texts (`src/lib/assessments.ts`) and UI strings
 * (`src/i18n/i18n.ts`). English text is returned as it is.
 *
 * Only the rules in `RUSSIAN_RULES` run; every other typograf rule is off. The writers already type
 * « » (and „ “ inside them), em dashes and ё by hand, and the content tests check them, so nothing
 * here may rewrite quotes, punctuation or spelling: the rules only bind words. The output holds real
 * characters (U+00A0 NO-BREAK SPACE, U+202F NARROW NO-BREAK SPACE), never HTML entities, because it
 * lands in text nodes and attributes that Astro escapes itself.
 *
 * Build time only: typograf (about 100 KB) must never reach the browser, so islands get strings that
 * were typeset when the page was built.
 */
import Typograf from 'typograf';
import type { Locale } from './locales';

/** U+00A0 NO-BREAK SPACE: what most rules put between the words they bind. */
export const NBSP = '\u00A0';
/** U+202F NARROW NO-BREAK SPACE: after № and §, as Russian typesetting does. */
export const NARROW_NBSP = '\u202F';

/** Our own rule, for the one binding typograf has no rule for: «20 %», «5 ‰». */
const PERCENT_RULE = 'ru/nbsp/percentSign';

/**
 * The typograf rules that run on Russian text, each with the reason it is on. They bind words with a
 * non-breaking space where the writer typed an ordinary one; the only other changes are the dash
 * (`ru/dash/main`), the space between initials (`ru/nbsp/initials`) and the groups of a long number
 * (`common/number/digitGrouping`), all house style.
 */
export const RUSSIAN_RULES = [
	// After a one- or two-letter word (в, к, с, о, у, и, а, я, на, не, по, из…): a line must not end
	// with a preposition, a conjunction or a particle that belongs to the next word.
	'common/nbsp/afterShortWord',
	// After the longer prepositions and conjunctions on typograf's list (без, для, или, как, при, под,
	// про, если…), for the same reason.
	'common/nbsp/afterShortWordByList',
	// Before бы, же, ли: a particle belongs to the word before it and must not start a line.
	'ru/nbsp/beforeParticle',
	// Before a spaced dash, so that no line starts with one. It also turns a spaced hyphen or en dash
	// into the spaced em dash the house style asks for (content/README.md); an unspaced dash (20–40,
	// кто-то) is left alone.
	'ru/dash/main',
	// Between a number and the word after it (300 тысяч, 15 минут, 5 шагов): a number is read with
	// its unit or noun and must not be left at the end of a line.
	'common/nbsp/afterNumber',
	// Between a number and тыс., млн, млрд, трлн, also after a decimal (1,5 млн), which
	// `afterNumber` misses.
	'ru/nbsp/mln',
	// Initials and surname stay together (А. С. Пушкин), with a space between the initials.
	'ru/nbsp/initials',
	// Two-part abbreviations stay whole (т. е., т. д., и т. п.).
	'ru/nbsp/abbr',
	// № 5 and § 3, with a narrow no-break space.
	'ru/nbsp/afterNumberSign',
	'common/nbsp/afterSectionMark',
	// A number and its percent sign (20 %, as the site writes it), which typograf has no rule for.
	PERCENT_RULE,
	// The groups of a long number stay on one line, joined by a narrow no-break space, as Russian
	// typesetting groups thousands: «10 000 листовок», «200 000 символов» (#25). A number of five or
	// more digits typed without spaces is grouped the same way («12345» → «12 345»); a four-digit
	// one is left as typed («5000 буклетов»), as Russian house styles do.
	'common/number/digitGrouping',
] as const;

if (!Typograf.getRule(PERCENT_RULE)) {
	Typograf.addRule({
		name: PERCENT_RULE,
		handler: (text) => text.replace(/(\d) (?=[%‰‱])/g, `$1${NBSP}`),
	});
}

/**
 * Placeholders that stand for a number in UI strings. A number filled in later needs the same
 * binding to the word after it as a number typed in the text («{{count}} минут» → «15 минут»).
 */
const NUMBER_PLACEHOLDER =
	/(\{\{(?:count|number|total|score|opened|minutes|min|max)\}\}) (?=[\p{L}\d])/gu;

function createTypograf(): Typograf {
	// 'en-US' after 'ru' lets the short-word rule see Latin words too (в UX-команде, CC BY).
	const typograf = new Typograf({ locale: ['ru', 'en-US'] });
	typograf.disableRule('*');
	typograf.enableRule([...RUSSIAN_RULES]);
	// i18next placeholders are not text: whatever is inside {{ }} passes through untouched.
	typograf.addSafeTag('\\{\\{', '\\}\\}');
	return typograf;
}

const russian = createTypograf();

/**
 * Results by input. Pages load the same lessons and assessments again and again (every lesson page
 * lists the series), so a build asks for the same few hundred strings tens of thousands of times.
 */
const cache = new Map<string, string>();

/**
 * Typesets Russian text: non-breaking spaces where Russian typesetting needs them, nothing else
 * changed. The input is plain text (not HTML): `&`, `<` and `>` stay exactly as they are.
 * @example typesetRussian('в 2026 году — 20 % клиентов') → 'в\u00A02026\u00A0году\u00A0— 20\u00A0% клиентов'
 */
export function typesetRussian(text: string): string {
	// Nothing to bind without a space: most labels and single words end here.
	if (!/[ \u00A0]/.test(text)) return text;
	let typeset = cache.get(text);
	if (typeset === undefined) {
		typeset = runTypograf(text);
		cache.set(text, typeset);
	}
	return typeset;
}

function runTypograf(text: string): string {
	// typograf reads HTML: escape the three characters that could look like markup or an entity to it,
	// so that text such as "&nbsp;" or "<b>" is kept as typed, and undo that afterwards.
	const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const typeset = russian
		.execute(escaped)
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
	return typeset.replace(NUMBER_PLACEHOLDER, `$1${NBSP}`);
}

/**
 * Typesets text in its language: Russian through `typesetRussian()`, English as it is.
 * @example typeset('ru', 'о проекте') → 'о\u00A0проекте'; typeset('en', 'a client') → 'a client'
 */
export function typeset(lang: Locale, text: string): string {
	return lang === 'ru' ? typesetRussian(text) : text;
}

/**
 * Typesets every string inside a value (an object, an array or a string) in its language, and
 * returns a copy of the same shape; numbers, dates and other values are kept as they are.
 * @example typesetAll('ru', { takeaways: ['Спросите о цели'] }) → { takeaways: ['Спросите о\u00A0цели'] }
 */
export function typesetAll<T>(lang: Locale, value: T): T {
	if (lang !== 'ru') return value;
	return typesetValue(value) as T;
}

function typesetValue(value: unknown): unknown {
	if (typeof value === 'string') return typesetRussian(value);
	if (Array.isArray(value)) return value.map(typesetValue);
	if (
		value !== null &&
		typeof value === 'object' &&
		Object.getPrototypeOf(value) === Object.prototype
	) {
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, typesetValue(item)])
		);
	}
	return value;
}
