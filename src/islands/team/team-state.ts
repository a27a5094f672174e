/**
 * The team view's state, kept in the URL fragment only so that the view is itself a shareable link
 * and nothing is stored or uploaded:
 *
 *     #t=<assessment id>!<share code>~<assessment id>!<share code>~…
 *     #t=client-level!1.1.425.QW5uYQ.1k3x9q~client-level!1.1.151..z8
 *
 * Share codes never contain `!` or `~`, so both are safe separators. The codes are decoded and
 * checked by the caller like any share link; this module only splits and joins.
 */
import { MAX_CODE_LENGTH } from '../assessment/share-code';

/** One person's result in the team view. */
export interface TeamEntry {
	assessmentId: string;
	code: string;
}

/** The fragment parameter that holds the team: `#t=…`. */
export const TEAM_PARAM = 't';

/** More people than any training session has; a longer fragment is cut here. */
export const MAX_TEAM_ENTRIES = 200;

const ENTRY = /^([a-z0-9-]{1,60})!([0-9A-Za-z._-]{1,500})$/;

/**
 * The fragment for a team.
 * @example teamFragment([{ assessmentId: 'client-level', code: '1.1.42..k3' }]) → '#t=client-level!1.1.42..k3'
 */
export function teamFragment(entries: readonly TeamEntry[]): string {
	return entries.length
		? `#${TEAM_PARAM}=${entries.map((entry) => `${entry.assessmentId}!${entry.code}`).join('~')}`
		: '';
}

/**
 * Reads a team from a fragment: its entries, and how many parts could not be read. Returns
 * undefined when the fragment is not a team fragment at all.
 * @example readTeamFragment('#t=client-level!1.1.42..k3~junk') → { entries: [{ assessmentId: 'client-level', code: '1.1.42..k3' }], unreadable: 1 }
 */
export function readTeamFragment(
	hash: string
): { entries: TeamEntry[]; unreadable: number } | undefined {
	const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
	if (!fragment.startsWith(`${TEAM_PARAM}=`)) return undefined;
	let value = fragment.slice(TEAM_PARAM.length + 1);
	if (value.length > MAX_TEAM_ENTRIES * (MAX_CODE_LENGTH + 64))
		value = value.slice(0, MAX_TEAM_ENTRIES * (MAX_CODE_LENGTH + 64));
	try {
		value = decodeURIComponent(value);
	} catch {
		// Leave it as it is; malformed parts are counted below.
	}
	const parts = value.split('~').filter((part) => part !== '');
	const entries: TeamEntry[] = [];
	let unreadable = 0;
	for (const part of parts.slice(0, MAX_TEAM_ENTRIES)) {
		const match = ENTRY.exec(part);
		if (match?.[1] && match[2]) entries.push({ assessmentId: match[1], code: match[2] });
		else unreadable++;
	}
	return { entries, unreadable: unreadable + Math.max(0, parts.length - MAX_TEAM_ENTRIES) };
}
