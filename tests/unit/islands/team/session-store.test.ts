import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	MAX_SESSIONS,
	SESSION_KEY_PREFIX,
	deleteSession,
	listSessions,
	loadSession,
	newSessionId,
	saveSession,
	sessionKey,
	setSessionNames,
	setSessionReceived,
} from '../../../../src/islands/team/session-store';
import { memoryStorage } from '../../support/memory-storage';
import { teamFragment } from '../../../../src/links/team-link';

const FRAGMENT = '#t=client-level!1.1.42..k3~relationship-health!2.1.99.425.QW5uYQ.1k3x9q&a=x';

describe('team sessions on this device (#20)', () => {
	test('a session is kept as it changes, keeping when it began', () => {
		const storage = memoryStorage();
		saveSession(storage, 'abcd1234', '#t=client-level!1.1.42..k3', 1000);
		saveSession(storage, 'abcd1234', FRAGMENT, 5000);
		expect(loadSession(storage, 'abcd1234')).toEqual({
			id: 'abcd1234',
			created: 1000,
			updated: 5000,
			fragment: FRAGMENT,
		});
	});

	test('the list shows the most recently changed first, with its results and assessments', () => {
		const storage = memoryStorage();
		saveSession(storage, 'aaaa1111', '#t=client-level!1.1.42..k3', 1000);
		saveSession(storage, 'bbbb2222', FRAGMENT, 2000);
		expect(
			listSessions(storage).map(({ id, results, assessmentIds }) => ({
				id,
				results,
				assessmentIds,
			}))
		).toEqual([
			{ id: 'bbbb2222', results: 2, assessmentIds: ['client-level', 'relationship-health'] },
			{ id: 'aaaa1111', results: 1, assessmentIds: ['client-level'] },
		]);
	});

	test('the list names each session by the name in its link; one kept before names has none (#22)', () => {
		const storage = memoryStorage();
		saveSession(storage, 'aaaa1111', FRAGMENT, 1000);
		saveSession(
			storage,
			'bbbb2222',
			teamFragment({ entries: [], actions: '', session: 'Северный ветер' }),
			2000
		);
		expect(listSessions(storage).map(({ id, name, results }) => ({ id, name, results }))).toEqual([
			{ id: 'bbbb2222', name: 'Северный ветер', results: 0 },
			{ id: 'aaaa1111', name: '', results: 2 },
		]);
	});

	test('an empty view deletes its session; deleting forgets it', () => {
		const storage = memoryStorage();
		saveSession(storage, 'aaaa1111', FRAGMENT, 1000);
		saveSession(storage, 'aaaa1111', '', 2000);
		expect(listSessions(storage)).toEqual([]);
		saveSession(storage, 'bbbb2222', FRAGMENT, 1000);
		deleteSession(storage, 'bbbb2222');
		expect(loadSession(storage, 'bbbb2222')).toBeUndefined();
	});

	test(`keeps the ${MAX_SESSIONS} most recently changed sessions`, () => {
		const storage = memoryStorage();
		for (let index = 0; index < MAX_SESSIONS + 3; index++) {
			saveSession(storage, `sess${String(index).padStart(4, '0')}`, FRAGMENT, index);
		}
		const kept = listSessions(storage);
		expect(kept).toHaveLength(MAX_SESSIONS);
		expect(kept.at(-1)?.id).toBe('sess0003');
	});

	test('a damaged value is removed alone, whatever it holds', () => {
		fc.assert(
			fc.property(fc.string(), fc.jsonValue(), (raw, json) => {
				const storage = memoryStorage({
					[sessionKey('bad00001')]: raw,
					[sessionKey('bad00002')]: JSON.stringify(json),
					'clientship:v1:name': '"Anna"',
				});
				saveSession(storage, 'good0001', FRAGMENT, 1000);
				expect(listSessions(storage).map((session) => session.id)).toEqual(['good0001']);
				expect(storage.getItem('clientship:v1:name')).toBe('"Anna"');
				expect(
					[...storage.entries.keys()].filter((key) => key.startsWith(SESSION_KEY_PREFIX))
				).toEqual([sessionKey('good0001')]);
			})
		);
	});

	test('new ids are usable keys', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 0.999999, noNaN: true }), (value) => {
				const storage = memoryStorage();
				const id = newSessionId(() => value);
				expect(saveSession(storage, id, FRAGMENT, 1)?.id).toBe(id);
			})
		);
	});
});

describe('names shown per session (#22)', () => {
	test('a session hides names until they are shown, keeps the choice as it changes, and forgets it when hidden again', () => {
		const storage = memoryStorage();
		saveSession(storage, 'abcd1234', FRAGMENT, 1000);
		saveSession(storage, 'efgh5678', FRAGMENT, 1000);
		expect(loadSession(storage, 'abcd1234')?.showNames).toBeUndefined();
		expect(setSessionNames(storage, 'abcd1234', true)).toBe(true);
		saveSession(storage, 'abcd1234', `${FRAGMENT}b`, 2000);
		expect(loadSession(storage, 'abcd1234')).toEqual({
			id: 'abcd1234',
			created: 1000,
			updated: 2000,
			fragment: `${FRAGMENT}b`,
			showNames: true,
		});
		// The other session is still hidden.
		expect(loadSession(storage, 'efgh5678')?.showNames).toBeUndefined();
		setSessionNames(storage, 'abcd1234', false);
		expect(storage.getItem(sessionKey('abcd1234'))).not.toContain('showNames');
		expect(setSessionNames(storage, 'nosuch00', true)).toBe(false);
	});

	test('a stored value with anything but true for showNames reads as hidden', () => {
		const storage = memoryStorage();
		storage.setItem(
			sessionKey('abcd1234'),
			JSON.stringify({
				id: 'abcd1234',
				created: 1,
				updated: 2,
				fragment: FRAGMENT,
				showNames: 'yes',
			})
		);
		expect(loadSession(storage, 'abcd1234')).toEqual({
			id: 'abcd1234',
			created: 1,
			updated: 2,
			fragment: FRAGMENT,
		});
	});
});

describe('a team link received from someone else (#22)', () => {
	test('is marked so, the mark kept as the session changes, and cleared once run here', () => {
		const storage = memoryStorage();
		saveSession(storage, 'abcd1234', '#t=client-level!1.1.42..k3', 1000);
		expect(loadSession(storage, 'abcd1234')?.received).toBeUndefined();
		expect(setSessionReceived(storage, 'abcd1234', true)).toBe(true);
		saveSession(storage, 'abcd1234', FRAGMENT, 2000);
		expect(loadSession(storage, 'abcd1234')).toMatchObject({ fragment: FRAGMENT, received: true });
		setSessionReceived(storage, 'abcd1234', false);
		expect(loadSession(storage, 'abcd1234')).not.toHaveProperty('received');
	});

	test('there is nothing to mark in a session not kept, and a mark that is not `true` is none', () => {
		const storage = memoryStorage();
		expect(setSessionReceived(storage, 'zzzz9999', true)).toBe(false);
		storage.setItem(
			sessionKey('abcd1234'),
			JSON.stringify({
				id: 'abcd1234',
				created: 1,
				updated: 2,
				fragment: FRAGMENT,
				received: 'yes',
			})
		);
		expect(loadSession(storage, 'abcd1234')).not.toHaveProperty('received');
	});
});
