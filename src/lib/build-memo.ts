/**
 * Remembers what a build-time helper computed from the content collections, for the rest of a
 * `astro build`. A build renders every page in one process from content that does not change
 * while it runs, and many pages ask the same question (every lesson and assessment page needs the
 * list of lessons, typeset): answered once, a build of N lessons does N pieces of work, not N².
 * `astro dev` re-reads content as it is edited, so there (and in tests) nothing is remembered.
 */

/**
 * `compute`, remembered per `key` of its arguments in a production build.
 * @example const sections = memoizeForBuild(lessonSections, (lang, slug) => `${lang}/${slug}`)
 */
export function memoizeForBuild<Args extends unknown[], Result>(
	compute: (...args: Args) => Result,
	key: (...args: Args) => string = () => ''
): (...args: Args) => Result {
	if (!import.meta.env.PROD) return compute;
	const remembered = new Map<string, Result>();
	return (...args) => {
		const name = key(...args);
		if (!remembered.has(name)) remembered.set(name, compute(...args));
		return remembered.get(name) as Result;
	};
}
