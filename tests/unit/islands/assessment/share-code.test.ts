import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	MAX_NAME_LENGTH,
	decodeShareCode,
	encodeShareCode,
	readShareFragment,
	sanitizeName,
	shareFragment,
	shareCodeModelOf,
	signShareCode,
} from '../../../../src/islands/assessment/share-code';
import { scoreAnswers } from '../../../../src/islands/assessment/scoring';
import { MODELS } from '../../support/assessments';
import frozen from '../../../fixtures/share-links-v1.json';

const small = { id: 'client-level', version: 1, questionCount: 3, choices: 5 };

/** Any complete answer set for a model. */
const answersFor = (questionCount: number, choices: number) =>
	fc.array(fc.integer({ min: 1, max: choices }), {
		minLength: questionCount,
		maxLength: questionCount,
	});

describe('encodeShareCode() and decodeShareCode()', () => {
	test.each(MODELS.map((model) => [model.id, model] as const))(
		'round-trip every answer set of %s, with any name',
		(_, model) => {
			const codeModel = shareCodeModelOf(model);
			fc.assert(
				fc.property(
					answersFor(codeModel.questionCount, codeModel.choices),
					fc.string({ maxLength: 60 }),
					(answers, name) => {
						const decoded = decodeShareCode(codeModel, encodeShareCode(codeModel, answers, name));
						expect(decoded).toEqual({ ok: true, value: { answers, name: sanitizeName(name) } });
					}
				)
			);
		}
	);

	test('round-trips names in any script, emoji included', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (name) => {
				const decoded = decodeShareCode(small, encodeShareCode(small, [1, 2, 3], name));
				expect(decoded.ok && decoded.value.name).toBe(sanitizeName(name));
			})
		);
	});

	test('refuses to encode an incomplete answer set', () => {
		expect(() => encodeShareCode(small, [4, 0, 5])).toThrow(RangeError);
		expect(() => encodeShareCode(small, [4, 2])).toThrow(RangeError);
	});
});

describe('decodeShareCode()', () => {
	const valid = encodeShareCode(small, [4, 2, 5], 'Anna');

	test('never throws and returns a typed error or a valid result, whatever the input', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (input) => {
				const decoded = decodeShareCode(small, input);
				if (decoded.ok) {
					expect(decoded.value.answers).toHaveLength(3);
					expect(decoded.value.name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH * 2);
				} else {
					expect(typeof decoded.error).toBe('string');
				}
			}),
			{ numRuns: 2000 }
		);
	});

	test('rejects every single-character change to a valid code', () => {
		fc.assert(
			fc.property(
				fc.nat({ max: valid.length - 1 }),
				fc.constantFrom(...'0123456789abcxyzABC-_.'),
				(index, char) => {
					fc.pre(valid[index] !== char);
					const altered = valid.slice(0, index) + char + valid.slice(index + 1);
					expect(decodeShareCode(small, altered).ok).toBe(false);
				}
			)
		);
	});

	test('rejects every truncation of a valid code', () => {
		for (let length = 0; length < valid.length; length++) {
			expect(decodeShareCode(small, valid.slice(0, length)).ok, valid.slice(0, length)).toBe(false);
		}
	});

	test.each([
		['an empty code', '', 'empty'],
		['blank space', '   ', 'empty'],
		['100 KB of text', 'x'.repeat(100_000), 'too-long'],
		['markup', '<script>alert(1)</script>', 'malformed'],
		['a future format', '2.1.425..abc', 'unknown-format'],
		['a letter among the answers', '1.1.4x5..abc', 'malformed'],
	])('reports %s as an error', (_, input, error) => {
		expect(decodeShareCode(small, input)).toEqual({ ok: false, error });
	});

	test('reports a code for another version of the assessment', () => {
		const older = encodeShareCode({ ...small, version: 2 }, [4, 2, 5]);
		expect(decodeShareCode(small, older)).toEqual({ ok: false, error: 'other-version' });
	});

	test('reports a code made for another assessment', () => {
		const other = encodeShareCode({ ...small, id: 'pushing-too-hard' }, [4, 2, 5]);
		expect(decodeShareCode(small, other)).toEqual({ ok: false, error: 'checksum' });
	});

	test('reports a code with the wrong number of answers or impossible answers, even with a valid check', () => {
		expect(decodeShareCode(small, encodeShareCode({ ...small, questionCount: 2 }, [4, 2]))).toEqual(
			{ ok: false, error: 'wrong-length' }
		);
		expect(decodeShareCode({ ...small, choices: 2 }, encodeShareCode(small, [4, 2, 5]))).toEqual({
			ok: false,
			error: 'bad-answer',
		});
	});

	test('never puts markup in a name it makes', () => {
		const code = encodeShareCode(small, [1, 1, 1], '<img src=x onerror=alert(1)>');
		expect(decodeShareCode(small, code)).toEqual({
			ok: true,
			value: { answers: [1, 1, 1], name: 'img src=x onerror=alert(1)' },
		});
	});

	test('rejects a forged code with markup or control characters in the name, even with a valid check', () => {
		for (const name of [
			'<script>alert(1)</script>',
			'Anna\u202eevil',
			' padded ',
			'x'.repeat(41),
		]) {
			const encoded = Buffer.from(name, 'utf8').toString('base64url');
			expect(decodeShareCode(small, signShareCode(small.id, `1.1.425.${encoded}`)), name).toEqual({
				ok: false,
				error: 'bad-name',
			});
		}
	});
});

describe('sanitizeName()', () => {
	test('removes control and direction-override characters and angle brackets, and collapses spaces', () => {
		expect(sanitizeName('  Anna \n Petrova\u202e ')).toBe('Anna Petrova');
		expect(sanitizeName('<b>Anna</b>')).toBe('b Anna /b');
	});

	test('cuts names to 40 characters, counting emoji and Cyrillic as one each', () => {
		expect([...sanitizeName('Я'.repeat(50))]).toHaveLength(40);
		expect([...sanitizeName('😀'.repeat(50))]).toHaveLength(40);
	});

	test('is idempotent', () => {
		fc.assert(
			fc.property(fc.string(), (name) => {
				expect(sanitizeName(sanitizeName(name))).toBe(sanitizeName(name));
			})
		);
	});
});

describe('readShareFragment()', () => {
	test('reads the code from a share fragment and ignores others', () => {
		expect(readShareFragment('#r=1.1.425..abc')).toBe('1.1.425..abc');
		expect(readShareFragment('#key-ideas')).toBeUndefined();
		expect(readShareFragment('')).toBeUndefined();
	});

	test('survives broken percent-encoding', () => {
		expect(readShareFragment('#r=%E0%A4%A')).toBe('%E0%A4%A');
	});

	test('inverts shareFragment()', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (code) => {
				expect(readShareFragment(shareFragment(encodeURIComponent(code)))).toBe(code);
			})
		);
	});
});

describe('links made by earlier versions (#13)', () => {
	test.each(frozen.links.map((link) => [link.link, link] as const))(
		'%s still opens with the answers, name and numbers it had',
		(_, link) => {
			const model = MODELS.find((candidate) => candidate.id === link.assessment);
			if (!model) throw new Error(`no assessment ${link.assessment}`);
			const code = readShareFragment(new URL(link.link).hash);
			const decoded = decodeShareCode(shareCodeModelOf(model), code);
			expect(decoded).toEqual({ ok: true, value: { answers: link.answers, name: link.name } });
			const result = scoreAnswers(model, link.answers);
			expect(Object.fromEntries(result.dimensions.map((d) => [d.id, d.score]))).toEqual(
				link.scores
			);
			expect(result.overall).toBe(link.overall);
		}
	);
});
