import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_TEXT_LENGTH, extractShareLinks } from '../../../../src/islands/team/link-extraction';

const KNOWN = ['client-level', 'relationship-health', 'doing-or-being'];

describe('extractShareLinks()', () => {
	test('finds links inside chat messages, in either language and under any base path', () => {
		const text = [
			'Hi! Mine: https://clientship.example/en/assessments/client-level/#r=1.1.425..k3x9.',
			'[10:02] Борис: вот https://host.org/sub/path/ru/assessments/relationship-health/#r=1.1.4444.0JHQvtGA0LjRgQ.1s42b3w — посмотри',
			'(http://localhost:4321/en/assessments/doing-or-being/#r=1.1.1212121212..abc)',
		].join('\n');
		expect(extractShareLinks(text, KNOWN).links).toEqual([
			{ line: 1, assessmentId: 'client-level', code: '1.1.425..k3x9' },
			{ line: 2, assessmentId: 'relationship-health', code: '1.1.4444.0JHQvtGA0LjRgQ.1s42b3w' },
			{ line: 3, assessmentId: 'doing-or-being', code: '1.1.1212121212..abc' },
		]);
	});

	test('finds several links on one line', () => {
		const line =
			'a https://x.org/en/assessments/client-level/#r=1.1.1..a b https://x.org/ru/assessments/client-level/#r=1.1.2..b';
		expect(extractShareLinks(line, KNOWN).links.map((link) => link.code)).toEqual([
			'1.1.1..a',
			'1.1.2..b',
		]);
	});

	test('reports each line without a link, with its number, and skips blank lines', () => {
		const result = extractShareLinks(
			'hello\n\n   \nhttps://x.org/en/assessments/client-level/#r=1.1.1..a\nthanks!',
			KNOWN
		);
		expect(result.problems).toEqual([
			{ line: 1, problem: 'no-link', excerpt: 'hello' },
			{ line: 5, problem: 'no-link', excerpt: 'thanks!' },
		]);
		expect(result.links).toHaveLength(1);
	});

	test('reports a link to an assessment the site does not have', () => {
		expect(
			extractShareLinks('https://x.org/en/assessments/quiz/#r=1.1.1..a', KNOWN).problems
		).toEqual([
			{
				line: 1,
				problem: 'unknown-assessment',
				excerpt: 'https://x.org/en/assessments/quiz/#r=1.1.1..a',
			},
		]);
	});

	test('shortens long lines in messages', () => {
		const [problem] = extractShareLinks('x'.repeat(500), KNOWN).problems;
		expect([...(problem?.excerpt ?? '')]).toHaveLength(61);
	});

	test('reads at most MAX_TEXT_LENGTH characters and says so', () => {
		const result = extractShareLinks('y'.repeat(MAX_TEXT_LENGTH + 10), KNOWN);
		expect(result.isTruncated).toBe(true);
	});

	test('never throws, and every link it returns is well formed, whatever the text', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.lorem({ mode: 'sentences' })),
				(text) => {
					const result = extractShareLinks(text, KNOWN);
					for (const link of result.links) {
						expect(KNOWN).toContain(link.assessmentId);
						expect(link.code).toMatch(/^[0-9A-Za-z._-]+$/);
					}
					for (const problem of result.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
				}
			)
		);
	});

	test('finds a link wherever it sits among noise', () => {
		fc.assert(
			fc.property(
				fc.string().filter((s) => !s.includes('\n') && !s.includes('\r')),
				fc.string().filter((s) => !/[\n\r]/.test(s) && !/^[0-9A-Za-z._-]/.test(s)),
				(before, after) => {
					const link = 'https://x.org/en/assessments/client-level/#r=1.1.425..k3x9';
					const found = extractShareLinks(`${before} ${link}${after}`, KNOWN).links;
					expect(found.map((item) => item.code)).toContain('1.1.425..k3x9');
				}
			)
		);
	});
});
