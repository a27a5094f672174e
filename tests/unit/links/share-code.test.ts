import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	CODE_CHARACTERS,
	MAX_CODE_LENGTH,
	SHARE_FORMAT,
	decodeShareCode,
	dropName,
	encodeShareCode,
	looksLikeShareCode,
	shareFragment,
	signShareCode,
	type ShareCodeModel,
} from '../../../src/links/share-code';
import { shareCodeModelOf } from '../../../src/islands/assessment/model';
import {
	FIRST_DATED_DAY,
	dayNote,
	dayNumber,
	dayString,
	localDay,
} from '../../../src/links/result-days';
import { MAX_NAME_LENGTH, sanitizeName } from '../../../src/links/share-name';
import { readAddress } from '../../../src/links/link-reader';
import { scoreAnswers, scoringModelFor } from '../../../src/islands/assessment/scoring';
import { MODELS, assessmentModels } from '../../../scripts/lib/assessment-models';
import {
	CODE_MODELS,
	TODAY,
	answersFor,
	codeModel,
	sampleAnswers,
	sampleCode,
} from '../support/codes';
import frozen from '../../fixtures/share-links-v1.json';
import frozenV2 from '../../fixtures/links-v2.json';
import { sessionPart } from '../../../src/links/session-name';

/** A small model of its own, so that its codes are short and every change can be tried. */
const small: ShareCodeModel = {
	id: 'client-level',
	side: 'agency',
	version: 1,
	questionCount: 3,
	choices: 5,
	earlier: [],
};

/** A small client's side, so that its codes are short too. */
const client: ShareCodeModel = {
	id: 'relationship-health',
	side: 'client',
	version: 1,
	questionCount: 4,
	choices: 5,
	earlier: [],
};

/** Every side of every real assessment, the client's side of `relationship-health` among them. */
const SIDES: readonly ShareCodeModel[] = CODE_MODELS;

const FIRST = dayNumber(FIRST_DATED_DAY) ?? 0;
const LAST = dayNumber(TODAY) ?? FIRST;
const relativeDay = (days: number) => dayString(LAST + days);

/** Any day a real code can carry: from the first dated day to today. */
const anyDay = fc.integer({ min: FIRST, max: LAST }).map(dayString);

/** Characters a code is made of, and a few that it never holds. */
const CODE_CHARS = [...'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ._-'];

const ok = (value: {
	answers: number[];
	name: string;
	date?: string | undefined;
	side?: 'agency' | 'client';
	version?: number;
}) => ({ ok: true, value: { side: 'agency', version: 1, ...value } });

describe('encodeShareCode() and decodeShareCode()', () => {
	test.each(SIDES.map((model) => [`${model.id} (${model.side})`, model] as const))(
		'round-trip every answer set of %s, with any name, on any day since dated codes exist',
		(_, model) => {
			fc.assert(
				fc.property(
					answersFor(model),
					fc.string({ maxLength: 60 }),
					anyDay,
					(answers, name, date) => {
						const code = encodeShareCode(model, answers, date, name);
						expect(decodeShareCode(model, code)).toEqual(
							ok({
								answers,
								name: sanitizeName(name),
								date,
								side: model.side,
								version: model.version,
							})
						);
					}
				)
			);
		}
	);

	test('writes the format, version, side and day first', () => {
		expect(encodeShareCode(small, [4, 2, 5], '2026-11-30', 'Anna')).toMatch(
			/^2\.1\.99\.425\.QW5uYQ\.[0-9a-z]+$/
		);
		expect(encodeShareCode(client, [4, 2, 5, 1], '2026-11-30')).toMatch(
			/^2\.1c\.99\.4251\.\.[0-9a-z]+$/
		);
		expect(SHARE_FORMAT).toBe(2);
	});

	test('round-trips names in any script, emoji included', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: MAX_NAME_LENGTH }), (name) => {
				const decoded = decodeShareCode(small, encodeShareCode(small, [1, 2, 3], TODAY, name));
				expect(decoded).toEqual(ok({ answers: [1, 2, 3], name: sanitizeName(name), date: TODAY }));
			})
		);
	});

	test('round-trips any Unicode name (binary strings)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (name) => {
				const decoded = decodeShareCode(small, encodeShareCode(small, [5, 5, 5], TODAY, name));
				expect(decoded).toEqual(ok({ answers: [5, 5, 5], name: sanitizeName(name), date: TODAY }));
			})
		);
	});

	test('round-trips a name of 40 emoji, the longest name in bytes', () => {
		const name = '😀'.repeat(MAX_NAME_LENGTH);
		const code = encodeShareCode(small, [1, 2, 3], TODAY, name);
		expect(decodeShareCode(small, code)).toEqual(ok({ answers: [1, 2, 3], name, date: TODAY }));
	});

	test('refuses to encode an incomplete or impossible answer set', () => {
		expect(() => encodeShareCode(small, [4, 0, 5], TODAY)).toThrow(RangeError);
		expect(() => encodeShareCode(small, [4, 2], TODAY)).toThrow(RangeError);
		expect(() => encodeShareCode(small, [4, 2, 6], TODAY)).toThrow(RangeError);
		expect(() => encodeShareCode(small, [4, 2, 2.5], TODAY)).toThrow(RangeError);
	});

	test('refuses to encode a day that is not a day', () => {
		for (const date of ['2026-02-30', '30.11.2026', '2026-11-30T10:00', '', '0000-01-01']) {
			expect(() => encodeShareCode(small, [4, 2, 5], date), date).toThrow(RangeError);
		}
	});
});

describe('decodeShareCode()', () => {
	const valid = encodeShareCode(small, [4, 2, 5], TODAY, 'Anna');

	test('never throws and returns a typed error or a valid result, whatever the input', () => {
		const models = [small, client, ...CODE_MODELS];
		fc.assert(
			fc.property(
				fc.constantFrom(...models),
				fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()),
				(model, input) => {
					const decoded = decodeShareCode(model, input, ['client-level', 'doing-or-being']);
					if (decoded.ok) {
						expect(decoded.value.answers).toHaveLength(model.questionCount);
						expect([...decoded.value.name].length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
					} else {
						expect(typeof decoded.error).toBe('string');
					}
				}
			),
			{ numRuns: 3000 }
		);
	});

	/** A code whose check is right but whose fields are anything of the right characters. */
	const forged = fc
		.tuple(
			fc.constantFrom('1', '2', '2', '3', '02'),
			fc.oneof(fc.constant('1'), fc.constant('01'), fc.stringMatching(/^[0-9]{0,3}c?$/)),
			fc.oneof(
				anyDay.map((date) => (dayNumber(date) ?? 0).toString(36)),
				anyDay.map((date) => `0${(dayNumber(date) ?? 0).toString(36)}`),
				fc.stringMatching(/^[0-9a-z]{0,5}$/)
			),
			fc.oneof(
				answersFor(small).map((answers) => answers.join('')),
				fc.stringMatching(/^[0-9]{0,5}$/)
			),
			fc.oneof(
				fc
					.string({ unit: 'grapheme', maxLength: MAX_NAME_LENGTH })
					.map((name) => Buffer.from(name, 'utf8').toString('base64url')),
				fc.stringMatching(/^[A-Za-z0-9_-]{0,6}$/),
				fc.stringMatching(/^[A-Za-z0-9_-]{0,200}$/)
			)
		)
		.map(([format, version, day, answers, name]) =>
			signShareCode(
				small.id,
				(format === '1'
					? [format, version, answers, name]
					: [format, version, day, answers, name]
				).join('.')
			)
		);

	test('never throws on a forged code with a valid check and fields of any shape', () => {
		fc.assert(
			fc.property(forged, (code) => {
				const decoded = decodeShareCode(small, code);
				if (decoded.ok) expect(decoded.value.answers).toHaveLength(3);
			}),
			{ numRuns: 3000 }
		);
	});

	test('accepts only the one code encodeShareCode() writes for a result', () => {
		fc.assert(
			fc.property(forged, (code) => {
				const decoded = decodeShareCode(small, code);
				if (!decoded.ok) return;
				const { answers, date, name, version } = decoded.value;
				const again =
					date === undefined
						? signShareCode(
								small.id,
								`1.${version}.${answers.join('')}.${Buffer.from(name, 'utf8').toString('base64url')}`
							)
						: encodeShareCode({ ...small, version }, answers, date, name);
				expect(again).toBe(code);
			}),
			{ numRuns: 3000 }
		);
	});

	test('rejects forged codes whose fields are written another way (#13)', () => {
		const fields = (name: string, day = '99', version = '1') =>
			signShareCode(small.id, `2.${version}.${day}.425.${name}`);
		expect(decodeShareCode(small, fields('QW5uYQ')).ok).toBe(true);
		// The same name with other trailing bits, the same day and version with leading zeros.
		expect(decodeShareCode(small, fields('QW5uYR')).ok).toBe(false);
		expect(decodeShareCode(small, fields('QW5uYQ', '099')).ok).toBe(false);
		expect(decodeShareCode(small, fields('QW5uYQ', '99', '01')).ok).toBe(false);
	});

	test.each(SIDES.map((model) => [`${model.id} (${model.side})`, model] as const))(
		'rejects every single-character change to a valid code of %s',
		(_, model) => {
			for (const name of ['', 'Анна Смирнова']) {
				const code = encodeShareCode(model, sampleAnswers(model, 1), TODAY, name);
				for (let index = 0; index < code.length; index++) {
					for (const char of CODE_CHARS) {
						if (code[index] === char) continue;
						const altered = code.slice(0, index) + char + code.slice(index + 1);
						expect(decodeShareCode(model, altered).ok, altered).toBe(false);
					}
				}
			}
		}
	);

	test('rejects any single-character change, deletion or insertion in any valid code', () => {
		fc.assert(
			fc.property(
				fc
					.constantFrom(...SIDES)
					.chain((model) =>
						fc.tuple(
							fc.constant(model),
							answersFor(model),
							fc.string({ unit: 'grapheme', maxLength: 40 }),
							anyDay
						)
					),
				fc.nat(),
				fc.constantFrom(...CODE_CHARS),
				fc.constantFrom('change', 'delete', 'insert'),
				([model, answers, name, date], at, char, edit) => {
					const code = encodeShareCode(model, answers, date, name);
					const index = at % code.length;
					const altered =
						edit === 'change'
							? code.slice(0, index) + char + code.slice(index + 1)
							: edit === 'delete'
								? code.slice(0, index) + code.slice(index + 1)
								: code.slice(0, index) + char + code.slice(index);
					fc.pre(altered !== code);
					expect(decodeShareCode(model, altered).ok).toBe(false);
				}
			),
			{ numRuns: 2000 }
		);
	});

	test('says every truncation of a valid code was cut off', () => {
		for (const model of SIDES) {
			for (const name of ['', 'Anna', 'Олег «Тимлид» Петров-Водкин, отдел прода']) {
				const code = encodeShareCode(model, sampleAnswers(model, 2), TODAY, name);
				expect(decodeShareCode(model, '')).toEqual({ ok: false, error: 'empty' });
				for (let length = 1; length < code.length; length++) {
					const cut = code.slice(0, length);
					expect(decodeShareCode(model, cut), cut).toEqual({ ok: false, error: 'cut-off' });
				}
			}
		}
	});

	test('says a truncated format-1 code was cut off', () => {
		for (const { code, assessment } of frozen.links) {
			const model = codeModel(assessment);
			for (let length = 1; length < code.length; length++) {
				const cut = code.slice(0, length);
				expect(decodeShareCode(model, cut), cut).toEqual({ ok: false, error: 'cut-off' });
			}
		}
	});

	test.each([
		['an empty code', '', 'empty'],
		['blank space', '   ', 'empty'],
		['a number', 42, 'empty'],
		['null', null, 'empty'],
		['100 KB of text', 'x'.repeat(100_000), 'too-long'],
		['one character over the limit', '2'.repeat(MAX_CODE_LENGTH + 1), 'too-long'],
		['markup', '<script>alert(1)</script>', 'malformed'],
		['a letter among the answers', '2.1.99.4x5..abc', 'malformed'],
		['a format-1 code with a letter among the answers', '1.1.4x5..abc', 'malformed'],
		['a seventh field', `${'2.1.99.425..abc'}.x`, 'malformed'],
		['format 0', '0.1.99.425..abc', 'malformed'],
		['a link instead of a code', 'https://x.org/en/assessments/client-level/', 'malformed'],
	])('reports %s as an error', (_, input, error) => {
		expect(decodeShareCode(small, input)).toEqual({ ok: false, error });
	});

	test('accepts white space around a code', () => {
		expect(decodeShareCode(small, `  ${valid}\n`)).toEqual(
			ok({ answers: [4, 2, 5], name: 'Anna', date: TODAY })
		);
	});

	test('says a code of a newer format was made by a newer version', () => {
		for (const code of [
			'3.1.99.425.QW5uYQ.abc',
			'3',
			'3.1c.99.425..x',
			'12.anything.at.all',
			signShareCode(small.id, '3.1.99.425.'),
		]) {
			expect(decodeShareCode(small, code), code).toEqual({
				ok: false,
				error: 'newer-version',
			});
		}
	});

	test('says a code of newer statements was made by a newer version', () => {
		const newer = encodeShareCode({ ...small, version: 2 }, [4, 2, 5], TODAY);
		expect(decodeShareCode(small, newer)).toEqual({ ok: false, error: 'newer-version' });
	});

	test('reads a code of earlier statements with their own question count and version', () => {
		const current: ShareCodeModel = {
			...small,
			version: 3,
			questionCount: 4,
			earlier: [{ version: 2, questionCount: 2 }],
		};
		const old = encodeShareCode({ ...small, version: 2, questionCount: 2 }, [4, 2], TODAY, 'Ива');
		expect(decodeShareCode(current, old)).toEqual(
			ok({ answers: [4, 2], name: 'Ива', date: TODAY, version: 2 })
		);
		const format1 = signShareCode(small.id, '1.2.31.');
		expect(decodeShareCode(current, format1)).toEqual(
			ok({ answers: [3, 1], name: '', version: 2 })
		);
	});

	test('says a code of earlier statements whose key is gone cannot be scored', () => {
		const current: ShareCodeModel = {
			...small,
			version: 3,
			earlier: [{ version: 2, questionCount: 3 }],
		};
		const old = encodeShareCode({ ...small, version: 1 }, [4, 2, 5], TODAY);
		expect(decodeShareCode(current, old)).toEqual({ ok: false, error: 'unknown-version' });
	});

	test('names the assessment a code pasted onto the wrong one belongs to', () => {
		const other = encodeShareCode({ ...small, id: 'pushing-too-hard' }, [4, 2, 5], TODAY);
		expect(
			decodeShareCode(small, other, ['client-level', 'pushing-too-hard', 'doing-or-being'])
		).toEqual({ ok: false, error: 'other-assessment', assessmentId: 'pushing-too-hard' });
		expect(decodeShareCode(small, other)).toEqual({ ok: false, error: 'altered' });
	});

	test('names the owner of a real format-1 code pasted onto the wrong page', () => {
		const ids = MODELS.map((model) => model.id);
		for (const { code, assessment } of frozen.links) {
			const wrong = CODE_MODELS.find(
				(model) => model.id !== assessment && model.questionCount === 12
			);
			if (!wrong) throw new Error('no other assessment of 12 statements');
			expect(decodeShareCode(wrong, code, ids)).toEqual({
				ok: false,
				error: 'other-assessment',
				assessmentId: assessment,
			});
		}
	});

	test('says a code of the client’s side does not fit an assessment without one', () => {
		const agency = CODE_MODELS.find(
			(model) =>
				model.side === 'agency' &&
				!CODE_MODELS.some((other) => other.id === model.id && other.side === 'client')
		);
		if (!agency) throw new Error('every assessment has a client’s side');
		const clientCode = encodeShareCode({ ...agency, side: 'client' }, sampleAnswers(agency), TODAY);
		expect(clientCode.split('.')[1]).toBe(`${agency.version}c`);
		expect(decodeShareCode(agency, clientCode)).toEqual({ ok: false, error: 'other-side' });
	});

	test('says a code of one side opened on the other side’s page is for the other side', () => {
		for (const model of SIDES.filter((side) => side.side === 'client')) {
			const agencyCode = encodeShareCode({ ...model, side: 'agency' }, sampleAnswers(model), TODAY);
			expect(decodeShareCode(model, agencyCode)).toEqual({ ok: false, error: 'other-side' });
			const agency = CODE_MODELS.find((other) => other.id === model.id && other.side === 'agency');
			if (!agency) continue;
			const clientCode = encodeShareCode(model, sampleAnswers(model), TODAY);
			expect(decodeShareCode(agency, clientCode)).toEqual({
				ok: false,
				error: 'other-side',
			});
		}
	});

	test('opens a result whatever its day: a clock that fell back, or one running ahead (#20)', () => {
		for (const date of ['1970-01-01', '2025-06-01', '2026-01-01', '2026-11-29']) {
			const code = encodeShareCode(small, [4, 2, 5], date);
			expect(decodeShareCode(small, code), date).toEqual(
				ok({ answers: [4, 2, 5], name: '', date })
			);
		}
		for (const days of [1, 2, 3, 30, 400, 10_000]) {
			const date = relativeDay(days);
			expect(decodeShareCode(small, encodeShareCode(small, [4, 2, 5], date)), date).toEqual(
				ok({ answers: [4, 2, 5], name: '', date })
			);
		}
	});

	test('writes a day before 2026 with a minus sign, and a day since as before', () => {
		expect(encodeShareCode(small, [4, 2, 5], '2025-12-31').split('.')[2]).toBe('-1');
		expect(encodeShareCode(small, [4, 2, 5], '2026-01-01').split('.')[2]).toBe('0');
		expect(encodeShareCode(small, [4, 2, 5], '2026-11-30').split('.')[2]).toBe('99');
	});

	test('any day a device can show round-trips, and every such code is a valid one', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date(-1e15), max: new Date(1e15), noInvalidDate: false }),
				fc.constantFrom(...SIDES),
				(now, model) => {
					const date = localDay(now);
					const answers = sampleAnswers(model);
					const decoded = decodeShareCode(model, encodeShareCode(model, answers, date));
					expect(decoded).toEqual(
						ok({ answers, name: '', date, side: model.side, version: model.version })
					);
				}
			)
		);
	});

	test('a day field that is no day of the years 1–9999 is refused, never a crash', () => {
		const code = signShareCode('client-level', '2.1.-zzzz.425.');
		expect(decodeShareCode(small, code)).toEqual({ ok: false, error: 'bad-date' });
	});

	test('never puts markup in a name it makes', () => {
		const code = encodeShareCode(small, [1, 1, 1], TODAY, '<img src=x onerror=alert(1)>');
		expect(decodeShareCode(small, code)).toEqual(
			ok({ answers: [1, 1, 1], name: 'img src=x onerror=alert(1)', date: TODAY })
		);
	});

	test('rejects a forged code with markup or control characters in the name, even with a valid check', () => {
		for (const name of [
			'<script>alert(1)</script>',
			'Anna\u202eevil',
			' padded ',
			'x'.repeat(41),
			'two  spaces',
			'line\nbreak',
		]) {
			const encoded = Buffer.from(name, 'utf8').toString('base64url');
			expect(
				decodeShareCode(small, signShareCode(small.id, `2.1.99.425.${encoded}`)),
				name
			).toEqual({ ok: false, error: 'bad-name' });
			expect(decodeShareCode(small, signShareCode(small.id, `1.1.425.${encoded}`)), name).toEqual({
				ok: false,
				error: 'bad-name',
			});
		}
	});

	test('rejects a forged name that is not UTF-8', () => {
		const encoded = Buffer.from([0xff, 0xfe, 0x41]).toString('base64url');
		expect(decodeShareCode(small, signShareCode(small.id, `2.1.99.425.${encoded}`))).toEqual({
			ok: false,
			error: 'bad-name',
		});
	});

	test('reports a code with the wrong number of answers or impossible answers, even with a valid check', () => {
		const two = encodeShareCode({ ...small, questionCount: 2 }, [4, 2], TODAY);
		expect(decodeShareCode(small, two)).toEqual({ ok: false, error: 'altered' });
		const five = encodeShareCode(small, [4, 2, 5], TODAY);
		expect(decodeShareCode({ ...small, choices: 2 }, five)).toEqual({
			ok: false,
			error: 'altered',
		});
	});
});

test("the real assessments include a client's side, so every test over SIDES covers one", () => {
	expect(SIDES.some((model) => model.side === 'client')).toBe(true);
});

describe('looksLikeShareCode()', () => {
	test('every code the site writes, and every frozen link, looks like a share code', () => {
		fc.assert(
			fc.property(
				fc
					.constantFrom(...SIDES)
					.chain((model) => fc.tuple(fc.constant(model), answersFor(model), anyDay)),
				fc.string({ unit: 'grapheme', maxLength: 40 }),
				([model, answers, date], name) => {
					expect(looksLikeShareCode(encodeShareCode(model, answers, date, name))).toBe(true);
				}
			)
		);
		for (const link of frozen.links) expect(looksLikeShareCode(link.code)).toBe(true);
	});

	test('a code of a newer format looks like one, so that its page can say so', () => {
		expect(looksLikeShareCode('9.1.99.425.QW5uYQ.1k3x9q')).toBe(true);
	});

	test('a cut-off code, a word or markup does not', () => {
		const code = sampleCode('client-level');
		for (const text of [code.slice(0, code.lastIndexOf('.')), 'results', '<b>2.1.9</b>', ''])
			expect(looksLikeShareCode(text)).toBe(false);
	});
});

describe('dropName()', () => {
	test('gives a valid code with an empty name and the same answers, day, side and version', () => {
		fc.assert(
			fc.property(
				fc
					.constantFrom(...SIDES)
					.chain((model) => fc.tuple(fc.constant(model), answersFor(model), anyDay)),
				fc.string({ unit: 'grapheme', maxLength: 40 }),
				([model, answers, date], name) => {
					const code = encodeShareCode(model, answers, date, name);
					const dropped = dropName(model.id, code);
					expect(dropped).toBe(encodeShareCode(model, answers, date));
					expect(decodeShareCode(model, dropped)).toEqual(
						ok({ answers, name: '', date, side: model.side, version: model.version })
					);
				}
			)
		);
	});

	test('drops the name of a format-1 code and keeps it readable', () => {
		for (const link of frozen.links) {
			const dropped = dropName(link.assessment, link.code);
			expect(dropped.split('.')).toHaveLength(5);
			expect(decodeShareCode(codeModel(link.assessment), dropped)).toEqual(
				ok({ answers: link.answers, name: '' })
			);
		}
	});

	test('leaves something that is not a code as it is', () => {
		expect(dropName('client-level', 'junk')).toBe('junk');
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
			fc.property(fc.string({ unit: 'binary' }), (name) => {
				expect(sanitizeName(sanitizeName(name))).toBe(sanitizeName(name));
			})
		);
	});
});

describe('dayNumber() and dayString()', () => {
	test('count days since 2026-01-01', () => {
		expect(dayNumber('2026-01-01')).toBe(0);
		expect(dayNumber(FIRST_DATED_DAY)).toBe(333);
		expect(dayString(333)).toBe('2026-11-30');
		expect(dayNumber('2027-03-01')).toBe(424);
		expect(dayNumber('2028-02-29')).toBe(789);
	});

	test('are each other’s inverse', () => {
		fc.assert(
			fc.property(fc.integer({ min: -1000, max: 100_000 }), (day) => {
				expect(dayNumber(dayString(day))).toBe(day);
			})
		);
	});

	test('refuse what is not a real day', () => {
		for (const text of [
			'2026-02-29',
			'2026-13-01',
			'2026-00-10',
			'2026-1-1',
			'30.11.2026',
			'',
			'x',
		]) {
			expect(dayNumber(text), text).toBeUndefined();
		}
	});
});

describe('localDay()', () => {
	test('gives the reader’s own calendar day, not the UTC one', () => {
		expect(localDay(new Date(2026, 10, 30, 0, 5))).toBe('2026-11-30');
		expect(localDay(new Date(2026, 10, 30, 23, 55))).toBe('2026-11-30');
		expect(localDay(new Date(2027, 0, 2))).toBe('2027-01-02');
	});

	test('gives a day a code can carry whatever the clock says: before 1970, far ahead, invalid', () => {
		expect(localDay(new Date(1969, 11, 31))).toBe('1970-01-01');
		expect(localDay(new Date(Number.NaN))).toBe('1970-01-01');
		expect(localDay(new Date(8_000_000_000_000_000))).toMatch(/^6624-/);
	});
});

describe('dayNote()', () => {
	test('a day before dated results existed, or more than a day ahead, looks wrong; a time zone does not', () => {
		expect(dayNote('2025-06-01', '2026-12-07')).toBe('before-dated');
		expect(dayNote('1970-01-01', '2026-12-07')).toBe('before-dated');
		expect(dayNote('2026-12-07', '2026-12-07')).toBeUndefined();
		expect(dayNote('2026-12-08', '2026-12-07')).toBeUndefined();
		expect(dayNote('2026-12-09', '2026-12-07')).toBe('ahead');
		expect(dayNote('2026-11-30', '2026-12-07')).toBeUndefined();
	});
});

describe('shareCodeModelOf()', () => {
	test('gives each real side its statement count, choices and earlier versions', () => {
		for (const model of MODELS) {
			expect(shareCodeModelOf(model)).toEqual({
				id: model.id,
				side: model.side,
				version: model.version,
				questionCount: model.questions.length,
				choices: model.kind === 'likert' ? 5 : model.dimensions.length,
				earlier: model.earlierKeys.map((key) => ({
					version: key.version,
					questionCount: key.questions.length,
				})),
			});
		}
		const real = MODELS.find((model) => model.id === 'relationship-health');
		if (!real) throw new Error('no relationship-health');
		const changed = {
			...real,
			version: 2,
			earlierKeys: [{ version: 1, questions: real.questions.slice(0, 10) }],
		};
		expect(shareCodeModelOf(changed).earlier).toEqual([{ version: 1, questionCount: 10 }]);
	});
});

describe('links made by earlier versions (#13)', () => {
	const byLang = { en: assessmentModels('en'), ru: assessmentModels('ru') };

	describe.each(['en', 'ru'] as const)('on the %s page', (lang) => {
		test.each(frozen.links.map((link) => [link.link, link] as const))(
			'%s still opens with the answers, name and numbers it had',
			(_, link) => {
				const model = byLang[lang].find(
					(candidate) => candidate.id === link.assessment && candidate.side === 'agency'
				);
				if (!model) throw new Error(`no assessment ${link.assessment}`);
				const found = readAddress(link.link);
				const code = found?.kind === 'result' ? found.code : undefined;
				expect(code).toBe(link.code);
				const decoded = decodeShareCode(shareCodeModelOf(model), code);
				expect(decoded).toEqual(ok({ answers: link.answers, name: link.name }));
				if (!decoded.ok) return;
				expect(decoded.value.date).toBeUndefined();
				const scoring = scoringModelFor(model, decoded.value.version);
				if (!scoring) throw new Error(`no key for version ${decoded.value.version}`);
				const result = scoreAnswers(scoring, link.answers);
				expect(Object.fromEntries(result.dimensions.map((d) => [d.id, d.score]))).toEqual(
					link.scores
				);
				expect(result.overall).toBe(link.overall);
			}
		);
	});

	test('the frozen team links hold codes that open with the frozen answers and names', () => {
		const frozenByCode = new Map(frozen.links.map((link) => [link.code, link]));
		for (const teamLink of frozen.teamLinks) {
			const entries = new URL(teamLink).hash.replace(/^#t=/, '').split('~');
			expect(entries.length).toBeGreaterThan(1);
			for (const entry of entries) {
				const [assessment = '', code = ''] = entry.split('!');
				const link = frozenByCode.get(code);
				expect(link?.assessment).toBe(assessment);
				expect(decodeShareCode(codeModel(assessment), code)).toEqual(
					ok({ answers: link?.answers ?? [], name: link?.name ?? '' })
				);
			}
		}
	});

	test('the code quoted in issue 11 opens', () => {
		for (const { assessment, code } of frozen.fromTheField) {
			const decoded = decodeShareCode(codeModel(assessment), code);
			expect(decoded).toEqual(
				ok({ answers: [...(code.split('.')[2] ?? '')].map(Number), name: 'Анна Смирнова' })
			);
		}
	});
});

describe('format-2 links made before session names (#22)', () => {
	test.each(frozenV2.links.map((link) => [link.link, link] as const))(
		'%s opens with its answers, name, day and numbers, with or without a session after it',
		(_, link) => {
			for (const address of [link.link, `${link.link}${sessionPart('Северный ветер')}`]) {
				const found = readAddress(address);
				expect(found?.kind === 'result' && found.code).toBe(link.code);
				const model = MODELS.find(
					(candidate) => candidate.id === link.assessment && candidate.side === link.side
				);
				if (!model) throw new Error(`no ${link.side} side of ${link.assessment}`);
				const decoded = decodeShareCode(shareCodeModelOf(model), link.code);
				expect(decoded).toMatchObject({
					ok: true,
					value: { answers: link.answers, name: link.name, date: link.date, side: link.side },
				});
				if (!decoded.ok) return;
				const scoring = scoringModelFor(model, decoded.value.version);
				if (!scoring) throw new Error(`no key for version ${decoded.value.version}`);
				const result = scoreAnswers(scoring, link.answers);
				expect(Object.fromEntries(result.dimensions.map((d) => [d.id, d.score]))).toEqual(
					link.scores
				);
				expect(result.overall).toBe(link.overall);
			}
		}
	);
});

describe('share link length (#13)', () => {
	test('a format-2 link stays short, with a 40-character Cyrillic name and without a name', () => {
		const name = 'Констанция Вишневская-Колесниченко, отдел';
		const cyrillic = [...name].slice(0, MAX_NAME_LENGTH).join('');
		expect([...cyrillic]).toHaveLength(40);
		const rows = SIDES.map((model) => {
			const answers = sampleAnswers(model, 3);
			const page = `https://clientship.example/ru/assessments/${model.id}/${model.side === 'client' ? 'client/' : ''}`;
			const named = page + shareFragment(encodeShareCode(model, answers, TODAY, cyrillic));
			const anonymous = page + shareFragment(encodeShareCode(model, answers, TODAY));
			return {
				assessment: `${model.id} (${model.side})`,
				named: named.length,
				anonymous: anonymous.length,
			};
		});
		console.log(
			`v2 link lengths (origin https://clientship.example, /ru/):\n${rows
				.map(
					(row) =>
						`  ${row.assessment}: ${row.named} with a 40-character Cyrillic name, ${row.anonymous} without`
				)
				.join('\n')}`
		);
		for (const row of rows) {
			expect(row.named).toBeLessThan(250);
			expect(row.anonymous).toBeLessThan(120);
		}
		expect(
			new RegExp(`^[${CODE_CHARACTERS}]+$`).test(encodeShareCode(small, [1, 2, 3], TODAY, name))
		).toBe(true);
	});
});
