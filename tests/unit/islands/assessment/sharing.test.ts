/** What the reader's own result hands on: its link, its text, and one link to all results (#20, #24). */
import { describe, expect, test } from 'vitest';
import {
	addressWithResult,
	allResultEntries,
	isOwnResult,
	ownCode,
	shareText,
} from '../../../../src/islands/assessment/sharing';
import { answersKey, updateAnswers } from '../../../../src/islands/assessment/answer-store';
import { decodeShareCode } from '../../../../src/links/share-code';
import { scoreAnswers } from '../../../../src/islands/assessment/scoring';
import { MODELS } from '../../../../scripts/lib/assessment-models';
import { codeModel, sampleAnswers } from '../../support/codes';
import { memoryStorage } from '../../support/memory-storage';

const health = codeModel('relationship-health');
const level = codeModel('client-level');
const answers = sampleAnswers(health, 1);
const saved = {
	answers,
	submitted: true,
	history: [{ date: '2026-12-07', version: health.version, answers }],
};

describe('the reader’s own result in the address', () => {
	test('is recognised as their own, and a colleague’s is not', () => {
		const code = ownCode(health, saved, 'Анна', '2026-12-08');
		const decoded = decodeShareCode(health, code);
		if (!decoded.ok) throw new Error(decoded.error);
		expect(decoded.value.date).toBe('2026-12-07');
		expect(isOwnResult(decoded.value, saved, health)).toBe(true);
		const other = { ...decoded.value, answers: sampleAnswers(health, 2) };
		expect(isOwnResult(other, saved, health)).toBe(false);
		expect(isOwnResult(decoded.value, { ...saved, submitted: false }, health)).toBe(false);
	});

	test('replaces any other fragment', () => {
		expect(addressWithResult('/ru/lessons/a/', '?x=1', '2.1.9')).toBe('/ru/lessons/a/?x=1#r=2.1.9');
	});
});

describe('shareText()', () => {
	test('says the score and, for a likert result, the weakest area', () => {
		const model = MODELS.find((m) => m.id === 'relationship-health' && m.side === 'agency');
		if (!model) throw new Error('no model');
		const scored = scoreAnswers(
			model,
			model.questions.map((_, index) => (index < 4 ? 1 : 5))
		);
		const strings = {
			shareSummary: '{{title}}: {{score}}; {{area}}',
			shareSummaryOverall: '{{title}}: {{score}}',
		};
		const weakest = model.dimensions.find(
			(d) => d.id === scored.dimensions.slice().sort((a, b) => a.score - b.score)[0]?.id
		);
		expect(shareText(strings, model, scored)).toBe(
			`${model.title}: ${scored.overall}; ${weakest?.label}`
		);
		const sort = MODELS.find((m) => m.kind === 'sort');
		if (!sort) throw new Error('no sort model');
		const sorted = scoreAnswers(
			sort,
			sort.questions.map(() => 1)
		);
		expect(shareText(strings, sort, sorted)).toBe(`${sort.title}: ${sorted.overall}`);
	});
});

describe('allResultEntries()', () => {
	test('gathers the latest dated result of every assessment kept, readable by each assessment', () => {
		const storage = memoryStorage();
		updateAnswers(storage, health, () => saved);
		const levelAnswers = sampleAnswers(level, 3);
		updateAnswers(storage, level, () => ({
			answers: levelAnswers,
			submitted: true,
			history: [
				{ date: '2026-11-30', version: level.version, answers: sampleAnswers(level, 4) },
				{ date: '2026-12-06', version: level.version, answers: levelAnswers },
			],
		}));
		storage.setItem(answersKey('junk'), '{broken');
		storage.setItem('clientship:v1:progress', '{"opened":[]}');
		const entries = allResultEntries(storage, 'Анна');
		expect(entries.map((entry) => entry.assessmentId)).toEqual([
			'client-level',
			'relationship-health',
		]);
		const [first, second] = entries;
		expect(decodeShareCode(level, first?.code)).toEqual({
			ok: true,
			value: {
				answers: levelAnswers,
				name: 'Анна',
				date: '2026-12-06',
				side: 'agency',
				version: level.version,
			},
		});
		expect(decodeShareCode(health, second?.code).ok).toBe(true);
	});
});
