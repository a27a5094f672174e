/**
 * Everything the team view shows for one assessment, computed from the results in it: each
 * person's scores (with the key of the statements they answered), the rounds they fall into, per
 * round the team's average, median and spread, the client's view beside the agency's with the
 * perception gap, and the change between the last two rounds. Pure: the table, the chart, the
 * presenter mode and the CSV all read the same numbers from here.
 */
import { fill } from '../../i18n/plural';
import type { AssessmentModel } from '../assessment/model';
import type { Side } from '../../links/share-code';
import { scoringModelFor } from '../assessment/scoring';
import { scorePerson, summarizeTeam, type PersonScores, type TeamSummary } from './aggregate';
import { perceptionGaps, type DimensionGap } from './perception-gap';
import { groupRounds, roundChange, type RoundChange } from './rounds';
import { personKey, type Member } from './team-merge';

/** One person's row. */
export interface PersonRow {
	/** Index of the member in the whole view (for removing or moving it). */
	memberIndex: number;
	side: Side;
	/** The name from the link, else "Colleague 1", "Client 1"… in order. */
	name: string;
	/** Whether the name came from the link (not numbered by the view). */
	isNamed: boolean;
	scores: PersonScores;
	date?: string | undefined;
	/** Answered with an earlier version of the statements. */
	isEarlier: boolean;
}

/** One round, or the undated results. */
export interface RoundView {
	/** The round's first day as a day number; undefined for undated results. */
	day?: number | undefined;
	date?: string | undefined;
	agency: PersonRow[];
	client: PersonRow[];
	/** The agency's people in this round. */
	summary: TeamSummary;
	/** The client's side in this round, when there is one. */
	clientSummary?: TeamSummary | undefined;
	/** Agency vs client per dimension, when both sides answered in this round. */
	gaps?: DimensionGap[] | undefined;
}

/** The view of one assessment. */
export interface GroupView {
	/** Dated rounds, oldest first. */
	rounds: RoundView[];
	/** Results with no day (made before codes were dated) that no round holds yet. */
	undated?: RoundView | undefined;
	/** The round shown as "now": the latest dated one, else the undated results. */
	current: RoundView;
	/** The change of the agency's averages from the round before `current`, when there is one. */
	change?: { since: string; changes: RoundChange[] } | undefined;
	/** Every person's row, in the order of the view. */
	people: PersonRow[];
}

/** What names people who gave none: `{{number}}` is filled in. */
export interface UnnamedLabels {
	colleague: string;
	client: string;
}

/**
 * Builds the view of one assessment from its results (members of other assessments are ignored).
 * Returns undefined when the assessment has no results in the view.
 * @example buildGroupView(agency, client, members, { colleague: 'Colleague {{number}}', client: 'Client {{number}}' })?.current.summary.dimensions[0].average → 63
 */
export function buildGroupView(
	agency: AssessmentModel,
	client: AssessmentModel | undefined,
	members: readonly Member[],
	unnamed: UnnamedLabels
): GroupView | undefined {
	const counters: Record<Side, number> = { agency: 0, client: 0 };
	const people: PersonRow[] = [];
	members.forEach((member, memberIndex) => {
		if (member.assessmentId !== agency.id) return;
		const model = member.side === 'client' ? client : agency;
		const scoring = model && scoringModelFor(model, member.version);
		if (!model || !scoring) return;
		const label = member.side === 'client' ? unnamed.client : unnamed.colleague;
		const name = member.name || fill(label, { number: ++counters[member.side] });
		people.push({
			memberIndex,
			side: member.side,
			name,
			isNamed: member.name !== '',
			scores: scorePerson(scoring, name, member.answers),
			date: member.date,
			isEarlier: member.version !== model.version,
		});
	});
	if (people.length === 0) return undefined;
	const grouping = groupRounds(
		people.map((person) => ({
			date: person.date,
			roundDay: members[person.memberIndex]?.roundDay,
		}))
	);
	const roundOf = (rows: PersonRow[], day?: number, date?: string): RoundView => {
		const agencyRows = rows.filter((row) => row.side === 'agency');
		const clientRows = rows.filter((row) => row.side === 'client');
		const summary = summarizeTeam(
			agency,
			agencyRows.map((row) => row.scores)
		);
		const clientSummary =
			clientRows.length > 0 && client
				? summarizeTeam(
						client,
						clientRows.map((row) => row.scores)
					)
				: undefined;
		return {
			day,
			date,
			agency: agencyRows,
			client: clientRows,
			summary,
			clientSummary,
			gaps:
				agencyRows.length > 0 && clientRows.length > 0
					? perceptionGaps(
							summary.dimensions,
							agencyRows.map((row) => row.scores.dimensions),
							clientRows.map((row) => row.scores.dimensions)
						)
					: undefined,
		};
	};
	const rounds = grouping.rounds.map((round) =>
		roundOf(
			round.members.map((index) => people[index]).filter((row): row is PersonRow => !!row),
			round.day,
			round.date
		)
	);
	const undated =
		grouping.undated.length > 0
			? roundOf(
					grouping.undated.map((index) => people[index]).filter((row): row is PersonRow => !!row)
				)
			: undefined;
	const withAgency = rounds.filter((round) => round.agency.length > 0);
	const current = rounds[rounds.length - 1] ?? undated;
	if (!current) return undefined;
	const latest = withAgency[withAgency.length - 1];
	const previous = withAgency[withAgency.length - 2];
	return {
		rounds,
		undated,
		current,
		change:
			latest && previous && previous.date
				? {
						since: previous.date,
						changes: roundChange(
							previous.summary.dimensions.map((dimension) => dimension.average),
							latest.summary.dimensions.map((dimension) => dimension.average)
						),
					}
				: undefined,
		people,
	};
}

/** How many people a group's results come from, each side apart. */
export interface PeopleCount {
	agency: number;
	client: number;
}

/**
 * Counts people, not results (DESIGN.md "People are counted once"): on each side, a name seen in
 * several rounds is one person (case and spaces aside), and results without a name count as many
 * people as the round with the most of them has, since the view cannot tell them apart.
 * @example countPeople(view) → { agency: 8, client: 1 } for 8 colleagues in March and 7 of them in June, and the client once
 */
export function countPeople(view: Pick<GroupView, 'rounds' | 'undated' | 'people'>): PeopleCount {
	const rounds = [...view.rounds, ...(view.undated ? [view.undated] : [])];
	const count = (side: Side): number => {
		const names = new Set(
			view.people
				.filter((row) => row.side === side && row.isNamed)
				.map((row) => personKey(row.name))
		);
		const unnamed = Math.max(
			0,
			...rounds.map(
				(round) =>
					(side === 'agency' ? round.agency : round.client).filter((row) => !row.isNamed).length
			)
		);
		return names.size + unnamed;
	};
	return { agency: count('agency'), client: count('client') };
}

/** What names people while names are hidden: `{{number}}` is filled in. */
export interface NumberedLabels {
	/** An agency person: "Participant {{number}}". */
	participant: string;
	/** A person on the client's side: "Client {{number}}". */
	client: string;
}

/**
 * The same view with every person named by a number ("Participant 3", "Client 1"), for a screen
 * or a page that people outside the conversation may see (DESIGN.md "Team sessions in the room":
 * room-safe by default). One person keeps one number in every round, so a row can be followed
 * from March to June without saying whose it is: named people are told apart by `personKey`, the
 * unnamed by the view's own numbering. Numbers run in the order people first appear in the view,
 * each side from 1. Scores, rounds and statistics are untouched.
 * @example withNumberedNames(view, { participant: 'Participant {{number}}', client: 'Client {{number}}' }).people.map((row) => row.name) → ['Participant 1', 'Participant 2', 'Client 1', 'Participant 1']
 */
export function withNumberedNames(view: GroupView, labels: NumberedLabels): GroupView {
	const numbers: Record<Side, Map<string, number>> = { agency: new Map(), client: new Map() };
	const renamed = new Map<PersonRow, PersonRow>();
	for (const row of view.people) {
		const key = row.isNamed ? `named:${personKey(row.name)}` : `unnamed:${row.name}`;
		const side = numbers[row.side];
		const number = side.get(key) ?? side.size + 1;
		side.set(key, number);
		const name = fill(row.side === 'client' ? labels.client : labels.participant, { number });
		renamed.set(row, { ...row, name, scores: { ...row.scores, name } });
	}
	const rename = (row: PersonRow): PersonRow => renamed.get(row) ?? row;
	// A summary lists its people's scores in the order of the round's rows (see `roundOf`).
	const round = (each: RoundView): RoundView => {
		const agency = each.agency.map(rename);
		const client = each.client.map(rename);
		return {
			...each,
			agency,
			client,
			summary: { ...each.summary, people: agency.map((row) => row.scores) },
			clientSummary: each.clientSummary && {
				...each.clientSummary,
				people: client.map((row) => row.scores),
			},
		};
	};
	const rounds = view.rounds.map(round);
	const undated = view.undated && round(view.undated);
	return {
		...view,
		rounds,
		undated,
		current:
			view.current === view.undated
				? (undated ?? round(view.current))
				: (rounds[view.rounds.indexOf(view.current)] ?? round(view.current)),
		people: view.people.map(rename),
	};
}
