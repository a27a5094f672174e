/**
 * Brings results into the team view, from pasted text or from a team link, by one rule: each
 * link is decoded against its assessment's side, a result already in the view is a duplicate
 * (counted, not added), and a link that cannot be read is reported with what happened to it.
 * Pure: the island only shows the outcome.
 */
import type { Answers, Side } from '../../links/share-code';
import { decodeShareCode, type ShareCodeError, type ShareCodeModel } from '../../links/share-code';
import type { AcceptLink } from '../../links/link-reader';
import { readText, type FoundLink } from '../../links/pasted-text';
import { readTeamPayload, type TeamEntry } from '../../links/team-link';

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

/** Why a link gave no result. */
export type LinkProblem = ShareCodeError | 'unknown-assessment';

/** A link that gave no result: where it was and what happened to it. */
export interface BrokenLink {
	line: number;
	/** The text before the link on its line (a name or a chat header), if any. */
	label: string;
	problem: LinkProblem;
}

/** What adding results did. */
export interface MergeOutcome {
	/** The view's people after the merge, the new ones at the end. */
	members: Member[];
	added: number;
	duplicates: number;
	/** Links that could not be read (pasted text: with their line). */
	broken: BrokenLink[];
	/** Pasted lines with no link at all: counted, never quoted. */
	linesWithoutLinks: number;
	isTruncated: boolean;
	/** The actions part of a pasted or loaded team link, if it had one. */
	actions: string;
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
	models: CodeModels
): MergeOutcome {
	const reading = readText(text, acceptsLink(models));
	const incoming: Incoming[] = reading.links.flatMap((link) => incomingFrom(link));
	const actions = reading.links.find((link) => link.kind === 'team' && link.payload.includes('&'));
	const outcome = merge(current, incoming, models);
	return {
		...outcome,
		// Parts of a pasted team link that are not entries at all count as broken, as when loaded.
		broken: [...outcome.broken, ...unreadableParts(reading.links)].sort((a, b) => a.line - b.line),
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
	const outcome = merge([], incoming, models);
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
	};
}

/** A result on its way in, with where it was found. */
interface Incoming {
	entry: TeamEntry;
	line: number;
	label: string;
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
			},
		];
	}
	return readTeamPayload(link.payload).entries.map((entry) => ({
		entry,
		line: link.line,
		label: link.label,
	}));
}

function merge(
	current: readonly Member[],
	incoming: readonly Incoming[],
	models: CodeModels
): Pick<MergeOutcome, 'members' | 'added' | 'duplicates' | 'broken'> {
	const members = [...current];
	const broken: BrokenLink[] = [];
	let added = 0;
	let duplicates = 0;
	for (const { entry, line, label } of incoming) {
		const decoded = decodeEntry(entry, models);
		if (!decoded.ok) {
			broken.push({ line, label, problem: decoded.problem });
		} else if (isDuplicate(members, decoded.member)) {
			duplicates++;
		} else {
			members.push(decoded.member);
			added++;
		}
	}
	return { members, added, duplicates, broken };
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
