/**
 * Brings results into the team view, from pasted text or from a team link, by one rule: each
 * link is decoded against its assessment's side, a result already in the view is a duplicate
 * (counted, not added), and a link that cannot be read is reported with what happened to it.
 * A pasted result made for another session (its link names another session than the view's) is
 * held back and reported, to be added anyway if the facilitator says so; a result that names no
 * session is taken as before, and a view without a name takes the first one it meets.
 * Pure: the island only shows the outcome.
 */
import type { Answers, Side } from '../../links/share-code';
import { decodeShareCode, type ShareCodeError, type ShareCodeModel } from '../../links/share-code';
import type { AcceptLink } from '../../links/link-reader';
import { readText, type FoundLink, type FoundPageAddress } from '../../links/pasted-text';
import { MAX_TEAM_ENTRIES, readTeamPayload, type TeamEntry } from '../../links/team-link';
import { groupRounds } from './rounds';
import { isSameSession } from '../../links/session-name';

/** A person's result in the view: where it came from and what it says. */
export interface Member extends TeamEntry {
	side: Side;
	name: string;
	answers: Answers;
	/** The day it was made (`YYYY-MM-DD`); undefined for undated format-1 results. */
	date?: string | undefined;
	/** The statements' version it answered. */
	version: number;
}

/**
 * Why a link gave no result: a share code's own error, an assessment this site does not have, or
 * a page's address pasted where a result was expected (the sender copied the address of the
 * assessment or the lesson instead of their result's link).
 */
export type LinkProblem =
	ShareCodeError | 'unknown-assessment' | 'assessment-address' | 'lesson-address';

/** A link that gave no result: where it was and what happened to it. */
export interface BrokenLink {
	line: number;
	/** The text before the link on its line (a name or a chat header), if any. */
	label: string;
	problem: LinkProblem;
}

/** A result that took the place of an earlier one by the same name in the same round. */
export interface Replacement {
	name: string;
	assessmentId: string;
}

/** A result made for another session, held back from the view until the facilitator adds it. */
export interface HeldResult {
	entry: TeamEntry;
	line: number;
	/** Who sent it, as for a broken link. */
	label: string;
	/** The session its link names. */
	session: string;
}

/** What adding results did. */
export interface MergeOutcome {
	/** The view's people after the merge, the new ones at the end. */
	members: Member[];
	/** Results added, replacements included. */
	added: number;
	duplicates: number;
	/** Results that replaced a person's earlier one (a resend): the earlier one is gone. */
	replaced: Replacement[];
	/** Results left out because the view already held `MAX_TEAM_ENTRIES`. */
	overLimit: number;
	/** Links that could not be read (pasted text: with their line). */
	broken: BrokenLink[];
	/** Pasted lines with no link at all: counted, never quoted. */
	linesWithoutLinks: number;
	isTruncated: boolean;
	/** The actions part of a pasted or loaded team link, if it had one. */
	actions: string;
	/** Results whose links name another session than the view's, not added. */
	held: HeldResult[];
	/**
	 * The session the view is for after the merge: its own name, or, for a view without one, the
	 * first name a result brought; empty when there is none.
	 */
	session: string;
}

/** The share-code models of every side of every assessment, found by id and side. */
export interface CodeModels {
	get(assessmentId: string, side: Side): ShareCodeModel | undefined;
	/** Every assessment id, to name the owner of a code pasted under the wrong one. */
	ids: readonly string[];
}

/**
 * Indexes share-code models by assessment and side.
 * @example codeModels([agency, client]).get('relationship-health', 'client') → client
 */
export function codeModels(models: readonly ShareCodeModel[]): CodeModels {
	const key = (id: string, side: Side) => `${id}|${side}`;
	const byKey = new Map(models.map((model) => [key(model.id, model.side), model]));
	return {
		get: (id, side) => byKey.get(key(id, side)),
		ids: [...new Set(models.map((model) => model.id))],
	};
}

/**
 * Decodes one entry for its assessment; the side comes from the code itself.
 * @example decodeEntry({ assessmentId: 'client-level', code }, models) → { ok: true, member }
 */
export function decodeEntry(
	entry: TeamEntry,
	models: CodeModels
): { ok: true; member: Member } | { ok: false; problem: LinkProblem } {
	const agency = models.get(entry.assessmentId, 'agency');
	if (!agency) return { ok: false, problem: 'unknown-assessment' };
	let decoded = decodeShareCode(agency, entry.code, models.ids);
	if (!decoded.ok && decoded.error === 'other-side') {
		const client = models.get(entry.assessmentId, 'client');
		decoded = client
			? decodeShareCode(client, entry.code, models.ids)
			: { ok: false, error: 'altered' };
	}
	if (!decoded.ok) return { ok: false, problem: decoded.error };
	const { answers, name, date, side, version } = decoded.value;
	return { ok: true, member: { ...entry, side, name, answers, date, version } };
}

/**
 * How many results a link found in text gives: 1 or 0 for a share link, the number of entries
 * that decode for a team link. The link reader uses it to pick the right reading of a damaged
 * address and to rejoin wrapped links.
 */
export function acceptsLink(models: CodeModels): AcceptLink {
	return (link) => {
		if (link.kind === 'result') {
			const entry = { assessmentId: link.assessmentId, code: link.code };
			return decodeEntry(entry, models).ok ? 1 : 0;
		}
		return readTeamPayload(link.payload).entries.filter((entry) => decodeEntry(entry, models).ok)
			.length;
	};
}

/**
 * Adds the results found in pasted text to the view.
 * @example mergeText([], 'Anna: https://x.org/en/assessments/client-level/#r=…\nthanks', models) → { added: 1, linesWithoutLinks: 1, … }
 */
export function mergeText(
	current: readonly Member[],
	text: string,
	models: CodeModels,
	session = ''
): MergeOutcome {
	const reading = readText(text, acceptsLink(models));
	const incoming: Incoming[] = reading.links.flatMap((link) => incomingFrom(link));
	const actions = reading.links.find(
		(link) => link.kind === 'team' && readTeamPayload(link.payload).actions !== ''
	);
	const outcome = merge(current, incoming, models, session);
	return {
		...outcome,
		// Parts of a pasted team link that are not entries at all count as broken, as when loaded.
		broken: [
			...outcome.broken,
			...unreadableParts(reading.links),
			...reading.pageAddresses.map(addressProblem),
		].sort((a, b) => a.line - b.line),
		linesWithoutLinks: reading.linesWithoutLinks,
		isTruncated: reading.isTruncated,
		actions: actions?.kind === 'team' ? readTeamPayload(actions.payload).actions : '',
	};
}

/**
 * Loads the view from a team link's payload (after `#t=`): the same rule as pasting, so a
 * duplicate or unreadable entry is counted the same way.
 * @example loadTeamLink('client-level!1.1.42..k3~junk', models) → { members: [1 member], broken: [1 entry], … }
 */
export function loadTeamLink(payload: string, models: CodeModels): MergeOutcome {
	const state = readTeamPayload(payload);
	const incoming: Incoming[] = state.entries.map((entry, index) => ({
		entry,
		line: index + 1,
		label: '',
	}));
	// A team link is one session: its results are its own, whatever their links said.
	const outcome = merge([], incoming, models, undefined);
	const unreadable: BrokenLink[] = Array.from({ length: state.unreadable }, () => ({
		line: 0,
		label: '',
		problem: 'malformed',
	}));
	return {
		...outcome,
		broken: [...outcome.broken, ...unreadable],
		linesWithoutLinks: 0,
		isTruncated: false,
		actions: state.actions,
		session: state.session ?? '',
	};
}

/**
 * Adds results held back for naming another session, because the facilitator said so; the view
 * stays the session it was (`session`).
 * @example addHeld(members, outcome.held, models, 'Северный ветер') → { added: 2, held: [], session: 'Северный ветер', … }
 */
export function addHeld(
	current: readonly Member[],
	held: readonly HeldResult[],
	models: CodeModels,
	session: string
): MergeOutcome {
	return {
		...merge(current, held, models, undefined),
		linesWithoutLinks: 0,
		isTruncated: false,
		actions: '',
		session,
	};
}

/** A result on its way in, with where it was found and the session its link names, if any. */
interface Incoming {
	entry: TeamEntry;
	line: number;
	label: string;
	session?: string | undefined;
}

/** A page's address where a result was expected, reported on its line with its sender. */
function addressProblem(address: FoundPageAddress): BrokenLink {
	return {
		line: address.line,
		label: address.label,
		problem: address.kind === 'lesson' ? 'lesson-address' : 'assessment-address',
	};
}

function unreadableParts(links: readonly FoundLink[]): BrokenLink[] {
	return links.flatMap((link) =>
		link.kind === 'team'
			? Array.from({ length: readTeamPayload(link.payload).unreadable }, () => ({
					line: link.line,
					label: link.label,
					problem: 'malformed' as const,
				}))
			: []
	);
}

function incomingFrom(link: FoundLink): Incoming[] {
	if (link.kind === 'result') {
		return [
			{
				entry: { assessmentId: link.assessmentId, code: link.code },
				line: link.line,
				label: link.label,
				session: link.session,
			},
		];
	}
	const team = readTeamPayload(link.payload);
	return team.entries.map((entry) => ({
		entry,
		line: link.line,
		label: link.label,
		session: team.session,
	}));
}

/**
 * Adds decoded results one by one: a result already in the view is a duplicate; a named result
 * whose name already has a result of the same assessment and side in the same round replaces it
 * (people are counted once: a corrected result sent again is the newer word); nothing is added
 * beyond `MAX_TEAM_ENTRIES`, so the team link always holds what the view shows.
 */
function merge(
	current: readonly Member[],
	incoming: readonly Incoming[],
	models: CodeModels,
	viewSession: string | undefined
): Omit<MergeOutcome, 'linesWithoutLinks' | 'isTruncated' | 'actions'> {
	const members = [...current];
	const broken: BrokenLink[] = [];
	const replaced: Replacement[] = [];
	const held: HeldResult[] = [];
	// Undefined: sessions are not compared (a team link, results added anyway).
	let session = viewSession;
	let added = 0;
	let duplicates = 0;
	let overLimit = 0;
	for (const { entry, line, label, session: named } of incoming) {
		const decoded = decodeEntry(entry, models);
		if (!decoded.ok) {
			broken.push({ line, label, problem: decoded.problem });
			continue;
		}
		if (isDuplicate(members, decoded.member)) {
			duplicates++;
			continue;
		}
		if (session !== undefined && named) {
			if (session === '') session = named;
			else if (!isSameSession(session, named)) {
				held.push({ entry, line, label, session: named });
				continue;
			}
		}
		if (members.length >= MAX_TEAM_ENTRIES && samePersonIndex(members, decoded.member) < 0) {
			overLimit++;
			continue;
		}
		members.push(decoded.member);
		added++;
		replaced.push(...keepLatestPerPerson(members));
	}
	return {
		members,
		added,
		duplicates,
		broken,
		replaced,
		overLimit,
		held,
		session: session ?? viewSession ?? '',
	};
}

/**
 * The index of a result this one would replace: same assessment, side and name (ignoring case and
 * spaces around it) in the same round once it is added; -1 if none. Unnamed results are never
 * taken for one another: the view cannot tell two colleagues who gave no name apart.
 * @example samePersonIndex([{ assessmentId: 'a', side: 'agency', name: 'Anna', date: '2026-03-02', … }], { …, name: 'anna ', date: '2026-03-03' }) → 0
 */
export function samePersonIndex(members: readonly Person[], result: Person): number {
	const all = [...members, result];
	const earlier = earlierResults(all);
	return earlier.findIndex(
		(isEarlier, index) => isEarlier && index < members.length && samePerson(all[index], result)
	);
}

/** What telling people apart needs of a result. */
type Person = Pick<Member, 'assessmentId' | 'side' | 'name' | 'date' | 'roundDay'>;

/**
 * Removes, in place, every result that a later one of the same person in the same round replaces
 * (the last one in the list is the newest word), and says whose were replaced. Rounds are the
 * view's own (a week from a round's first day, see `rounds.ts`), recomputed over the whole list,
 * since a result added later can move where a round begins.
 */
function keepLatestPerPerson(members: Member[]): Replacement[] {
	const replaced: Replacement[] = [];
	// Removing a result can move where a round begins and so bring two others of one person into
	// one round: repeat until none is left (each pass removes at least one, so this ends).
	for (;;) {
		const earlier = earlierResults(members);
		if (!earlier.includes(true)) return replaced;
		const pass: Replacement[] = [];
		for (let index = members.length - 1; index >= 0; index--) {
			const member = members[index];
			if (earlier[index] && member) {
				pass.unshift({ name: member.name, assessmentId: member.assessmentId });
				members.splice(index, 1);
			}
		}
		replaced.push(...pass);
	}
}

/** For each result, whether a later one in the list is the same person in the same round. */
function earlierResults(results: readonly Person[]): boolean[] {
	const earlier = results.map(() => false);
	const byAssessment = new Map<string, number[]>();
	results.forEach((result, index) => {
		const list = byAssessment.get(result.assessmentId) ?? [];
		list.push(index);
		byAssessment.set(result.assessmentId, list);
	});
	for (const indexes of byAssessment.values()) {
		const grouping = groupRounds(indexes.map((index) => results[index] ?? {}));
		const groups = [...grouping.rounds.map((round) => round.members), grouping.undated];
		for (const group of groups) {
			const latest = new Map<string, number>();
			for (const position of group) {
				const index = indexes[position] ?? -1;
				const result = results[index];
				if (!result) continue;
				const key = `${result.side}|${personKey(result.name)}`;
				if (personKey(result.name) === '') continue;
				const seen = latest.get(key);
				if (seen === undefined) latest.set(key, index);
				else {
					earlier[Math.min(seen, index)] = true;
					latest.set(key, Math.max(seen, index));
				}
			}
		}
	}
	return earlier;
}

function samePerson(a: Person | undefined, b: Person): boolean {
	return (
		a !== undefined &&
		a.assessmentId === b.assessmentId &&
		a.side === b.side &&
		personKey(a.name) !== '' &&
		personKey(a.name) === personKey(b.name)
	);
}

/**
 * A name as people are told apart: case, spacing and Unicode forms aside.
 * @example personKey('  Анна   С. ') → 'анна с.'
 */
export function personKey(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/**
 * Whether the view already holds this result (the same code for the same assessment).
 * @example isDuplicate([{ assessmentId: 'a', code: 'x' }], { assessmentId: 'a', code: 'x' }) → true
 */
export function isDuplicate(
	members: readonly Pick<TeamEntry, 'assessmentId' | 'code'>[],
	entry: Pick<TeamEntry, 'assessmentId' | 'code'>
): boolean {
	return members.some(
		(member) => member.assessmentId === entry.assessmentId && member.code === entry.code
	);
}
