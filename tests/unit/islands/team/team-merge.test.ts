import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	acceptsLink,
	addHeld,
	codeModels,
	decodeEntry,
	isDuplicate,
	loadTeamLink,
	mergeText,
	type Member,
} from '../../../../src/islands/team/team-merge';
import { teamFragment, type TeamEntry } from '../../../../src/links/team-link';
import {
	encodeShareCode,
	signShareCode,
	type ShareCodeModel,
} from '../../../../src/links/share-code';
import {
	CODES,
	CODE_MODELS,
	TODAY,
	codeModel,
	sampleAnswers,
	sampleCode,
} from '../../support/codes';
import frozen from '../../../fixtures/share-links-v1.json';
import { groupRounds } from '../../../../src/islands/team/rounds';
import { sessionPart } from '../../../../src/links/session-name';

const ORIGIN = 'https://clientship.example';
const shareLink = (lang: string, id: string, code: string, side: 'agency' | 'client' = 'agency') =>
	`${ORIGIN}/${lang}/assessments/${id}/${side === 'client' ? 'client/' : ''}#r=${code}`;
const teamLink = (lang: string, entries: TeamEntry[], actions = '') =>
	`${ORIGIN}/${lang}/team/${teamFragment({ entries, actions })}`;

/** A client's side by hand when the real assessments have none yet. */
const handMadeClient: ShareCodeModel = { ...codeModel('relationship-health'), side: 'client' };
const withClient = CODES.get('relationship-health', 'client')
	? CODES
	: codeModels([...CODE_MODELS, handMadeClient]);
const clientModel = withClient.get('relationship-health', 'client') ?? handMadeClient;

const V1 = frozen.fromTheField[0]?.code ?? ''; // relationship-health, format 1, «Анна Смирнова»
const V2 = sampleCode('relationship-health', { name: 'Борис', seed: 1 });
const V2_OTHER = sampleCode('relationship-health', { seed: 2 });
const CLIENT = encodeShareCode(clientModel, sampleAnswers(clientModel, 3), TODAY, 'Ольга');
const LEVEL = sampleCode('client-level', { seed: 4, name: 'Priya' });

/** The same code with its first answer changed: the check no longer matches. */
const altered = (code: string) => {
	const fields = code.split('.');
	const at = fields[0] === '1' ? 2 : 3;
	const answers = fields[at] ?? '';
	fields[at] = (answers.startsWith('1') ? '2' : '1') + answers.slice(1);
	return fields.join('.');
};

describe('codeModels()', () => {
	test('finds a model by assessment and side, and lists every assessment once', () => {
		expect(CODES.get('client-level', 'agency')?.id).toBe('client-level');
		expect(CODES.get('no-such', 'agency')).toBeUndefined();
		expect(withClient.get('relationship-health', 'client')?.side).toBe('client');
		expect(new Set(CODES.ids).size).toBe(CODES.ids.length);
		expect([...CODES.ids].sort()).toEqual(
			[...new Set(CODE_MODELS.map((model) => model.id))].sort()
		);
	});
});

describe('decodeEntry()', () => {
	test('decodes format-1 and format-2 codes with their side, name, date and version', () => {
		expect(decodeEntry({ assessmentId: 'relationship-health', code: V1 }, CODES)).toMatchObject({
			ok: true,
			member: { side: 'agency', name: 'Анна Смирнова', date: undefined, version: 1 },
		});
		expect(
			decodeEntry({ assessmentId: 'relationship-health', code: V2, roundDay: 400 }, CODES)
		).toMatchObject({
			ok: true,
			member: {
				side: 'agency',
				name: 'Борис',
				date: TODAY,
				version: codeModel('relationship-health').version,
				roundDay: 400,
				code: V2,
			},
		});
	});

	test('takes the side from the code: a client’s code decodes on the client’s side', () => {
		expect(
			decodeEntry({ assessmentId: 'relationship-health', code: CLIENT }, withClient)
		).toMatchObject({ ok: true, member: { side: 'client', name: 'Ольга' } });
	});

	test('rejects a client’s code for an assessment without a client’s side', () => {
		const agency = CODE_MODELS.find(
			(model) => !CODE_MODELS.some((other) => other.id === model.id && other.side === 'client')
		);
		if (!agency) throw new Error('every assessment has a client’s side');
		const code = encodeShareCode({ ...agency, side: 'client' }, sampleAnswers(agency), TODAY);
		const decoded = decodeEntry({ assessmentId: agency.id, code }, CODES);
		expect(decoded.ok).toBe(false);
	});

	test('says what happened to a code that does not decode', () => {
		const cases: [TeamEntry, string][] = [
			[{ assessmentId: 'quiz', code: V2 }, 'unknown-assessment'],
			[{ assessmentId: 'relationship-health', code: altered(V2) }, 'altered'],
			[{ assessmentId: 'relationship-health', code: V2.slice(0, -2) }, 'cut-off'],
			[{ assessmentId: 'relationship-health', code: LEVEL }, 'other-assessment'],
			[{ assessmentId: 'relationship-health', code: '3.1.99.1..x' }, 'newer-version'],
		];
		for (const [entry, problem] of cases) {
			expect(decodeEntry(entry, CODES), entry.code).toEqual({ ok: false, problem });
		}
	});
});

describe('acceptsLink()', () => {
	const accept = acceptsLink(CODES);

	test('accepts a result link whose code decodes, and no other', () => {
		const link = {
			kind: 'result',
			lang: 'ru',
			assessmentId: 'relationship-health',
			side: 'agency',
		} as const;
		expect(accept({ ...link, code: V2 })).toBe(1);
		expect(accept({ ...link, code: V1 })).toBe(1);
		expect(accept({ ...link, code: altered(V2) })).toBe(0);
		expect(accept({ ...link, code: V2.slice(0, -1) })).toBe(0);
		expect(accept({ ...link, assessmentId: 'client-level', code: V2 })).toBe(0);
	});

	test('counts the entries of a team link that decode', () => {
		const payload = (entries: TeamEntry[]) => teamFragment({ entries, actions: '' }).slice(3);
		const good = { assessmentId: 'relationship-health', code: V2 };
		const other = { assessmentId: 'relationship-health', code: V1 };
		expect(accept({ kind: 'team', lang: 'en', payload: payload([good]) })).toBe(1);
		expect(accept({ kind: 'team', lang: 'en', payload: payload([good, other]) })).toBe(2);
		expect(
			accept({ kind: 'team', lang: 'en', payload: `${payload([good])}~relationship-health!2.1` })
		).toBe(1);
		expect(accept({ kind: 'team', lang: 'en', payload: '' })).toBe(0);
	});
});

describe('mergeText()', () => {
	test('adds the results of pasted links, format 1 and 2 mixed, in both languages', () => {
		const text = [
			`Анна Смирнова: ${shareLink('ru', 'relationship-health', V1)}`,
			`Boris: ${shareLink('en', 'relationship-health', V2)}`,
			`Priya — ${shareLink('en', 'client-level', LEVEL)}`,
			'спасибо!',
		].join('\n');
		const outcome = mergeText([], text, CODES);
		expect(outcome).toMatchObject({
			added: 3,
			duplicates: 0,
			broken: [],
			linesWithoutLinks: 1,
			isTruncated: false,
			actions: '',
		});
		expect(
			outcome.members.map((member) => [member.assessmentId, member.name, member.date])
		).toEqual([
			['relationship-health', 'Анна Смирнова', undefined],
			['relationship-health', 'Борис', TODAY],
			['client-level', 'Priya', TODAY],
		]);
	});

	test('adds a client’s result on the client’s side', () => {
		const outcome = mergeText(
			[],
			shareLink('ru', 'relationship-health', CLIENT, 'client'),
			withClient
		);
		expect(outcome.members).toMatchObject([{ side: 'client', name: 'Ольга' }]);
	});

	test('names each broken link by its line, its label and what happened to it', () => {
		const text = [
			'Анна Смирнова, [12.03.2025 10:14]',
			`Анна: ${shareLink('ru', 'relationship-health', altered(V2))}`,
			`Борис: ${shareLink('ru', 'relationship-health', V2.slice(0, -3))}`,
			`${shareLink('en', 'relationship-health', LEVEL)}`,
			`Tom: ${shareLink('en', 'quiz', V2)}`,
			`Ivan: ${shareLink('en', 'relationship-health', signShareCode('relationship-health', '3.1.99.1.'))}`,
			`Ok: ${shareLink('en', 'relationship-health', V2_OTHER)}`,
		].join('\n');
		const outcome = mergeText([], text, CODES);
		expect(outcome.broken).toEqual([
			{ line: 2, label: 'Анна', problem: 'altered' },
			{ line: 3, label: 'Борис', problem: 'cut-off' },
			{ line: 4, label: 'Анна Смирнова', problem: 'other-assessment' },
			{ line: 5, label: 'Tom', problem: 'unknown-assessment' },
			{ line: 6, label: 'Ivan', problem: 'newer-version' },
		]);
		expect(outcome.added).toBe(1);
		expect(outcome.linesWithoutLinks).toBe(1);
	});

	test('merges the entries of a pasted team link and keeps its actions', () => {
		const entries = [
			{ assessmentId: 'relationship-health', code: V1 },
			{ assessmentId: 'relationship-health', code: V2, roundDay: 400 },
			{ assessmentId: 'client-level', code: LEVEL },
		];
		const outcome = mergeText(
			[],
			`Команда: ${teamLink('ru', entries, 'Q2FsbCB0aGUgY2xpZW50.k3j2')}`,
			CODES
		);
		expect(outcome).toMatchObject({
			added: 3,
			duplicates: 0,
			broken: [],
			actions: 'Q2FsbCB0aGUgY2xpZW50.k3j2',
		});
		expect(
			outcome.members.map(({ assessmentId, code, roundDay }) => ({ assessmentId, code, roundDay }))
		).toEqual(entries.map((entry) => ({ roundDay: undefined, ...entry })));
	});

	test('reports an altered link as altered when the next line is another link', () => {
		const text = [
			shareLink('ru', 'relationship-health', altered(V2)),
			shareLink('ru', 'relationship-health', V2_OTHER),
		].join('\n');
		const outcome = mergeText([], text, CODES);
		expect(outcome.broken).toEqual([{ line: 1, label: '', problem: 'altered' }]);
		expect(outcome.added).toBe(1);
	});

	test('counts a result already in the view as a duplicate, pasted twice or pasted again', () => {
		const link = shareLink('ru', 'relationship-health', V2);
		const twice = mergeText([], `${link}\n${link.replace('/ru/', '/en/')}`, CODES);
		expect(twice).toMatchObject({ added: 1, duplicates: 1 });
		const again = mergeText(twice.members, `${link}»`, CODES);
		expect(again).toMatchObject({ added: 0, duplicates: 1 });
		expect(again.members).toHaveLength(1);
	});

	test('never throws and never adds a result that does not decode', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(
						fc.constantFrom(
							shareLink('ru', 'relationship-health', V2),
							shareLink('en', 'relationship-health', altered(V2)),
							teamLink('en', [{ assessmentId: 'client-level', code: LEVEL }]),
							'~',
							'!',
							'\n'
						),
						fc.string()
					),
					{ maxLength: 12 }
				),
				(parts) => {
					const outcome = mergeText([], parts.join(''), CODES);
					expect(outcome.members).toHaveLength(outcome.added);
					for (const member of outcome.members) {
						expect(decodeEntry(member, CODES).ok).toBe(true);
					}
				}
			)
		);
	});
});

describe('loadTeamLink()', () => {
	test('loads a team link made before rounds and actions', () => {
		for (const link of frozen.teamLinks) {
			const outcome = loadTeamLink(new URL(link).hash.slice(3), CODES);
			expect(outcome).toMatchObject({ added: 4, duplicates: 0, broken: [], actions: '' });
			expect(outcome.members.every((member) => member.date === undefined)).toBe(true);
		}
	});

	test('loads entries with their round days, and the actions', () => {
		const entries = [
			{ assessmentId: 'relationship-health', code: V1, roundDay: 340 },
			{ assessmentId: 'relationship-health', code: V2 },
		];
		const outcome = loadTeamLink(teamFragment({ entries, actions: 'a%20b' }).slice(3), CODES);
		expect(outcome).toMatchObject({ added: 2, actions: 'a%20b', linesWithoutLinks: 0 });
		expect(outcome.members[0]).toMatchObject({ roundDay: 340, date: undefined });
	});
});

describe('one counting rule for pasting and loading', () => {
	const entries: TeamEntry[] = [
		{ assessmentId: 'relationship-health', code: V1 },
		{ assessmentId: 'relationship-health', code: V2 },
		{ assessmentId: 'relationship-health', code: V1 },
		{ assessmentId: 'relationship-health', code: altered(V2_OTHER) },
		{ assessmentId: 'client-level', code: LEVEL },
	];
	const summary = (outcome: ReturnType<typeof mergeText>) => ({
		added: outcome.added,
		duplicates: outcome.duplicates,
		problems: outcome.broken.map((broken) => broken.problem),
		members: outcome.members.map((member: Member) => member.code),
	});

	test('a duplicate and a broken entry count the same whether pasted or loaded', () => {
		const loaded = loadTeamLink(teamFragment({ entries, actions: '' }).slice(3), CODES);
		const pastedTeam = mergeText([], teamLink('en', entries), CODES);
		const pastedLinks = mergeText(
			[],
			entries
				.map((entry, index) => `${index + 1}: ${shareLink('ru', entry.assessmentId, entry.code)}`)
				.join('\n'),
			CODES
		);
		expect(summary(loaded)).toEqual({
			added: 3,
			duplicates: 1,
			problems: ['altered'],
			members: [V1, V2, LEVEL],
		});
		expect(summary(pastedTeam)).toEqual(summary(loaded));
		expect(summary(pastedLinks)).toEqual(summary(loaded));
	});

	test('an unreadable entry of a team link is reported whether pasted or loaded', () => {
		const payload = `${teamFragment({ entries: entries.slice(0, 2), actions: '' }).slice(3)}~relationship-health!${V2_OTHER}!toolong`;
		const loaded = loadTeamLink(payload, CODES);
		const pasted = mergeText([], `${ORIGIN}/ru/team/#t=${payload}`, CODES);
		expect(loaded.broken).toHaveLength(1);
		expect(summary(pasted)).toEqual(summary(loaded));
	});
});

describe('isDuplicate()', () => {
	test('compares the assessment and the code', () => {
		const members = [{ assessmentId: 'relationship-health', code: V2 }];
		expect(isDuplicate(members, { assessmentId: 'relationship-health', code: V2 })).toBe(true);
		expect(isDuplicate(members, { assessmentId: 'client-level', code: V2 })).toBe(false);
		expect(isDuplicate(members, { assessmentId: 'relationship-health', code: V1 })).toBe(false);
		expect(isDuplicate([], { assessmentId: 'relationship-health', code: V2 })).toBe(false);
	});
});

describe('people counted once (#20)', () => {
	const anna = (seed: number, date = '2026-12-14', name = 'Анна С.') =>
		sampleCode('relationship-health', { name, seed, date });
	const line = (code: string) => shareLink('ru', 'relationship-health', code);

	test('a second result under the same name in the same round replaces the first', () => {
		const outcome = mergeText([], [line(anna(1)), line(anna(2, '2026-12-15'))].join('\n'), CODES);
		expect(outcome.members.map((member) => member.code)).toEqual([anna(2, '2026-12-15')]);
		expect(outcome.replaced).toEqual([{ name: 'Анна С.', assessmentId: 'relationship-health' }]);
		expect(outcome.added).toBe(2);
	});

	test('the same name, written with other case and spaces, is the same person', () => {
		const first = mergeText([], line(anna(1)), CODES);
		const again = mergeText(first.members, line(anna(2, '2026-12-14', '  анна   с. ')), CODES);
		expect(again.members).toHaveLength(1);
		expect(again.replaced).toHaveLength(1);
	});

	test('the same name in another round, on the other side or in another assessment stays', () => {
		const march = anna(1, '2026-03-02');
		const june = anna(2, '2026-06-02');
		const level = sampleCode('client-level', { name: 'Анна С.', seed: 3, date: '2026-06-02' });
		const outcome = mergeText(
			[],
			[line(march), line(june), shareLink('ru', 'client-level', level)].join('\n'),
			CODES
		);
		expect(outcome.members).toHaveLength(3);
		expect(outcome.replaced).toEqual([]);
	});

	test('results without a name are never taken for one another', () => {
		const outcome = mergeText(
			[],
			[line(anna(1, '2026-12-14', '')), line(anna(2, '2026-12-14', ''))].join('\n'),
			CODES
		);
		expect(outcome.members).toHaveLength(2);
		expect(outcome.replaced).toEqual([]);
	});

	test('whatever is pasted, no name appears twice in one round of one assessment and side', () => {
		const names = ['Анна', 'анна', 'Борис', 'Olga', ''];
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						name: fc.constantFrom(...names),
						seed: fc.nat(50),
						day: fc.integer({ min: 0, max: 20 }),
					}),
					{ maxLength: 12 }
				),
				(results) => {
					const text = results
						.map(({ name, seed, day }) =>
							line(anna(seed, `2026-03-${String(day + 1).padStart(2, '0')}`, name))
						)
						.join('\n');
					const { members } = mergeText([], text, CODES);
					// Within each round the table shows, a name appears once.
					const { rounds } = groupRounds(members);
					for (const round of rounds) {
						const named = round.members
							.map((index) => members[index]?.name.toLocaleLowerCase() ?? '')
							.filter((name) => name !== '');
						expect(new Set(named).size).toBe(named.length);
					}
					// Nothing unnamed is dropped.
					const unnamed = results.filter((result) => result.name === '');
					const distinctUnnamed = new Set(
						unnamed.map((result) =>
							anna(result.seed, `2026-03-${String(result.day + 1).padStart(2, '0')}`, '')
						)
					);
					expect(members.filter((member) => member.name === '')).toHaveLength(distinctUnnamed.size);
				}
			)
		);
	});
});

describe('no silent limits (#20)', () => {
	test('the view refuses results beyond MAX_TEAM_ENTRIES and says how many', () => {
		const lines = Array.from({ length: 203 }, (_, index) =>
			shareLink(
				'en',
				'relationship-health',
				sampleCode('relationship-health', { seed: index, name: `Person ${index}` })
			)
		);
		const outcome = mergeText([], lines.join('\n'), CODES);
		expect(outcome.members).toHaveLength(200);
		expect(outcome.overLimit).toBe(3);
		const fragment = teamFragment({ entries: outcome.members, actions: '' });
		const loaded = loadTeamLink(fragment.slice('#t='.length), CODES);
		expect(loaded.members).toHaveLength(200);
		expect(loaded.broken).toEqual([]);
	});
});

describe('page addresses pasted instead of results (#20)', () => {
	test('an assessment or a lesson address without a result is reported on its line, with its sender', () => {
		const text = [
			'Сергей Новиков, [14.12.2026 10:14]',
			`${ORIGIN}/ru/assessments/relationship-health/`,
			`Мария: ${ORIGIN}/ru/lessons/clients-at-different-levels/`,
			`${ORIGIN}/en/assessments/relationship-health/index.html`,
		].join('\n');
		const outcome = mergeText([], text, CODES);
		expect(outcome.broken).toEqual([
			{ line: 2, label: 'Сергей Новиков', problem: 'assessment-address' },
			{ line: 3, label: 'Мария', problem: 'lesson-address' },
			{ line: 4, label: 'Сергей Новиков', problem: 'assessment-address' },
		]);
	});
});

describe('results made for another session (#22)', () => {
	const NORD = 'Северный ветер';
	const named = (code: string, session: string, lang = 'ru') =>
		`${shareLink(lang, 'relationship-health', code)}${sessionPart(session)}`;
	const ANNA = sampleCode('relationship-health', { name: 'Анна', seed: 11 });
	const BORIS = sampleCode('relationship-health', { name: 'Борис', seed: 12 });
	const VERA = sampleCode('relationship-health', { name: 'Вера', seed: 13 });

	test('are held back and reported by line, sender and the session they name', () => {
		const text = [
			`Анна: ${named(ANNA, NORD)}`,
			`Борис: ${named(BORIS, 'Южный берег')}`,
			`Вера: ${shareLink('en', 'relationship-health', VERA)}`,
		].join('\n');
		const outcome = mergeText([], text, CODES, NORD);
		expect(outcome.members.map((member) => member.name)).toEqual(['Анна', 'Вера']);
		expect(outcome).toMatchObject({ added: 2, session: NORD, broken: [] });
		expect(outcome.held).toEqual([
			{
				entry: { assessmentId: 'relationship-health', code: BORIS },
				line: 2,
				label: 'Борис',
				session: 'Южный берег',
			},
		]);
	});

	test('the same session in other case or spacing is not another one', () => {
		const outcome = mergeText([], named(ANNA, ' северный  ВЕТЕР'), CODES, NORD);
		expect(outcome).toMatchObject({ added: 1, held: [], session: NORD });
	});

	test('a view without a name takes the first one it meets, and holds back the others', () => {
		const text = [named(ANNA, NORD), named(BORIS, 'Южный берег'), named(VERA, NORD)].join('\n');
		const outcome = mergeText([], text, CODES);
		expect(outcome.session).toBe(NORD);
		expect(outcome.members.map((member) => member.name)).toEqual(['Анна', 'Вера']);
		expect(outcome.held.map((held) => [held.line, held.session])).toEqual([[2, 'Южный берег']]);
	});

	test('results without a name, and views and links from before names, work as they did', () => {
		const text = [
			shareLink('ru', 'relationship-health', V1),
			shareLink('en', 'client-level', LEVEL),
		];
		expect(mergeText([], text.join('\n'), CODES, NORD)).toMatchObject({
			added: 2,
			held: [],
			session: NORD,
		});
		expect(mergeText([], text.join('\n'), CODES)).toMatchObject({
			added: 2,
			held: [],
			session: '',
		});
	});

	test('a pasted team link of another session is held back whole, its line named', () => {
		const link = `${ORIGIN}/ru/team/${teamFragment({
			entries: [
				{ assessmentId: 'relationship-health', code: ANNA },
				{ assessmentId: 'relationship-health', code: BORIS },
			],
			actions: '',
			session: 'Южный берег',
		})}`;
		const outcome = mergeText([], `Вера: ${link}`, CODES, NORD);
		expect(outcome.added).toBe(0);
		expect(outcome.held.map((held) => [held.line, held.label, held.session])).toEqual([
			[1, 'Вера', 'Южный берег'],
			[1, 'Вера', 'Южный берег'],
		]);
	});

	test('added anyway, they join the view, which stays its own session', () => {
		const first = mergeText([], named(BORIS, 'Южный берег'), CODES, NORD);
		const outcome = addHeld(first.members, first.held, CODES, NORD);
		expect(outcome).toMatchObject({ added: 1, held: [], session: NORD });
		expect(outcome.members.map((member) => member.name)).toEqual(['Борис']);
		// Pasted again, it is a duplicate, not held back again.
		expect(mergeText(outcome.members, named(BORIS, 'Южный берег'), CODES, NORD)).toMatchObject({
			duplicates: 1,
			held: [],
		});
	});

	test('a team link opened as the view is one session: nothing is held back', () => {
		const payload = teamFragment({
			entries: [{ assessmentId: 'relationship-health', code: ANNA }],
			actions: '',
			session: NORD,
		}).slice(3);
		expect(loadTeamLink(payload, CODES)).toMatchObject({ added: 1, held: [], session: NORD });
	});
});
