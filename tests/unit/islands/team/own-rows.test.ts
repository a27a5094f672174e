/** The reader's own rows in a team link they received (#22). */
import { describe, expect, test } from 'vitest';
import { keptOnDevice, ownRows, type RowResult } from '../../../../src/islands/team/own-rows';
import { updateAnswers } from '../../../../src/islands/assessment/answer-store';
import { MODELS } from '../../../../scripts/lib/assessment-models';
import { codeModel, sampleAnswers } from '../../support/codes';
import { memoryStorage } from '../../support/memory-storage';

const health = codeModel('relationship-health');
const mine = sampleAnswers(health, 1);
const theirs = sampleAnswers(health, 2);
const earlier = sampleAnswers(health, 3);

const row = (answers: readonly number[], date?: string, side: 'agency' | 'client' = 'agency') =>
	({
		assessmentId: 'relationship-health',
		side,
		answers,
		date,
		version: health.version,
	}) satisfies RowResult;

const kept = {
	saved: {
		answers: mine,
		submitted: true,
		history: [
			{ date: '2026-09-10', version: health.version, answers: earlier },
			{ date: '2026-12-04', version: health.version, answers: mine },
		],
	},
	version: health.version,
};

describe('own rows in a received team link (#22)', () => {
	test('the row with this device’s latest result is the reader’s, the others not', () => {
		const rows = [row(theirs, '2026-12-04'), row(mine, '2026-12-04'), row(theirs, '2026-12-04')];
		expect([...ownRows(rows, () => kept)]).toEqual([1]);
	});

	test('a reader in both rounds is marked in both', () => {
		const rows = [row(earlier, '2026-09-10'), row(theirs, '2026-09-10'), row(mine, '2026-12-04')];
		expect([...ownRows(rows, () => kept)]).toEqual([0, 2]);
	});

	test('the same answers on another day, side or version are someone else’s', () => {
		const rows = [
			row(mine, '2026-12-05'),
			row(mine, '2026-12-04', 'client'),
			{ ...row(mine, '2026-12-04'), version: health.version + 1 },
		];
		expect(ownRows(rows, (_, side) => (side === 'agency' ? kept : undefined)).size).toBe(0);
	});

	test('an undated result (made before dates were kept) matches by its answers', () => {
		expect([...ownRows([row(mine)], () => kept)]).toEqual([0]);
	});

	test('answers in progress, never submitted, mark nothing', () => {
		const inProgress = {
			saved: { answers: mine, submitted: false, history: [] },
			version: health.version,
		};
		expect(ownRows([row(mine, '2026-12-04')], () => inProgress).size).toBe(0);
	});

	test('read from this device’s storage: nothing kept marks nothing, a kept result its row', () => {
		const storage = memoryStorage();
		const rows = [row(theirs, '2026-12-04'), row(mine, '2026-12-04')];
		expect(ownRows(rows, keptOnDevice(storage, MODELS)).size).toBe(0);
		updateAnswers(storage, health, () => kept.saved);
		expect([...ownRows(rows, keptOnDevice(storage, MODELS))]).toEqual([1]);
		// An assessment this site does not have is nobody's.
		expect(
			ownRows([{ ...row(mine, '2026-12-04'), assessmentId: 'gone' }], keptOnDevice(storage, MODELS))
				.size
		).toBe(0);
	});
});
