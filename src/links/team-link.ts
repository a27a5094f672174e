/**
 * The team link: the whole team view kept in the URL fragment only, so that the view is itself a
 * shareable link and nothing is stored or uploaded.
 *
 *     #t=<entry>~<entry>~…[&a=<actions>][&s=<session>]
 *     entry = <assessment id>!<share code>[!<round day>]
 *     #t=client-level!2.1.99.425.QW5uYQ.1k3x9q~client-level!1.1.151..z8!9e&a=…
 *
 * - each entry is one person's result: the assessment and their share code, checked by the caller
 *   like any share link (the code says its side and the day it was made);
 * - `round day` (base 36, days since 2026-01-01, negative before 2026) is present when the
 *   facilitator put the result in a round other than its own day's (or a dated round for an
 *   undated format-1 result);
 * - `a` holds the agreed actions (see `actions.ts`); a damaged actions part loses the actions,
 *   never the results.
 * - `s` holds the session's name (see `session-name.ts`) as base64url of its UTF-8, like every
 *   text in this link: the link reader keeps only base64url characters of a team link, whatever
 *   a tool did around it. It is unchecked: a damaged name is dropped, never the results. Written
 *   since 2026-12, last, so that readers from before it (which read `a` and skip other parts)
 *   open the team and its actions as before; a link without it has no session name.
 *
 * Share codes never contain `!`, `~` or `&`, so all three are safe separators. Team links made
 * before rounds and actions existed (`#t=<id>!<code>~…`) are read unchanged.
 */
import { CODE_CHARACTERS, MAX_CODE_LENGTH } from './share-code';
import { decodeText, encodeText } from './base64url';
import { cleanSessionName } from './session-name';

/** One person's result in the team view. */
export interface TeamEntry {
	assessmentId: string;
	code: string;
	/** The round the facilitator put it in, as a day number, if not the result's own day. */
	roundDay?: number | undefined;
}

/** What a team link carries. */
export interface TeamLinkState {
	entries: TeamEntry[];
	/** The encoded actions part, for `actions.ts` to read; empty when there are none. */
	actions: string;
	/** The session's name; absent or empty when it has none. */
	session?: string | undefined;
}

/** The fragment parameter that holds the team: `#t=…`. */
export const TEAM_PARAM = 't';

/** The named part that holds the agreed actions: `&a=…`. */
export const ACTIONS_PARAM = 'a';

/** The named part that holds the session's name: `&s=…`. */
export const SESSION_NAME_PARAM = 's';

/** More people than any training session has; a longer fragment is cut here. */
export const MAX_TEAM_ENTRIES = 200;

const ENTRY = new RegExp(
	`^([a-z0-9-]{1,60})!([${CODE_CHARACTERS}]{1,${MAX_CODE_LENGTH}})(?:!(-?[0-9a-z]{1,4}))?$`
);

/**
 * The fragment for a team and its actions; empty when there is nothing to keep.
 * @example teamFragment({ entries: [{ assessmentId: 'client-level', code: '1.1.42..k3' }], actions: '' }) → '#t=client-level!1.1.42..k3'
 */
export function teamFragment(state: TeamLinkState): string {
	const session = cleanSessionName(state.session ?? '').name;
	if (state.entries.length === 0 && state.actions === '' && session === '') return '';
	const entries = state.entries
		.map(({ assessmentId, code, roundDay }) =>
			[assessmentId, code, ...(roundDay === undefined ? [] : [roundDay.toString(36)])].join('!')
		)
		.join('~');
	return `#${TEAM_PARAM}=${entries}${state.actions ? `&${ACTIONS_PARAM}=${state.actions}` : ''}${session ? `&${SESSION_NAME_PARAM}=${encodeText(session)}` : ''}`;
}

/**
 * Reads a team from a fragment's value (after `#t=`): its entries, the actions part, and how many
 * entries could not be read. Never throws.
 * @example readTeamPayload('client-level!1.1.42..k3~junk') → { entries: [{ assessmentId: 'client-level', code: '1.1.42..k3' }], actions: '', unreadable: 1 }
 */
export function readTeamPayload(payload: string): TeamLinkState & { unreadable: number } {
	const limit = MAX_TEAM_ENTRIES * (MAX_CODE_LENGTH + 64);
	const [entryPart = '', ...named] = payload.slice(0, limit).split('&');
	const valueOf = (param: string) =>
		named.find((part) => part.startsWith(`${param}=`))?.slice(param.length + 1);
	const actions = valueOf(ACTIONS_PARAM) ?? '';
	const session = readSessionName(valueOf(SESSION_NAME_PARAM));
	const parts = entryPart.split('~').filter((part) => part !== '');
	const entries: TeamEntry[] = [];
	let unreadable = 0;
	for (const part of parts.slice(0, MAX_TEAM_ENTRIES)) {
		const match = ENTRY.exec(part);
		if (match?.[1] && match[2]) {
			entries.push({
				assessmentId: match[1],
				code: match[2],
				...(match[3] ? { roundDay: Number.parseInt(match[3], 36) } : {}),
			});
		} else unreadable++;
	}
	return {
		entries,
		actions,
		...(session ? { session } : {}),
		unreadable: unreadable + Math.max(0, parts.length - MAX_TEAM_ENTRIES),
	};
}

/** The session name in its part, cleaned; empty when absent or not base64url of UTF-8. */
function readSessionName(value: string | undefined): string {
	if (!value || value.length > 1000) return '';
	return cleanSessionName(decodeText(value) ?? '').name;
}
