import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	ACTIONS_PARAM,
	MAX_TEAM_ENTRIES,
	SESSION_NAME_PARAM,
	TEAM_PARAM,
	readTeamPayload,
	teamFragment,
	type TeamEntry,
	type TeamLinkState,
} from '../../../src/links/team-link';
import { MAX_CODE_LENGTH } from '../../../src/links/share-code';
import { sampleCode } from '../support/codes';
import frozen from '../../fixtures/share-links-v1.json';
import frozenV2 from '../../fixtures/links-v2.json';
import { cleanSessionName } from '../../../src/links/session-name';
import { encodeText } from '../../../src/links/base64url';

const entry: fc.Arbitrary<TeamEntry> = fc.record(
	{
		assessmentId: fc.stringMatching(/^[a-z0-9-]{1,60}$/),
		code: fc.stringMatching(new RegExp(`^[0-9A-Za-z._-]{1,${MAX_CODE_LENGTH}}$`)),
		roundDay: fc.integer({ min: 0, max: 36 ** 4 - 1 }),
	},
	{ requiredKeys: ['assessmentId', 'code'] }
);

/** The actions part as `actions.ts` would write it: percent-encoded text, so never a bare `&`. */
const actions = fc.oneof(
	fc.constant(''),
	fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }).map(encodeURIComponent)
);

const payloadOf = (state: TeamLinkState) => teamFragment(state).slice(`#${TEAM_PARAM}=`.length);

describe('teamFragment() and readTeamPayload()', () => {
	test('round-trip any team, with and without round days and actions', () => {
		fc.assert(
			fc.property(fc.array(entry, { maxLength: 30 }), actions, (entries, encodedActions) => {
				fc.pre(entries.length > 0 || encodedActions !== '');
				const state = { entries, actions: encodedActions };
				expect(readTeamPayload(payloadOf(state))).toEqual({ ...state, unreadable: 0 });
			})
		);
	});

	test('writes the round day in base 36 after the code, and the actions as a named part', () => {
		const code = sampleCode('relationship-health');
		expect(
			teamFragment({
				entries: [
					{ assessmentId: 'relationship-health', code },
					{ assessmentId: 'relationship-health', code, roundDay: 333 },
				],
				actions: 'x%20y',
			})
		).toBe(`#t=relationship-health!${code}~relationship-health!${code}!99&${ACTIONS_PARAM}=x%20y`);
		expect(teamFragment({ entries: [], actions: 'x' })).toBe('#t=&a=x');
	});

	test('an empty team without actions has no fragment', () => {
		expect(teamFragment({ entries: [], actions: '' })).toBe('');
	});

	test('reads team links made before rounds and actions unchanged', () => {
		for (const link of frozen.teamLinks) {
			const payload = new URL(link).hash.slice('#t='.length);
			const entries = payload.split('~').map((part) => {
				const [assessmentId = '', code = ''] = part.split('!');
				return { assessmentId, code };
			});
			expect(readTeamPayload(payload)).toEqual({ entries, actions: '', unreadable: 0 });
			expect(teamFragment({ entries, actions: '' })).toBe(`#t=${payload}`);
		}
	});

	test('reads format-1 and format-2 codes side by side', () => {
		const v1 = frozen.links[0]?.code ?? '';
		const v2 = sampleCode('client-level', { name: 'Анна' });
		expect(readTeamPayload(`client-level!${v1}~client-level!${v2}!9a`)).toEqual({
			entries: [
				{ assessmentId: 'client-level', code: v1 },
				{ assessmentId: 'client-level', code: v2, roundDay: 9 * 36 + 10 },
			],
			actions: '',
			unreadable: 0,
		});
	});

	test('counts unreadable entries and keeps the rest', () => {
		expect(readTeamPayload('client-level!1.1.1..a~<script>~~x!~a!b!toolong~A!b')).toEqual({
			entries: [{ assessmentId: 'client-level', code: '1.1.1..a' }],
			actions: '',
			unreadable: 4,
		});
	});

	test('a damaged actions part loses the actions, never the results', () => {
		expect(readTeamPayload('client-level!1.1.1..a&a=%ZZ%E0')).toEqual({
			entries: [{ assessmentId: 'client-level', code: '1.1.1..a' }],
			actions: '%ZZ%E0',
			unreadable: 0,
		});
		expect(readTeamPayload('client-level!1.1.1..a&x=1&a=ok&junk')).toMatchObject({
			entries: [{ assessmentId: 'client-level', code: '1.1.1..a' }],
			actions: 'ok',
		});
		expect(readTeamPayload('client-level!1.1.1..a&&&')).toMatchObject({ actions: '' });
	});

	test('never throws on junk and never returns more than MAX_TEAM_ENTRIES', () => {
		const units = fc.string({
			unit: fc.nat({ max: 0xffff }).map((unit) => String.fromCharCode(unit)),
		});
		const pieces = fc.constantFrom('~', '!', '&', 'a=', 'client-level', '1.1.1..a', '%', 'zz');
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					units,
					fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }).map((parts) => parts.join(''))
				),
				(junk) => {
					const state = readTeamPayload(junk);
					expect(state.entries.length).toBeLessThanOrEqual(MAX_TEAM_ENTRIES);
					expect(state.unreadable).toBeGreaterThanOrEqual(0);
					expect(typeof state.actions).toBe('string');
				}
			)
		);
	});

	test('caps a huge team at MAX_TEAM_ENTRIES and counts the rest as unreadable', () => {
		const huge = readTeamPayload(
			Array.from({ length: MAX_TEAM_ENTRIES + 100 }, () => 'client-level!1.1.1..a').join('~')
		);
		expect(huge.entries).toHaveLength(MAX_TEAM_ENTRIES);
		expect(huge.unreadable).toBe(100);
	});

	test('survives broken percent-encoding', () => {
		expect(readTeamPayload('%E0%A4%A')).toEqual({ entries: [], actions: '', unreadable: 1 });
		expect(readTeamPayload('')).toEqual({ entries: [], actions: '', unreadable: 0 });
	});

	test('survives any bytes in the session part, keeping the results', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (junk) => {
				const state = readTeamPayload(`client-level!1.1.1..a&s=${junk}`);
				expect(state.entries).toEqual([{ assessmentId: 'client-level', code: '1.1.1..a' }]);
				expect(typeof (state.session ?? '')).toBe('string');
			})
		);
	});
});

describe('a session’s name in the team link (#22)', () => {
	const code = sampleCode('relationship-health');

	test('travels last, as base64url, beside the results and actions', () => {
		const fragment = teamFragment({
			entries: [{ assessmentId: 'relationship-health', code }],
			actions: 'x',
			session: 'Северный ветер',
		});
		expect(fragment).toBe(
			`#t=relationship-health!${code}&a=x&${SESSION_NAME_PARAM}=${encodeText('Северный ветер')}`
		);
		expect(readTeamPayload(fragment.slice(3))).toEqual({
			entries: [{ assessmentId: 'relationship-health', code }],
			actions: 'x',
			session: 'Северный ветер',
			unreadable: 0,
		});
	});

	test('a named session with nothing in it yet is a link of its own', () => {
		expect(teamFragment({ entries: [], actions: '', session: 'Nord' })).toBe('#t=&s=Tm9yZA');
		expect(readTeamPayload('&s=Tm9yZA')).toEqual({
			entries: [],
			actions: '',
			session: 'Nord',
			unreadable: 0,
		});
		expect(teamFragment({ entries: [], actions: '', session: ' \n ' })).toBe('');
	});

	test('round-trips any team with any name, cleaned', () => {
		fc.assert(
			fc.property(
				fc.array(entry, { maxLength: 10 }),
				actions,
				fc.string({ unit: 'grapheme', maxLength: 50 }),
				(entries, encodedActions, name) => {
					const session = cleanSessionName(name).name;
					fc.pre(entries.length > 0 || encodedActions !== '' || session !== '');
					expect(
						readTeamPayload(payloadOf({ entries, actions: encodedActions, session: name }))
					).toEqual({
						entries,
						actions: encodedActions,
						...(session ? { session } : {}),
						unreadable: 0,
					});
				}
			)
		);
	});

	test('a damaged name is dropped, never the results or the actions', () => {
		for (const value of ['%ZZ', '_w', '!!', 'A'.repeat(2000)]) {
			expect(readTeamPayload(`client-level!1.1.1..a&a=ok&s=${value}`), value).toEqual({
				entries: [{ assessmentId: 'client-level', code: '1.1.1..a' }],
				actions: 'ok',
				unreadable: 0,
			});
		}
	});

	test('team links made before session names open as they did, with no name (frozen)', () => {
		for (const { link, results } of frozenV2.teamLinks) {
			const payload = new URL(link).hash.slice('#t='.length);
			const state = readTeamPayload(payload);
			expect(state.entries).toHaveLength(results);
			expect(state.unreadable).toBe(0);
			expect(state.session).toBeUndefined();
			expect(teamFragment(state)).toBe(`#t=${payload}`);
		}
	});
});
