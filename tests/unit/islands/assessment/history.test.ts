import { describe, expect, test } from 'vitest';
import {
	changeSincePrevious,
	scoreHistory,
	type ScoredResult,
} from '../../../../src/islands/assessment/history';
import { scoreAnswers } from '../../../../src/islands/assessment/scoring';
import { shareCodeModelOf } from '../../../../src/islands/assessment/model';
import type { AssessmentModel } from '../../../../src/islands/assessment/model';
import { MODELS } from '../../../../scripts/lib/assessment-models';
import { sampleAnswers } from '../../support/codes';

const real = MODELS.find((model) => model.id === 'relationship-health' && model.side === 'agency');
if (!real) throw new Error('no relationship-health');
const codeModel = shareCodeModelOf(real);

/**
 * The same check after its statements change again: the first statement becomes reversed, and the
 * current statements' key is kept as an earlier version's.
 */
const changed: AssessmentModel = {
	...real,
	version: real.version + 1,
	questions: real.questions.map((question, index) =>
		index === 0 ? { ...question, reversed: !question.reversed } : question
	),
	earlierKeys: [
		...real.earlierKeys,
		{
			version: real.version,
			questions: real.questions.map(({ dimension, reversed }) => ({ dimension, reversed })),
		},
	],
};

const scoresOf = (model: AssessmentModel, answers: number[]) =>
	scoreAnswers(model, answers).dimensions.map((dimension) => dimension.score);

describe('scoreHistory()', () => {
	test('scores each past result with the key of the statements it answered', () => {
		const answers = sampleAnswers(codeModel, 1);
		const [old, current] = scoreHistory(changed, [
			{ date: '2026-12-01', version: real.version, answers },
			{ date: '2027-03-01', version: changed.version, answers },
		]);
		expect(old).toEqual({
			date: '2026-12-01',
			scores: scoresOf(real, answers),
			overall: scoreAnswers(real, answers).overall,
		});
		expect(current?.scores).toEqual(scoresOf(changed, answers));
		expect(current?.scores).not.toEqual(old?.scores);
	});

	test('leaves out a result whose key is gone, and keeps undated ones', () => {
		const answers = sampleAnswers(codeModel, 2);
		const scored = scoreHistory(real, [
			{ version: real.version, answers },
			{ date: '2026-12-01', version: real.version + 5, answers },
			{ date: '2026-12-02', version: real.version, answers },
		]);
		expect(scored.map((result) => result.date)).toEqual([undefined, '2026-12-02']);
	});

	test('gives every real side scores from 0 to 100 per dimension', () => {
		for (const model of MODELS) {
			const scored = scoreHistory(model, [
				{
					date: '2026-12-01',
					version: model.version,
					answers: sampleAnswers(shareCodeModelOf(model), 3),
				},
			]);
			expect(scored[0]?.scores).toHaveLength(model.dimensions.length);
			for (const score of scored[0]?.scores ?? []) {
				expect(score).toBeGreaterThanOrEqual(0);
				expect(score).toBeLessThanOrEqual(100);
			}
		}
	});
});

describe('changeSincePrevious()', () => {
	const result = (date: string | undefined, scores: number[]): ScoredResult => ({
		date,
		scores,
		overall: 0,
	});

	test('needs two results', () => {
		expect(changeSincePrevious([])).toBeUndefined();
		expect(changeSincePrevious([result('2027-03-10', [50])])).toBeUndefined();
	});

	test('gives the change per dimension since the previous result, and its day', () => {
		expect(
			changeSincePrevious([
				result('2026-12-01', [10, 10]),
				result('2027-03-10', [50, 80]),
				result('2027-06-12', [65, 70]),
			])
		).toEqual({ since: '2027-03-10', deltas: [15, -10] });
	});

	test('has no day to name when the previous result is undated', () => {
		expect(changeSincePrevious([result(undefined, [50]), result('2027-06-12', [40])])).toEqual({
			since: undefined,
			deltas: [-10],
		});
	});

	test('reads a dimension the previous result lacks as unchanged', () => {
		expect(
			changeSincePrevious([result('2027-03-10', [50]), result('2027-06-12', [60, 70])])
		).toEqual({ since: '2027-03-10', deltas: [10, 0] });
	});
});
