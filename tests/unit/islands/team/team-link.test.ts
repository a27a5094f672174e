import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	MAX_TEAM_ENTRIES,
	readTeamFragment,
	teamFragment,
} from '../../../../src/islands/team/team-state';

const entry = fc.record({
	assessmentId: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
	code: fc.stringMatching(/^[0-9A-Za-z._-]{1,60}$/),
});

describe('teamFragment() and readTeamFragment()', () => {
	test('round-trip any team', () => {
		fc.assert(
			fc.property(fc.array(entry, { minLength: 1, maxLength: 30 }), (entries) => {
				expect(readTeamFragment(teamFragment(entries))).toEqual({ entries, unreadable: 0 });
			})
		);
	});

	test('an empty team has no fragment', () => {
		expect(teamFragment([])).toBe('');
	});

	test('ignores fragments that are not teams', () => {
		expect(readTeamFragment('#r=1.1.1..a')).toBeUndefined();
		expect(readTeamFragment('')).toBeUndefined();
	});

	test('counts unreadable parts and keeps the rest', () => {
		expect(readTeamFragment('#t=client-level!1.1.1..a~<script>~~x!')).toEqual({
			entries: [{ assessmentId: 'client-level', code: '1.1.1..a' }],
			unreadable: 2,
		});
	});

	test('never throws and caps the number of entries', () => {
		fc.assert(
			fc.property(fc.string(), (junk) => {
				const state = readTeamFragment(`#t=${junk}`);
				expect(state?.entries.length ?? 0).toBeLessThanOrEqual(MAX_TEAM_ENTRIES);
			})
		);
		const huge = readTeamFragment(
			`#t=${Array.from({ length: 300 }, () => 'client-level!1.1.1..a').join('~')}`
		);
		expect(huge?.entries).toHaveLength(MAX_TEAM_ENTRIES);
		expect(huge?.unreadable).toBe(100);
	});

	test('survives broken percent-encoding', () => {
		expect(readTeamFragment('#t=%E0%A4%A')?.entries).toEqual([]);
	});
});
