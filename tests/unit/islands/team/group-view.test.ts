import { describe, expect, test } from 'vitest';
import {
	buildGroupView,
	countPeople,
	type UnnamedLabels,
} from '../../../../src/islands/team/group-view';
import { scorePerson, summarizeTeam } from '../../../../src/islands/team/aggregate';
import { perceptionGaps } from '../../../../src/islands/team/perception-gap';
import { roundChange } from '../../../../src/islands/team/rounds';
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
			rh({ date: '2027-02-01', seed: 1 }),
			rh({ date: '2026-12-01', seed: 2 }),
			rh({ date: '2027-02-05', seed: 3 }),
			rh({ date: '2026-12-04', seed: 4 }),
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
		const averages = (indexes: number[]) =>
			summarizeTeam(
				agency,
				indexes.map((index) => {
					const one = members[index];
					if (!one) throw new Error('no member');
					return scorePerson(agency, '', one.answers);
				})
			).dimensions.map((dimension) => dimension.average);
		expect(built.change).toEqual({
			since: '2026-12-01',
			changes: roundChange(averages([1, 3]), averages([0, 2])),
		});
		expect(built.rounds[0]?.summary.dimensions.map((dimension) => dimension.average)).toEqual(
			averages([1, 3])
		);
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
			rh({ date: '2026-12-01', seed: 1 }),
			rh({ date: '2026-12-02', seed: 2 }),
			rh({ date: '2026-12-03', seed: 3, side: 'client', name: 'Ольга' }),
		];
		const { current } = view(members);
		expect(current.agency.map((row) => row.memberIndex)).toEqual([0, 1]);
		expect(current.client.map((row) => row.name)).toEqual(['Ольга']);
		expect(current.clientSummary?.people).toHaveLength(1);
		expect(current.gaps).toEqual(
			perceptionGaps(
				current.summary.dimensions,
				current.agency.map((row) => row.scores.dimensions),
				current.client.map((row) => row.scores.dimensions)
			)
		);
		expect(current.gaps?.map((gap) => gap.id)).toEqual(agency.dimensions.map((d) => d.id));
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
