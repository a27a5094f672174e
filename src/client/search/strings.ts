/** The search panel's strings, declared once (see `src/i18n/string-areas.ts`). */
import { stringArea } from '../../i18n/string-areas';

/**
 * What the panel says as the reader types: loading, the count, nothing found, a failure, and a
 * site updated since the page was opened (#21).
 */
export const SEARCH_STRINGS = stringArea(
	'search.',
	['noResults', 'loading', 'error', 'outdated', 'showMore'],
	['results']
);
