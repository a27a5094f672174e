import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ARROWS, directionOf, signedPoints } from '../../../../src/islands/shared/points';

describe('signedPoints()', () => {
	test('writes a change as a reader does, with a real minus sign', () => {
		expect(signedPoints(15)).toBe('+15');
		expect(signedPoints(-5)).toBe('\u22125');
		expect(signedPoints(-5)).not.toContain('-');
		expect(signedPoints(0)).toBe('±0');
		expect(signedPoints(100)).toBe('+100');
		expect(signedPoints(-100)).toBe('−100');
	});

	test('always carries a sign and the size of the change', () => {
		fc.assert(
			fc.property(fc.integer({ min: -100, max: 100 }), (delta) => {
				const text = signedPoints(delta);
				expect(text).toMatch(/^(?:\+[1-9]\d*|\u2212[1-9]\d*|±0)$/);
				expect(Number(text.replace('\u2212', '-').replace('±', ''))).toBe(delta);
			})
		);
	});
});
describe('directionOf()', () => {
	test('a rise is up, a fall is down, no change is the same, each with its own arrow', () => {
		expect([directionOf(15), directionOf(-1), directionOf(0)]).toEqual(['up', 'down', 'same']);
		expect(new Set(Object.values(ARROWS)).size).toBe(3);
	});
});
