import { describe, expect, test } from 'vitest';
import { buildGroupView } from '../../../../src/islands/team/group-view';
import { printedPeople } from '../../../../src/islands/team/print';
import { member, sidesOf } from '../../support/members';

const { agency, client } = sidesOf('relationship-health');
const LABELS = { colleague: 'Colleague {{number}}', client: 'Client {{number}}' };

describe('printedPeople() (#22)', () => {
	test('counts the rows of each view’s current round, both sides, not the rounds before', () => {
		const rh = (date: string, side: 'agency' | 'client' = 'agency') =>
			member('relationship-health', { date, side, seed: date.length });
		const view = buildGroupView(
			agency,
			client,
			[
				rh('2027-03-10'),
				rh('2027-03-10'),
				rh('2027-03-10'),
				rh('2027-06-10'),
				rh('2027-06-10'),
				rh('2027-06-11', 'client'),
			],
			LABELS
		);
		if (!view) throw new Error('no view');
		expect(printedPeople([view])).toBe(3);
		expect(printedPeople([view, view])).toBe(6);
		expect(printedPeople([])).toBe(0);
	});
});
