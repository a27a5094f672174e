/**
 * Share links made in Node with the site's own code and the real assessments, so that tests start
 * from a result instead of taking an assessment through the page each time (the page itself is
 * tested once per assessment in assessments.spec.ts).
 */
import { shareCodeModelOf } from '../../../src/islands/assessment/model';
import type { ShareCodeModel, Side } from '../../../src/links/share-code';
import { scoreAnswers } from '../../../src/islands/assessment/scoring';
import type { Locale } from '../../../src/i18n/locales';
import { MODELS, modelOf } from '../../../scripts/lib/assessment-models';
import { makeShareLink } from '../../../scripts/lib/share-links';

export { MODELS, modelOf };

/** The share-code model of one side of an assessment. */
export function codeModelOf(id: string, side: Side = 'agency'): ShareCodeModel {
	return shareCodeModelOf(modelOf(id, side));
}

/** A result made for a test: its code, link path and the scores the page must show. */
export interface MadeResult {
	code: string;
	/** `/<lang>/assessments/<id>/[client/]#r=<code>` */
	path: string;
	scores: number[];
	overall: number;
}

/**
 * Makes a share link as the page would: `choose(i)` answers statement i.
 * @example makeResult('relationship-health', 'en', () => 4, { name: 'Anna', date: '2026-11-30' })
 */
export function makeResult(
	id: string,
	lang: string,
	choose: (index: number) => number,
	options: { name?: string; date?: string; side?: Side } = {}
): MadeResult {
	const link = makeShareLink(id, lang as Locale, choose, options);
	const result = scoreAnswers(modelOf(id, options.side), link.answers);
	return {
		code: link.code,
		path: link.path,
		scores: result.dimensions.map((dimension) => dimension.score),
		overall: result.overall,
	};
}
