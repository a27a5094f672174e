import { describe, expect, test } from 'vitest';
import { openSharedLink } from '../../../../src/islands/assessment/open-shared-link';
import { signShareCode } from '../../../../src/islands/assessment/share-code';
import { TODAY, codeModel, sampleCode } from '../../support/codes';

const agency = codeModel('relationship-health');
const PAGES = {
	otherSideHref: '/en/assessments/relationship-health/client/',
	assessmentsHref: '/en/assessments/',
	otherTitles: { 'client-level': 'Which client do you have?' },
};
const page = (code: string) => `https://x.org/en/assessments/relationship-health/#r=${code}»`;

describe('openSharedLink()', () => {
	test('shows the result of a code made for this page, however it arrived', () => {
		const outcome = openSharedLink(page(sampleCode('relationship-health')), agency, TODAY, PAGES);
		expect(outcome.kind).toBe('shared');
	});

	test('sends a client’s code opened on the agency’s page to the client’s page (#13)', () => {
		const code = sampleCode('relationship-health', { side: 'client' });
		expect(openSharedLink(page(code), agency, TODAY, PAGES)).toEqual({
			kind: 'redirect',
			href: `/en/assessments/relationship-health/client/#r=${code}`,
		});
	});

	test('calls a client’s code altered where the assessment has no client’s side (#13)', () => {
		const forged = signShareCode('client-level', `2.1c.99.${'3'.repeat(13)}.`);
		const url = `https://x.org/en/assessments/client-level/#r=${forged}`;
		const model = codeModel('client-level');
		expect(openSharedLink(url, model, TODAY, { otherTitles: {} })).toEqual({
			kind: 'failure',
			failure: { error: 'altered' },
		});
	});

	test('names the assessment a foreign code belongs to, with a link to its page (#11)', () => {
		const code = sampleCode('client-level');
		expect(openSharedLink(page(code), agency, TODAY, PAGES)).toEqual({
			kind: 'failure',
			failure: {
				error: 'other-assessment',
				title: 'Which client do you have?',
				href: `/en/assessments/client-level/#r=${code}`,
			},
		});
	});

	test('says what happened to a link it cannot open, and does nothing without one', () => {
		const altered = signShareCode('relationship-health', '2.1.99.1.');
		expect(openSharedLink(page(altered), agency, TODAY, PAGES)).toMatchObject({ kind: 'failure' });
		expect(
			openSharedLink(
				'https://x.org/en/assessments/relationship-health/#key-ideas',
				agency,
				TODAY,
				PAGES
			)
		).toEqual({ kind: 'none' });
	});
});
