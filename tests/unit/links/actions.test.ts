import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	MAX_ACTIONS,
	MAX_WHAT_LENGTH,
	MAX_WHO_LENGTH,
	cleanText,
	decodeActions,
	encodeActions,
	limitInput,
	moveAction,
	normalizeAction,
	type AgreedAction,
} from '../../../src/links/actions';
import { signShareCode } from '../../../src/links/share-code';
import { readTeamPayload, teamFragment } from '../../../src/links/team-link';

const day = fc
	.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z') })
	.filter((date) => !Number.isNaN(date.getTime()))
	.map((date) => date.toISOString().slice(0, 10));
const id = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
const text = (max: number) =>
	fc
		.string({ unit: 'grapheme', minLength: 1, maxLength: max })
		.map((value) => cleanText(value, max).text)
		.filter((value) => value !== '');
const action: fc.Arbitrary<AgreedAction> = fc.record({
	what: text(MAX_WHAT_LENGTH),
	who: fc.oneof(fc.constant(''), text(MAX_WHO_LENGTH)),
	due: fc.oneof(fc.constant(''), day),
	area: fc.option(fc.record({ assessmentId: id, dimensionId: id }), { nil: undefined }),
});
const withoutEmptyArea = (actions: AgreedAction[]) =>
	actions.map(({ area, ...rest }) => (area ? { ...rest, area } : rest));

describe('encodeActions() and decodeActions()', () => {
	test('round-trip any actions, in any script, with markup kept as text', () => {
		fc.assert(
			fc.property(fc.array(action, { minLength: 1, maxLength: MAX_ACTIONS }), (actions) => {
				const part = encodeActions(actions);
				expect(part).toMatch(/^[0-9A-Za-z._~-]+$/);
				expect(decodeActions(part)).toEqual({ ok: true, actions: withoutEmptyArea(actions) });
			})
		);
	});

	test('keep markup and Cyrillic exactly as typed', () => {
		const actions = [
			{
				what: '<script>alert(1)</script> «Позвонить» Ильзе',
				who: '<b>Тимур</b>',
				due: '2027-03-15',
			},
		];
		expect(decodeActions(encodeActions(actions))).toEqual({ ok: true, actions });
	});

	test('no actions, no part; an empty part is no actions', () => {
		expect(encodeActions([])).toBe('');
		expect(encodeActions([{ what: '   ', who: 'Anna', due: '' }])).toBe('');
		expect(decodeActions('')).toEqual({ ok: true, actions: [] });
	});

	test('cut over-long text and leave out actions beyond the limit', () => {
		const long = { what: 'я'.repeat(200), who: 'Б'.repeat(60), due: '' };
		const read = decodeActions(encodeActions(Array.from({ length: 20 }, () => long)));
		expect(read.ok && read.actions).toHaveLength(MAX_ACTIONS);
		expect(read.ok && [...(read.actions[0]?.what ?? '')]).toHaveLength(MAX_WHAT_LENGTH);
		expect(read.ok && [...(read.actions[0]?.who ?? '')]).toHaveLength(MAX_WHO_LENGTH);
	});

	test('say a part is damaged when any character is changed, removed or cut off', () => {
		const part = encodeActions([
			{ what: 'Call Ilze about the smoking line', who: 'Tomás', due: '2027-03-15' },
			{
				what: 'Book the next check',
				who: '',
				due: '',
				area: { assessmentId: 'a', dimensionId: 'b' },
			},
		]);
		const alphabet = 'A0a_-.~x';
		for (let index = 0; index < part.length; index++) {
			for (const replacement of alphabet) {
				const changed = `${part.slice(0, index)}${replacement}${part.slice(index + 1)}`;
				if (changed !== part) expect(decodeActions(changed).ok, changed).toBe(false);
			}
			expect(decodeActions(part.slice(0, index) + part.slice(index + 1)).ok).toBe(false);
			if (index > 0) expect(decodeActions(part.slice(0, index)).ok).toBe(false);
		}
	});

	test('never throw, whatever the input', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (input) => {
				const read = decodeActions(input);
				expect(typeof read.ok).toBe('boolean');
			})
		);
	});

	test('reject text this site would not write, even with a valid check', () => {
		for (const forged of [
			'1~.AA..', // no "what"
			'1~QQ.AA.20270230.', // 30 February
			'1~QQ.AA..a_b_c', // an area with three parts
			'1~QQ.AA.', // a field missing
			'1~IEE.AA..', // " A": not trimmed
			'1~QQA.AA..', // a non-canonical encoding of "A"
			'1~_w.AA..', // not UTF-8
		]) {
			expect(decodeActions(signShareCode('actions', forged)).ok, forged).toBe(false);
		}
	});

	test('say a part from a newer format was made by a newer version', () => {
		expect(decodeActions('2~QQ..x.abc')).toEqual({ ok: false, problem: 'newer-version' });
	});
});

describe('the actions part in a team link', () => {
	test('travels after the results and comes back unchanged', () => {
		const actions = encodeActions([{ what: 'Send «the minutes» & agenda?', who: '', due: '' }]);
		const fragment = teamFragment({
			entries: [{ assessmentId: 'client-level', code: '1.1.42..k3' }],
			actions,
		});
		const read = readTeamPayload(fragment.replace(/^#t=/, ''));
		expect(read.entries).toHaveLength(1);
		expect(read.actions).toBe(actions);
	});

	test('a damaged actions part leaves the results readable', () => {
		const actions = encodeActions([{ what: 'Call Ilze', who: '', due: '' }]);
		const fragment = teamFragment({
			entries: [{ assessmentId: 'client-level', code: '1.1.42..k3' }],
			actions: actions.slice(0, -3),
		});
		const read = readTeamPayload(fragment.replace(/^#t=/, ''));
		expect(read.entries).toEqual([{ assessmentId: 'client-level', code: '1.1.42..k3' }]);
		expect(decodeActions(read.actions)).toEqual({ ok: false, problem: 'damaged' });
	});
});

describe('cleanText() and limitInput()', () => {
	test('collapse white space, drop control and direction characters, cut by characters', () => {
		expect(cleanText('  Call\n\tIlze\u202e  ', 140)).toEqual({ text: 'Call Ilze', isCut: false });
		expect(cleanText('😀'.repeat(41), 40)).toEqual({ text: '😀'.repeat(40), isCut: true });
	});

	test('limitInput keeps a trailing space while typing and says when it cut', () => {
		expect(limitInput('Call ', 140)).toEqual({ text: 'Call ', isCut: false });
		expect(limitInput('я'.repeat(141), 140)).toEqual({ text: 'я'.repeat(140), isCut: true });
	});
});

describe('normalizeAction()', () => {
	test('drops an action with nothing to do and a day that does not exist', () => {
		expect(normalizeAction({ what: ' ', who: 'Anna', due: '' })).toBeUndefined();
		expect(normalizeAction({ what: 'x', who: '', due: '2027-02-30' })).toEqual({
			what: 'x',
			who: '',
			due: '',
		});
	});
});

describe('moveAction()', () => {
	test('moves within the list and never past its ends', () => {
		expect(moveAction(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
		expect(moveAction(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
		expect(moveAction(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
		expect(moveAction(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
	});
});
