/**
 * What the assessment island reads from its address before it loads the result views and the
 * link reader: a result fragment, and whether a link may be there at all (the budget split).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasResultFragment, mayCarryLink } from '../../../../src/islands/assessment/address';
import { readAddress } from '../../../../src/links/link-reader';
import { ORIGIN, SHARES, anyUnits } from '../../support/share-links';

const PAGE = `${ORIGIN}/ru/assessments/relationship-health/`;
// Ids of the kind a lesson's elements have: headings slugged from either language, `step-3`.
const SECTIONS = new Set(['takeaways', 'step-3', 'главные-мысли', 'main']);
const isSection = (id: string) => SECTIONS.has(id);

describe('hasResultFragment()', () => {
	test('is true for a result fragment only', () => {
		expect(hasResultFragment('#r=2.1.9')).toBe(true);
		expect(hasResultFragment('#takeaways')).toBe(false);
		expect(hasResultFragment('')).toBe(false);
	});
});

describe('mayCarryLink()', () => {
	test('is false only without a query and with no fragment or one naming a section', () => {
		expect(mayCarryLink('', '', isSection)).toBe(false);
		expect(mayCarryLink('', '#', isSection)).toBe(false);
		expect(mayCarryLink('', '#step-3', isSection)).toBe(false);
		expect(mayCarryLink('', `#${encodeURIComponent('главные-мысли')}`, isSection)).toBe(false);
		expect(mayCarryLink('', '#step-9', isSection)).toBe(true);
		expect(mayCarryLink('?utm_source=chat', '', isSection)).toBe(true);
		expect(mayCarryLink('', '#%E0%A4%A', isSection)).toBe(true);
		for (const share of SHARES) {
			expect(mayCarryLink('', `#r=${share.code}`, isSection)).toBe(true);
		}
	});

	test('never passes over an address the link reader finds a link in', () => {
		const part = fc.oneof(
			anyUnits,
			fc.constantFrom(...SHARES.map((share) => `#r=${share.code}`)),
			fc.constantFrom(
				...SHARES.map((share) => `?u=${encodeURIComponent(`${PAGE}#r=${share.code}`)}`)
			)
		);
		fc.assert(
			fc.property(fc.string(), part, (search, hash) => {
				const query = search === '' || search.startsWith('?') ? search : `?${search}`;
				const fragment = hash.startsWith('#') ? hash : `#${hash}`;
				if (readAddress(`${PAGE}${query}${fragment}`) !== undefined) {
					expect(mayCarryLink(query, fragment, isSection)).toBe(true);
				}
			})
		);
	});

	test('a fragment shaped like a section name never holds a link', () => {
		const id = fc.string({
			unit: fc.constantFrom(
				...'abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя0123456789-'
			),
			minLength: 1,
			maxLength: 60,
		});
		fc.assert(
			fc.property(id, (section) => {
				expect(readAddress(`${PAGE}#${encodeURIComponent(section)}`)).toBeUndefined();
			})
		);
	});
});
