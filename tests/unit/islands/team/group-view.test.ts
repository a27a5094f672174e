import { describe, expect, test } from 'vitest';
import {
	buildGroupView,
	countPeople,
	withNumberedNames,
	type UnnamedLabels,
} from '../../../../src/islands/team/group-view';
import { scoringModelFor } from '../../../../src/islands/assessment/scoring';
import { dayNumber } from '../../../../src/links/result-days';
import type { Member } from '../../../../src/islands/team/team-merge';
import { teamStrings } from '../../../../src/lib/island-strings';
import { member, sidesOf } from '../../support/members';
import frozen from '../../../fixtures/share-links-v1.json';

const { agency, client } = sidesOf('relationship-health');
const en = teamStrings('en');
const ru = teamStrings('ru');
const UNNAMED: UnnamedLabels = { colleague: en.colleague, client: en.clientPerson };

const view = (members: readonly Member[], labels = UNNAMED) => {
	const built = buildGroupView(agency, client, members, labels);
	if (!built) throw new Error('no view');
	return built;
};

const rh = (options: Parameters<typeof member>[1]) => member('relationship-health', options);

/**
 * Answers that score the same on every dimension, worked by hand from the scale: answering
 * `level` (1–5) to every statement, and the other way round to reversed ones, scores
 * (level − 1) × 25 everywhere: 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100.
 */
const flat = (level: number, side: 'agency' | 'client' = 'agency') =>
	(side === 'client' ? client : agency).questions.map((question) =>
		question.reversed ? 6 - level : level
	);
const everyDimension = <T>(value: T) => agency.dimensions.map(() => value);

describe('buildGroupView()', () => {
	test('has no view for an assessment without results', () => {
		expect(buildGroupView(agency, client, [], UNNAMED)).toBeUndefined();
		expect(
			buildGroupView(agency, client, [member('client-level', { date: '2026-12-01' })], UNNAMED)
		).toBeUndefined();
	});

	test('numbers people who gave no name, per side, in order: Colleague 1…, Client 1…', () => {
		const members = [
			rh({ date: '2026-12-01', seed: 1 }),
			rh({ date: '2026-12-01', seed: 2, name: 'Анна' }),
			member('client-level', { date: '2026-12-01' }),
			rh({ date: '2026-12-01', seed: 3 }),
			rh({ date: '2026-12-01', seed: 4, side: 'client' }),
			rh({ date: '2026-12-01', seed: 5, side: 'client', name: 'Ольга' }),
			rh({ date: '2026-12-01', seed: 6, side: 'client' }),
		];
		const { people } = view(members);
		expect(
			people.map((person) => [person.memberIndex, person.side, person.name, person.isNamed])
		).toEqual([
			[0, 'agency', 'Colleague 1', false],
			[1, 'agency', 'Анна', true],
			[3, 'agency', 'Colleague 2', false],
			[4, 'client', 'Client 1', false],
			[5, 'client', 'Ольга', true],
			[6, 'client', 'Client 2', false],
		]);
		expect(
			view(members, { colleague: ru.colleague, client: ru.clientPerson }).people.map(
				(person) => person.name
			)
		).toEqual(['Коллега 1', 'Анна', 'Коллега 2', 'Клиент 1', 'Ольга', 'Клиент 2']);
	});

	test('scores each person with the key of the statements they answered', () => {
		const links = frozen.links.filter((link) => link.assessment === 'relationship-health');
		const members = links.map((link) => rh({ code: link.code }));
		const { people } = view(members);
		people.forEach((person, index) => {
			const link = links[index];
			expect(person.scores.dimensions).toEqual(
				agency.dimensions.map((dimension) => link?.scores[dimension.id as keyof typeof link.scores])
			);
			expect(person.scores.overall).toBe(link?.overall);
			expect(person.isEarlier).toBe(person.date === undefined && agency.version !== 1);
		});
	});

	test('groups results into rounds, the latest current, with the change since the one before', () => {
		const members = [
			rh({ date: '2027-02-01', answers: flat(2) }),
			rh({ date: '2026-12-01', answers: flat(3) }),
			rh({ date: '2027-02-05', answers: flat(2) }),
			rh({ date: '2026-12-04', answers: flat(5) }),
		];
		const built = view(members);
		expect(
			built.rounds.map((round) => [round.date, round.agency.map((row) => row.memberIndex)])
		).toEqual([
			['2026-12-01', [1, 3]],
			['2027-02-01', [0, 2]],
		]);
		expect(built.current).toBe(built.rounds[1]);
		expect(built.undated).toBeUndefined();
		// December: 50 and 100, average 75. February: 25 and 25. A fall of 50 points everywhere.
		expect(built.rounds.map((round) => round.summary.dimensions.map((d) => d.average))).toEqual([
			everyDimension(75),
			everyDimension(25),
		]);
		expect(built.change).toEqual({
			since: '2026-12-01',
			changes: everyDimension({ delta: -50, direction: 'down' }),
		});
	});

	test('has no change with a single round', () => {
		const built = view([rh({ date: '2026-12-01', seed: 1 }), rh({ date: '2026-12-02', seed: 2 })]);
		expect(built.rounds).toHaveLength(1);
		expect(built.change).toBeUndefined();
	});

	test('keeps undated (format-1) results apart until the facilitator puts them in a round', () => {
		const undated = rh({ seed: 1 });
		const dated = rh({ date: '2026-12-01', seed: 2 });
		const built = view([undated, dated]);
		expect(built.undated?.agency.map((row) => row.memberIndex)).toEqual([0]);
		expect(built.undated?.date).toBeUndefined();
		expect(built.current).toBe(built.rounds[0]);

		const onlyUndated = view([undated, rh({ seed: 3 })]);
		expect(onlyUndated.rounds).toEqual([]);
		expect(onlyUndated.current).toBe(onlyUndated.undated);
		expect(onlyUndated.change).toBeUndefined();

		const placed = view([{ ...undated, roundDay: dayNumber('2026-12-01') }, dated]);
		expect(placed.undated).toBeUndefined();
		expect(placed.rounds.map((round) => round.agency.map((row) => row.memberIndex))).toEqual([
			[0, 1],
		]);
	});

	test('moves a result into another round by its round day', () => {
		const members = [
			rh({ date: '2026-12-01', seed: 1 }),
			rh({ date: '2027-02-01', seed: 2 }),
			rh({ date: '2027-02-02', seed: 3, roundDay: dayNumber('2026-12-01') }),
		];
		expect(view(members).rounds.map((round) => round.agency.map((row) => row.memberIndex))).toEqual(
			[[0, 2], [1]]
		);
	});

	test('sets the client’s side beside the agency’s in a round, with the perception gap', () => {
		const members = [
			rh({ date: '2026-12-01', answers: flat(4) }),
			rh({ date: '2026-12-02', answers: flat(2) }),
			rh({ date: '2026-12-03', answers: flat(1, 'client'), side: 'client', name: 'Ольга' }),
		];
		const { current } = view(members);
		expect(current.agency.map((row) => row.memberIndex)).toEqual([0, 1]);
		expect(current.client.map((row) => row.name)).toEqual(['Ольга']);
		expect(current.clientSummary?.people).toHaveLength(1);
		// The agency: 75 and 25, average 50. The client: 0. The client sees each area 50 points
		// worse, every gap as wide as the widest.
		expect(current.gaps).toEqual(
			agency.dimensions.map((dimension) => ({
				id: dimension.id,
				label: dimension.label,
				agency: 50,
				client: 0,
				gap: -50,
				isWidest: true,
			}))
		);
	});

	test('shows no gap in a round with one side only', () => {
		const members = [
			rh({ date: '2026-12-01', seed: 1 }),
			rh({ date: '2027-02-01', seed: 2, side: 'client' }),
		];
		const built = view(members);
		expect(built.rounds.map((round) => [round.agency.length, round.client.length])).toEqual([
			[1, 0],
			[0, 1],
		]);
		expect(built.rounds.every((round) => round.gaps === undefined)).toBe(true);
		expect(built.rounds[0]?.clientSummary).toBeUndefined();
		// The change compares the agency's rounds: a client's round alone has none to compare.
		expect(built.change).toBeUndefined();
		expect(built.current).toBe(built.rounds[1]);
	});

	test('leaves out a result whose statements it can no longer score', () => {
		const known = rh({ date: '2026-12-01', seed: 1 });
		const unknown = { ...rh({ date: '2026-12-01', seed: 2 }), version: agency.version + 7 };
		expect(view([unknown, known]).people.map((person) => person.memberIndex)).toEqual([1]);
		expect(scoringModelFor(agency, agency.version + 7)).toBeUndefined();
	});
});

describe('countPeople() (#20)', () => {
	test('counts people, not results: a name in two rounds once, the client apart', () => {
		const march = ['Анна', 'Борис', 'Вера'].map((name, seed) =>
			rh({ date: '2026-03-02', seed, name })
		);
		const june = ['анна ', 'Борис'].map((name, seed) =>
			rh({ date: '2026-06-02', seed: seed + 5, name })
		);
		const clients = [
			rh({ date: '2026-03-02', seed: 9, side: 'client', name: 'Ольга' }),
			rh({ date: '2026-06-02', seed: 8, side: 'client', name: 'Ольга' }),
		];
		expect(countPeople(view([...march, ...june, ...clients]))).toEqual({ agency: 3, client: 1 });
	});

	test('results without a name count as many people as the round with the most of them', () => {
		const members = [
			rh({ date: '2026-03-02', seed: 1 }),
			rh({ date: '2026-03-02', seed: 2 }),
			rh({ date: '2026-06-02', seed: 3 }),
			rh({ date: '2026-06-02', seed: 4, name: 'Анна' }),
		];
		expect(countPeople(view(members))).toEqual({ agency: 3, client: 0 });
	});
});

describe('withNumberedNames() (#22)', () => {
	const NUMBERED = { participant: en.participant, client: en.clientPerson };

	test('names everyone by a number, one number per person in every round, each side from 1', () => {
		const members = [
			rh({ date: '2026-03-02', seed: 1, name: 'Анна Смирнова' }),
			rh({ date: '2026-03-02', seed: 2, name: 'Борис' }),
			rh({ date: '2026-03-02', seed: 3 }),
			rh({ date: '2026-03-02', seed: 4, side: 'client', name: 'Ольга' }),
			rh({ date: '2026-06-02', seed: 5, name: 'борис ' }),
			rh({ date: '2026-06-02', seed: 6, name: 'анна смирнова' }),
			rh({ date: '2026-06-02', seed: 7, side: 'client', name: 'Ольга' }),
		];
		const built = view(members);
		const numbered = withNumberedNames(built, NUMBERED);
		expect(numbered.people.map((row) => row.name)).toEqual([
			'Participant 1',
			'Participant 2',
			'Participant 3',
			'Client 1',
			'Participant 2',
			'Participant 1',
			'Client 1',
		]);
		expect(numbered.rounds.map((round) => round.agency.map((row) => row.name))).toEqual([
			['Participant 1', 'Participant 2', 'Participant 3'],
			['Participant 2', 'Participant 1'],
		]);
		expect(numbered.current).toBe(numbered.rounds[1]);
		expect(numbered.current.client.map((row) => row.scores.name)).toEqual(['Client 1']);
		// Nothing but the names changes.
		expect(numbered.people.map((row) => row.scores.dimensions)).toEqual(
			built.people.map((row) => row.scores.dimensions)
		);
		expect(numbered.change).toEqual(built.change);
		expect(JSON.stringify(numbered)).not.toMatch(/Анна|Борис|борис|Ольга|Colleague/);
	});

	test('in Russian, and with undated results only', () => {
		const members = [rh({ seed: 1, name: 'Вера' }), rh({ seed: 2 })];
		const numbered = withNumberedNames(view(members), {
			participant: ru.participant,
			client: ru.clientPerson,
		});
		expect(numbered.current).toBe(numbered.undated);
		expect(numbered.current.agency.map((row) => row.name)).toEqual(['Участник 1', 'Участник 2']);
	});
});
