/**
 * What the assessment island reads from its page's address before loading anything more: whether
 * the fragment is a result (`#r=…`, which clearing the answers removes), and whether the address
 * may carry a share link at all. The link reader and the result views are a file of their own
 * (`result-kit.ts`), loaded only for an address that may hold a link, a stored result or a reader
 * who has started answering: a fresh reader's lesson loads the form alone (DESIGN.md "Budgets").
 */
import { SHARE_PARAM } from '../../links/share-param';

/**
 * Whether the address's fragment is a result (`#r=…`), which clearing the answers removes.
 * @example hasResultFragment('#r=2.1…') → true; hasResultFragment('#takeaways') → false
 */
export function hasResultFragment(hash: string): boolean {
	return hash.startsWith(`#${SHARE_PARAM}=`);
}

/**
 * Whether a page's address (its query and fragment, as `location` has them) may carry a share
 * link for the link reader (`src/links/link-reader.ts`) to find: always, unless there is no query
 * and the fragment is empty or names an element of the page (a lesson's section, `#takeaways`,
 * `#главные-мысли`). The reader finds links only after a `#` or an encoded `%23`, and in the
 * address of a page that loaded, an encoded `%23` can only be in the query (in the path it is a
 * page that does not exist: the 404 page reads those).
 * @example mayCarryLink('', '#step-2', (id) => id === 'step-2') → false
 * @example mayCarryLink('', '#r=2.1.9a…', () => false) → true
 * @example mayCarryLink('?utm_source=chat', '', () => false) → true
 */
export function mayCarryLink(
	search: string,
	hash: string,
	isElementId: (id: string) => boolean
): boolean {
	if (search !== '') return true;
	if (hash === '' || hash === '#') return false;
	try {
		return !isElementId(decodeURIComponent(hash.slice(1)));
	} catch {
		// Not even percent-decodable, so no section's name: let the reader look.
		return true;
	}
}
