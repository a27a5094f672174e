import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	MAX_HISTORY,
	answersKey,
	clearAnswers,
	emptyAnswers,
	loadAnswers,
	mergeHistory,
	recordResult,
	updateAnswers,
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
			history: [],
		});
		expect(emptyAnswers(3)).toEqual({ answers: [0, 0, 0], submitted: false, history: [] });
	});

	test('returns what updateAnswers() saved, history included', () => {
		for (const side of CODE_MODELS) {
			const storage = memoryStorage();
			const saved: SavedAnswers = {
				answers: sampleAnswers(side, 2).map((answer, index) => (index === 1 ? 0 : answer)),
				submitted: false,
				history: [
					past(undefined, 1, side),
					past('2026-12-01', 2, side),
					past('2027-03-10', 3, side),
				],
			};
			expect(updateAnswers(storage, side, () => saved)).toEqual(saved);
			expect(loadAnswers(storage, side)).toEqual(saved);
		}
	});

	test('keeps the two sides of an assessment apart', () => {
		const storage = memoryStorage();
		const client: ShareCodeModel = { ...model, side: 'client' };
		updateAnswers(storage, client, () => ({ answers, submitted: true, history: [] }));
		expect(loadAnswers(storage, model).answers).toEqual(zeros);
		expect(loadAnswers(storage, client).answers).toEqual(answers);
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
			history: [{ version: model.version, answers }],
			legacyName: 'Anna',
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
			history,
			legacyName: 'Анна',
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

	test('cleans a name stored before names were kept once, instead of trusting it', () => {
		const storage = stored({
			version: model.version,
			answers,
			submitted: true,
			name: ' <b>Anna</b>\u202e ',
			history: [],
		});
		expect(loadAnswers(storage, model).legacyName).toBe('b Anna /b');
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
					expect(['string', 'undefined']).toContain(typeof loaded.legacyName);
					expect(loaded.history.length).toBeLessThanOrEqual(MAX_HISTORY);
					for (const entry of loaded.history) {
						expect(entry.answers).toHaveLength(model.questionCount);
					}
				}
			)
		);
	});
});

describe('updateAnswers()', () => {
	test('saves the model’s version and at most MAX_HISTORY results, no name', () => {
		const storage = memoryStorage();
		const history = Array.from({ length: 15 }, (_, index) => past(dayString(340 + index), index));
		updateAnswers(storage, model, () => ({ answers, submitted: true, history }));
		expect(JSON.parse(storage.entries.get(key) ?? 'null')).toEqual({
			version: model.version,
			answers,
			submitted: true,
			history: history.slice(-MAX_HISTORY),
		});
	});

	test('applies its change to what is stored now, not to what the page last read (#20)', () => {
		const storage = memoryStorage();
		// Tab A submits; tab B, opened before, still shows the empty form and taps one answer.
		updateAnswers(storage, model, (stored) => ({
			...stored,
			answers,
			submitted: true,
			history: recordResult(stored.history, past('2026-12-07', 1)),
		}));
		const tapped = zeros.map((zero, index) => (index === 0 ? 3 : zero));
		const after = updateAnswers(storage, model, (stored) => ({
			...stored,
			answers: tapped,
			submitted: false,
		}));
		expect(after.history).toEqual([past('2026-12-07', 1)]);
		expect(loadAnswers(storage, model).history).toEqual([past('2026-12-07', 1)]);
	});

	/** What a tab does, in any order with another tab's doings. */
	type Step =
		| { tab: 0 | 1; kind: 'tap'; question: number; choice: number }
		| { tab: 0 | 1; kind: 'submit' }
		| { tab: 0 | 1; kind: 'sync' };

	test('no interleaving of two tabs’ taps and submissions loses a submitted result (#20)', () => {
		const step: fc.Arbitrary<Step> = fc.oneof(
			fc.record({
				tab: fc.constantFrom(0 as const, 1 as const),
				kind: fc.constant('tap' as const),
				question: fc.nat({ max: model.questionCount - 1 }),
				choice: fc.integer({ min: 1, max: 5 }),
			}),
			fc.record({
				tab: fc.constantFrom(0 as const, 1 as const),
				kind: fc.constant('submit' as const),
			}),
			fc.record({
				tab: fc.constantFrom(0 as const, 1 as const),
				kind: fc.constant('sync' as const),
			})
		);
		fc.assert(
			fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
				const storage = memoryStorage();
				// What each tab shows: its own copy, which only a storage event (sync) refreshes.
				const shown: SavedAnswers[] = [
					emptyAnswers(model.questionCount),
					emptyAnswers(model.questionCount),
				];
				const submitted: PastResult[] = [];
				let day = 340;
				for (const { tab, ...action } of steps) {
					const mine = shown[tab] ?? emptyAnswers(model.questionCount);
					if (action.kind === 'sync') {
						shown[tab] = loadAnswers(storage, model);
					} else if (action.kind === 'tap') {
						const taps = mine.answers.map((answer, index) =>
							index === action.question ? action.choice : answer
						);
						shown[tab] = updateAnswers(storage, model, (stored) => ({
							...stored,
							answers: taps,
							submitted: false,
						}));
					} else {
						// Every tab submits only what it shows, complete or filled with 3s.
						const full = mine.answers.map((answer) => answer || 3);
						const result = past(dayString(day++), 0);
						const made = { ...result, answers: full };
						submitted.push(made);
						shown[tab] = updateAnswers(storage, model, (stored) => ({
							...stored,
							answers: full,
							submitted: true,
							history: recordResult(stored.history, made),
						}));
					}
				}
				expect(loadAnswers(storage, model).history).toEqual(submitted.slice(-MAX_HISTORY));
			})
		);
	});
});

describe('mergeHistory()', () => {
	test('keeps what either has, one result a day, the newer’s for a day both have, in the order made', () => {
		const march = past('2027-03-10', 1);
		const june = past('2027-06-12', 2);
		const juneAgain = past('2027-06-12', 3);
		const undated = past(undefined, 4);
		expect(mergeHistory([undated, march, june], [juneAgain])).toEqual([undated, march, juneAgain]);
		expect(mergeHistory([undated], [undated, june])).toEqual([undated, june]);
	});

	test('a result made on a device whose clock fell back is still the latest', () => {
		expect(recordResult([past('2026-12-07', 1)], past('2025-06-01', 2)).at(-1)).toEqual(
			past('2025-06-01', 2)
		);
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
		updateAnswers(storage, model, () => ({
			answers,
			submitted: true,
			history: [past('2026-12-01')],
		}));
		updateAnswers(storage, client, () => ({ answers, submitted: true, history: [] }));
		clearAnswers(storage, model);
		expect([...storage.entries.keys()]).toEqual([answersKey(model.id, 'client')]);
		expect(loadAnswers(storage, model).history).toEqual([]);
	});
});
