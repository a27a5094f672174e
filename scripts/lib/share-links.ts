/**
 * Share links made in Node with the site's own code and the real assessments, as the assessment
 * page makes them: for tools (the team benchmark) and for tests that start from a result instead
 * of taking an assessment through the page.
 */
import { shareCodeModelOf } from '../../src/islands/assessment/model';
import { encodeShareCode, shareFragment, type Side } from '../../src/links/share-code';
import type { Locale } from '../../src/i18n/locales';
import { modelOf } from './assessment-models';

/** A share link made in Node: its code and its path on the site. */
export interface MadeShareLink {
	/** The answers, one per statement of the current version. */
	answers: number[];
	code: string;
	/** `/<lang>/assessments/<id>/[client/]#r=<code>`, relative to the site's root. */
	path: string;
}

/**
 * Makes a share link for one side of an assessment: `choose(i)` answers statement `i` (1–5 for
 * likert, the pile's position for sort).
 * @throws RangeError when an answer does not fit the assessment, as the page's encoder does
 * @example makeShareLink('client-level', 'en', () => 4, { name: 'Anna' }).path → '/en/assessments/client-level/#r=2.1.99.444….QW5uYQ.…'
 */
export function makeShareLink(
	id: string,
	lang: Locale,
	choose: (index: number) => number,
	{
		name = '',
		date = '2026-11-30',
		side = 'agency',
	}: { name?: string; date?: string; side?: Side } = {}
): MadeShareLink {
	const model = modelOf(id, side);
	const answers = model.questions.map((_, index) => choose(index));
	const code = encodeShareCode(shareCodeModelOf(model), answers, date, name);
	return {
		answers,
		code,
		path: `/${lang}/assessments/${id}/${side === 'client' ? 'client/' : ''}${shareFragment(code)}`,
	};
}
