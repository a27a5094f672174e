import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	MAX_ACTIONS,
	MAX_WHAT_LENGTH,
	MAX_WHO_LENGTH,
	ACTION_STATUSES,
	cleanText,
	decodeActions,
	encodeActions,
	limitInput,
	moveAction,
	normalizeAction,
	statusOf,
	type AgreedAction,
} from '../../../src/links/actions';
import frozenV2 from '../../fixtures/links-v2.json';
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
	status: fc.option(fc.constantFrom(...ACTION_STATUSES), { nil: undefined }),
	round: fc.option(day, { nil: undefined }),
});
// As kept: no empty area or round, and `open` said by leaving the status out.
const withoutEmptyArea = (actions: AgreedAction[]) =>
	actions.map(({ area, status, round, ...rest }) => ({
		...rest,
		...(area ? { area } : {}),
		...(status && status !== 'open' ? { status } : {}),
		...(round ? { round } : {}),
	}));

/**
 * Actions parts of format 1, written by the site before statuses (2026-12), frozen: they must
 * open in every later version.
 */
const FORMAT_1_PARTS = [
	{
		part: '1~0J_QvtC30LLQvtC90LjRgtGMINCY0LvRjNC30LUg0L_RgNC-INGA0LXQutC70LDQvNGDINGB0LjQs9Cw0YDQtdGC.0KLQuNC80YPRgA.20270315.relationship-health_respect~Qm9vayB0aGUgbmV4dCBoZWFsdGggY2hlY2sgPGI-SnVuZTwvYj4....16u1qbp',
		actions: [
			{
				what: 'Позвонить Ильзе про рекламу сигарет',
				who: 'Тимур',
				due: '2027-03-15',
				area: { assessmentId: 'relationship-health', dimensionId: 'respect' },
			},
			{ what: 'Book the next health check <b>June</b>', who: '', due: '' },
		],
	},
];

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
		expect(decodeActions('3~QQ..x.abc')).toEqual({ ok: false, problem: 'newer-version' });
	});

	test('keep each status and the round an action was agreed in (#22)', () => {
		const actions: AgreedAction[] = ACTION_STATUSES.map((status, index) => ({
			what: `Action ${index}`,
			who: '',
			due: '',
			status,
			round: '2027-03-10',
		}));
		const part = encodeActions(actions);
		expect(part).toMatch(/^2~/);
		const read = decodeActions(part);
		expect(read.ok && read.actions.map(statusOf)).toEqual([...ACTION_STATUSES]);
		expect(read.ok && read.actions.map((action) => action.round)).toEqual(
			ACTION_STATUSES.map(() => '2027-03-10')
		);
	});

	test('open every part of format 1 as it was, each action open and of no known round (frozen)', () => {
		for (const { part, actions } of FORMAT_1_PARTS) {
			expect(decodeActions(part)).toEqual({ ok: true, actions });
		}
		// The frozen team link of 2026-11 carries one.
		const link = frozenV2.teamLinks[0]?.link ?? '';
		const read = decodeActions(/&a=([^&]+)/.exec(link)?.[1]);
		expect(
			read.ok && read.actions.map((action) => [action.who, statusOf(action), action.round])
		).toEqual([['Tomás', 'open', undefined]]);
	});

	test('reject a status or a round this site would not write, even with a valid check', () => {
		for (const forged of [
			'2~QQ...', // status and round missing
			'2~QQ....q.', // no such status
			'2~QQ.....', // an empty status
			'2~QQ....o.20270230', // a round on 30 February
			'2~QQ....o.2027031', // a round cut short
			'2~QQ....d.20270310.', // a field too many
			'1~QQ....d.20270310', // format 1 with format 2's fields
		]) {
			expect(decodeActions(signShareCode('actions', forged)).ok, forged).toBe(false);
		}
		expect(decodeActions(signShareCode('actions', '2~QQ....d.20270310'))).toEqual({
			ok: true,
			actions: [{ what: 'A', who: '', due: '', status: 'done', round: '2027-03-10' }],
		});
	});

	test('text stays text and nothing throws, whatever a link carries (fast-check)', () => {
		const field = fc.oneof(fc.string(), fc.constantFrom('', 'o', 'p', 'd', 'x', '20270310'));
		fc.assert(
			fc.property(
				fc.constantFrom('1', '2'),
				fc.array(fc.array(field, { minLength: 4, maxLength: 7 }), { minLength: 1, maxLength: 4 }),
				(format, records) => {
					const body = [format, ...records.map((fields) => fields.join('.'))].join('~');
					const read = decodeActions(signShareCode('actions', body));
					if (!read.ok) return;
					for (const action of read.actions) {
						expect(typeof action.what).toBe('string');
						expect(ACTION_STATUSES).toContain(statusOf(action));
						expect(normalizeAction(action)).toEqual(action);
					}
				}
			)
		);
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

	test('leaves out the default status and a round that is not a day', () => {
		expect(
			normalizeAction({ what: 'x', who: '', due: '', status: 'open', round: '2027-13-01' })
		).toEqual({ what: 'x', who: '', due: '' });
		expect(
			normalizeAction({
				what: 'x',
				who: '',
				due: '',
				status: 'closed' as never,
				round: '2027-03-10',
			})
		).toEqual({ what: 'x', who: '', due: '', round: '2027-03-10' });
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
