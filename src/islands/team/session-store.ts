/**
 * Team sessions remembered on this device (DESIGN.md "Team sessions in the room", "Remembered on
 * this device"): the team view keeps each session in this browser's storage as it changes, so a
 * header link, a closed tab or a reload loses nothing, and lists recent sessions to reopen or
 * delete. Nothing is uploaded; clearing the site's data removes them.
 *
 * Stored shape: one key per session, `clientship:v1:team-session:<id>`, holding
 * `{"id":"k3x9q2","created":1765100000000,"updated":1765103600000,"fragment":"#t=…&a=…&s=…"}`
 * (and `"showNames":true` once the facilitator shows names in it: per session, on this device
 * only, never in the team link, so a link passed on opens with names hidden; and `"received":true`
 * when it came as a team link from someone else, so that it opens at the results, #22):
 * times in milliseconds since 1970 (this device's clock, used only to order and label the list),
 * and the session itself as its team link's fragment (`src/links/team-link.ts`), so the stored
 * session and the link that hands it to someone else are one format: its name too, since
 * 2026-12 (a session kept before has none). A value that is not that
 * shape is removed alone.
 *
 * Which session a tab is running is kept in `sessionStorage` (`CURRENT_SESSION_KEY`): it survives
 * a reload and a header link in the same tab, and two tabs run two sessions without overwriting
 * each other.
 */
import { STORAGE_NAMESPACE, type KeyValueStorage } from '../../client/browser-storage';
import { readTeamPayload, TEAM_PARAM } from '../../links/team-link';

/** Every session's key starts with this, followed by its id. */
export const SESSION_KEY_PREFIX = `${STORAGE_NAMESPACE}:team-session:`;

/** Where a tab keeps the id of the session it runs (in `sessionStorage`). */
export const CURRENT_SESSION_KEY = `${STORAGE_NAMESPACE}:team-current`;

/** Sessions kept; saving one more removes the least recently changed. */
export const MAX_SESSIONS = 30;

/** One remembered session. */
export interface StoredSession {
	id: string;
	/** When it was first kept, ms since 1970. */
	created: number;
	/** When it last changed, ms since 1970. */
	updated: number;
	/** The session as its team link's fragment: `#t=…[&a=…]`. */
	fragment: string;
	/** Whether its people are shown by name rather than by number (#22); absent means hidden. */
	showNames?: true | undefined;
	/**
	 * Whether it came to this device as a team link from someone else (a participant's view, #22):
	 * it then opens at the results, the facilitator's tools folded below them. Absent: run here.
	 */
	received?: true | undefined;
}

/** What the list of sessions shows of one, read from its fragment. */
export interface SessionSummary extends StoredSession {
	/** Results in it. */
	results: number;
	/** The assessments it has results of, in the order first met. */
	assessmentIds: string[];
	/** The session's name (from its team link's `&s=`), empty when it has none. */
	name: string;
}

const ID_PATTERN = /^[0-9a-z]{4,32}$/;
const MAX_FRAGMENT_LENGTH = 200_000;

/**
 * A fresh session id: random base-36 characters.
 * @example newSessionId() → 'k3x9q2m7ab'
 */
export function newSessionId(random: () => number = Math.random): string {
	return Array.from({ length: 10 }, () => Math.floor(random() * 36).toString(36)).join('');
}

/** The storage key of a session. */
export function sessionKey(id: string): string {
	return `${SESSION_KEY_PREFIX}${id}`;
}

/**
 * Reads one session; a stored value that is not a session is removed and undefined returned.
 * @example loadSession(storage, 'k3x9q2m7ab')?.fragment → '#t=client-level!1.1.42..k3'
 */
export function loadSession(storage: KeyValueStorage, id: string): StoredSession | undefined {
	const raw = storage.getItem(sessionKey(id));
	if (raw === null) return undefined;
	const session = parseSession(raw);
	if (!session || session.id !== id) {
		storage.removeItem(sessionKey(id));
		return undefined;
	}
	return session;
}

/**
 * Keeps a session as it is now (an empty fragment deletes it: an empty view is not a session),
 * then trims the list to `MAX_SESSIONS`. `now` is ms since 1970. Returns what was kept.
 * @example saveSession(storage, 'k3x9q2m7ab', '#t=client-level!1.1.42..k3', Date.now())
 */
export function saveSession(
	storage: KeyValueStorage,
	id: string,
	fragment: string,
	now: number
): StoredSession | undefined {
	if (!ID_PATTERN.test(id)) return undefined;
	if (fragment === '') {
		storage.removeItem(sessionKey(id));
		return undefined;
	}
	const earlier = loadSession(storage, id);
	const session: StoredSession = {
		id,
		created: earlier?.created ?? now,
		updated: now,
		fragment,
		...(earlier?.showNames ? { showNames: true as const } : {}),
		...(earlier?.received ? { received: true as const } : {}),
	};
	storage.setItem(sessionKey(id), JSON.stringify(session));
	for (const old of listSessions(storage).slice(MAX_SESSIONS)) {
		storage.removeItem(sessionKey(old.id));
	}
	return session;
}

/**
 * Shows or hides names in a kept session (DESIGN.md "Team sessions in the room": names are hidden
 * until the facilitator chooses). Returns false when there is no such session.
 * @example setSessionNames(storage, 'k3x9q2m7ab', true) → true
 */
export function setSessionNames(storage: KeyValueStorage, id: string, showNames: boolean): boolean {
	const session = loadSession(storage, id);
	if (!session) return false;
	const kept: StoredSession = { ...session };
	if (showNames) kept.showNames = true;
	else delete kept.showNames;
	storage.setItem(sessionKey(id), JSON.stringify(kept));
	return true;
}

/**
 * Marks a kept session as received from someone else, or as run on this device (#22: a team link
 * opened by a participant starts at the results). Returns false when there is no such session.
 * @example setSessionReceived(storage, 'k3x9q2m7ab', true) → true
 */
export function setSessionReceived(
	storage: KeyValueStorage,
	id: string,
	received: boolean
): boolean {
	const session = loadSession(storage, id);
	if (!session) return false;
	const kept: StoredSession = { ...session };
	if (received) kept.received = true;
	else delete kept.received;
	storage.setItem(sessionKey(id), JSON.stringify(kept));
	return true;
}

/** Forgets a session. */
export function deleteSession(storage: KeyValueStorage, id: string): void {
	storage.removeItem(sessionKey(id));
}

/**
 * Every kept session, the most recently changed first, each with what the list shows of it.
 * Unusable values are removed.
 */
export function listSessions(storage: KeyValueStorage): SessionSummary[] {
	const sessions: SessionSummary[] = [];
	for (const key of storage.keys()) {
		if (!key.startsWith(SESSION_KEY_PREFIX)) continue;
		const session = loadSession(storage, key.slice(SESSION_KEY_PREFIX.length));
		if (session) sessions.push(summarize(session));
	}
	return sessions.sort((a, b) => b.updated - a.updated || a.id.localeCompare(b.id));
}

/**
 * The first kept session whose fragment is this one, to continue it rather than keep a copy
 * when its team link is opened again.
 */
export function findSessionByFragment(
	storage: KeyValueStorage,
	fragment: string
): StoredSession | undefined {
	return listSessions(storage).find((session) => session.fragment === fragment);
}

function summarize(session: StoredSession): SessionSummary {
	const { entries, session: name = '' } = readTeamPayload(
		session.fragment.slice(TEAM_PARAM.length + 2)
	);
	return {
		...session,
		results: entries.length,
		assessmentIds: [...new Set(entries.map((entry) => entry.assessmentId))],
		name,
	};
}

function parseSession(raw: string): StoredSession | undefined {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null) return undefined;
	const { id, created, updated, fragment, showNames, received } = value as Record<string, unknown>;
	if (
		typeof id !== 'string' ||
		!ID_PATTERN.test(id) ||
		!isTime(created) ||
		!isTime(updated) ||
		typeof fragment !== 'string' ||
		!fragment.startsWith(`#${TEAM_PARAM}=`) ||
		fragment.length > MAX_FRAGMENT_LENGTH
	) {
		return undefined;
	}
	return {
		id,
		created,
		updated,
		fragment,
		...(showNames === true ? { showNames } : {}),
		...(received === true ? { received } : {}),
	};
}

function isTime(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
