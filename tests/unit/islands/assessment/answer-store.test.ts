import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	MAX_HISTORY,
	answersKey,
	clearAnswers,
	emptyAnswers,
	loadAnswers,
	recordResult,
	saveAnswers,
	type PastResult,
	type SavedAnswers,
} from '../../../../src/islands/assessment/answer-store';
import { dayString } from '../../../../src/links/result-days';
import type { ShareCodeModel } from '../../../../src/links/share-code';
import { memoryStorage } from '../../support/memory-storage';
import { CODE_MODELS, codeModel, sampleAnswers } from '../../support/codes';

/** The real relationship-health check, and the same check after its statements change again. */
const model = codeModel('relationship-health');
const next: ShareCodeModel = {
	...model,
	version: model.version + 1,
	questionCount: model.questionCount - 2,
	earlier: [...model.earlier, { version: model.version, questionCount: model.questionCount }],
};
const key = answersKey(model.id);
const answers = sampleAnswers(model, 1);
const zeros = Array.from({ length: model.questionCount }, () => 0);

const past = (date: string | undefined, seed = 0, of: ShareCodeModel = model): PastResult => ({
	...(date === undefined ? {} : { date }),
	version: of.version,
	answers: sampleAnswers(of, seed),
});

const stored = (value: unknown) => memoryStorage({ [key]: JSON.stringify(value) });

describe('answersKey()', () => {
	test('keeps each side of an assessment under its own key in the namespace', () => {
		expect(answersKey('relationship-health')).toBe('clientship:v1:assessment:relationship-health');
		expect(answersKey('relationship-health', 'client')).toBe(
			'clientship:v1:assessment:relationship-health:client'
		);
	});
});

describe('loadAnswers()', () => {
	test('returns empty answers and no history when nothing is saved', () => {
		expect(loadAnswers(memoryStorage(), model)).toEqual({
			answers: zeros,
			submitted: false,
			name: '',
			history: [],
		});
		expect(emptyAnswers(3)).toEqual({
			answers: [0, 0, 0],
			submitted: false,
			name: '',
			history: [],
		});
	});

	test('returns what saveAnswers() saved, history included', () => {
		for (const side of CODE_MODELS) {
			const storage = memoryStorage();
			const saved: SavedAnswers = {
				answers: sampleAnswers(side, 2).map((answer, index) => (index === 1 ? 0 : answer)),
				submitted: false,
				name: 'Анна',
				history: [
					past(undefined, 1, side),
					past('2026-12-01', 2, side),
					past('2027-03-10', 3, side),
				],
			};
			saveAnswers(storage, side, saved);
			expect(loadAnswers(storage, side)).toEqual(saved);
		}
	});

	test('keeps the two sides of an assessment apart', () => {
		const storage = memoryStorage();
		const client: ShareCodeModel = { ...model, side: 'client' };
		saveAnswers(storage, client, { answers, submitted: true, name: 'Ольга', history: [] });
		expect(loadAnswers(storage, model).answers).toEqual(zeros);
		expect(loadAnswers(storage, client).name).toBe('Ольга');
		expect([...storage.entries.keys()]).toEqual([answersKey(model.id, 'client')]);
	});

	test('does not keep a result for incomplete answers', () => {
		const incomplete = answers.map((answer, index) => (index === 0 ? 0 : answer));
		const storage = stored({
			version: model.version,
			answers: incomplete,
			submitted: true,
			name: '',
			history: [],
		});
		expect(loadAnswers(storage, model)).toMatchObject({ answers: incomplete, submitted: false });
	});

	test('migrates data saved before the history existed to one undated result', () => {
		const storage = stored({ version: model.version, answers, submitted: true, name: 'Anna' });
		expect(loadAnswers(storage, model)).toEqual({
			answers,
			submitted: true,
			name: 'Anna',
			history: [{ version: model.version, answers }],
		});
	});

	test('migrates nothing from answers saved before the history that were never submitted', () => {
		const storage = stored({ version: model.version, answers, submitted: false, name: '' });
		expect(loadAnswers(storage, model).history).toEqual([]);
	});

	test('drops answers to an older version but keeps the history', () => {
		const history = [past('2026-12-01', 1), past('2026-12-20', 2)];
		const storage = stored({
			version: model.version,
			answers,
			submitted: true,
			name: 'Анна',
			history,
		});
		expect(loadAnswers(storage, next)).toEqual({
			answers: Array.from({ length: next.questionCount }, () => 0),
			submitted: false,
			name: 'Анна',
			history,
		});
		expect(storage.entries.has(key)).toBe(true);
	});

	test('drops answers to an older version when there is no history to keep', () => {
		const storage = stored({
			version: model.version,
			answers,
			submitted: true,
			name: '',
			history: [],
		});
		expect(loadAnswers(storage, next).answers).toHaveLength(next.questionCount);
		expect(storage.entries.has(key)).toBe(false);
	});

	test('drops a broken history entry alone', () => {
		const good = [past(undefined, 1), past('2026-12-01', 2), past('2027-01-15', 3)];
		const history = [
			good[0],
			null,
			'2026-12-01',
			{ date: '2026-02-30', version: model.version, answers },
			{ date: 20261201, version: model.version, answers },
			good[1],
			{ date: '2026-12-02', version: model.version, answers: answers.slice(1) },
			{ date: '2026-12-03', version: model.version, answers: answers.map(() => 0) },
			{ date: '2026-12-04', version: model.version, answers: answers.map(() => 6) },
			{ date: '2026-12-05', version: 99, answers },
			{ date: '2026-12-06', version: String(model.version), answers },
			[1, 2, 3],
			good[2],
		];
		const storage = stored({ version: model.version, answers, submitted: true, name: '', history });
		expect(loadAnswers(storage, model)).toMatchObject({ answers, submitted: true, history: good });
	});

	test('keeps history entries of an earlier version whose key the model keeps', () => {
		const old = past('2026-12-01', 1, model);
		const current = past('2027-06-01', 2, next);
		const storage = stored({
			version: next.version,
			answers: sampleAnswers(next),
			submitted: true,
			name: '',
			history: [old, current],
		});
		expect(loadAnswers(storage, next).history).toEqual([old, current]);
	});

	test('keeps at most MAX_HISTORY results, the latest', () => {
		const history = Array.from({ length: 20 }, (_, index) =>
			past(dayString(340 + index * 7), index)
		);
		const storage = stored({ version: model.version, answers, submitted: true, name: '', history });
		expect(MAX_HISTORY).toBe(12);
		expect(loadAnswers(storage, model).history).toEqual(history.slice(-12));
	});

	test('cleans a stored name instead of trusting it', () => {
		const storage = stored({
			version: model.version,
			answers,
			submitted: true,
			name: ' <b>Anna</b>\u202e ',
			history: [],
		});
		expect(loadAnswers(storage, model).name).toBe('b Anna /b');
	});

	test('never throws on junk, drops it and starts afresh', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((value) => JSON.stringify(value)),
					fc
						.record({
							version: fc.oneof(fc.constant(model.version), fc.jsonValue()),
							answers: fc.oneof(fc.constant(answers), fc.jsonValue()),
							submitted: fc.jsonValue(),
							name: fc.jsonValue(),
							history: fc.oneof(
								fc.array(
									fc.oneof(
										fc.constant(past('2026-12-01')),
										fc.record({
											date: fc.jsonValue(),
											version: fc.jsonValue(),
											answers: fc.jsonValue(),
										}),
										fc.jsonValue()
									)
								),
								fc.jsonValue()
							),
						})
						.map((value) => JSON.stringify(value))
				),
				(junk) => {
					const storage = memoryStorage({ [key]: junk });
					const loaded = loadAnswers(storage, model);
					expect(loaded.answers).toHaveLength(model.questionCount);
					expect(
						loaded.answers.every((answer) => Number.isInteger(answer) && answer >= 0 && answer <= 5)
					).toBe(true);
					expect(typeof loaded.name).toBe('string');
					expect(loaded.history.length).toBeLessThanOrEqual(MAX_HISTORY);
					for (const entry of loaded.history) {
						expect(entry.answers).toHaveLength(model.questionCount);
					}
				}
			)
		);
	});
});

describe('saveAnswers()', () => {
	test('saves the model’s version, a clean name and at most MAX_HISTORY results', () => {
		const storage = memoryStorage();
		const history = Array.from({ length: 15 }, (_, index) => past(dayString(340 + index), index));
		saveAnswers(storage, model, { answers, submitted: true, name: '  Anna\n ', history });
		expect(JSON.parse(storage.entries.get(key) ?? 'null')).toEqual({
			version: model.version,
			answers,
			submitted: true,
			name: 'Anna',
			history: history.slice(-MAX_HISTORY),
		});
	});
});

describe('recordResult()', () => {
	test('adds a result of another day at the end', () => {
		const march = past('2027-03-10', 1);
		const june = past('2027-06-12', 2);
		expect(recordResult([march], june)).toEqual([march, june]);
	});

	test('replaces a result of the same day: one result per day, the last', () => {
		const morning = past('2027-03-10', 1);
		const evening = past('2027-03-10', 2);
		const before = past('2027-03-01', 3);
		expect(recordResult([before, morning], evening)).toEqual([before, evening]);
		expect(recordResult([morning, before], evening)).toEqual([before, evening]);
	});

	test('keeps undated results, which belong to no day', () => {
		const undated = past(undefined, 1);
		expect(recordResult([undated], past(undefined, 2))).toHaveLength(2);
		expect(recordResult([undated], past('2027-03-10', 3))).toEqual([
			undated,
			past('2027-03-10', 3),
		]);
	});

	test('keeps the latest MAX_HISTORY results', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 333, max: 2000 }), { maxLength: 40 }), (days) => {
				let history: PastResult[] = [];
				for (const [index, day] of days.entries()) {
					history = recordResult(history, past(dayString(day), index));
				}
				expect(history.length).toBeLessThanOrEqual(MAX_HISTORY);
				const dates = history.map((entry) => entry.date);
				expect(new Set(dates).size).toBe(dates.length);
				if (days.length > 0)
					expect(history.at(-1)).toEqual(past(dayString(days.at(-1) ?? 0), days.length - 1));
			})
		);
	});
});

describe('clearAnswers()', () => {
	test('removes the saved answers and the history, of one side only', () => {
		const storage = memoryStorage();
		const client: ShareCodeModel = { ...model, side: 'client' };
		saveAnswers(storage, model, {
			answers,
			submitted: true,
			name: '',
			history: [past('2026-12-01')],
		});
		saveAnswers(storage, client, { answers, submitted: true, name: '', history: [] });
		clearAnswers(storage, model);
		expect([...storage.entries.keys()]).toEqual([answersKey(model.id, 'client')]);
		expect(loadAnswers(storage, model).history).toEqual([]);
	});
});
