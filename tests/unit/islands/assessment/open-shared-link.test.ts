import { describe, expect, test } from 'vitest';
import {
	findSharedLink,
	openSharedLink,
} from '../../../../src/islands/assessment/open-shared-link';
import { assessmentTitles } from '../../../../src/islands/assessment/assessment-titles';
import { signShareCode } from '../../../../src/links/share-code';
import { codeModel, sampleCode } from '../../support/codes';

const agency = codeModel('relationship-health');
const PAGES = {
	otherSideHref: '/en/assessments/relationship-health/client/',
	assessmentsHref: '/en/assessments/',
	otherTitles: { 'client-level': 'Which client do you have?' },
};
const page = (code: string) => `https://x.org/en/assessments/relationship-health/#r=${code}»`;

describe('openSharedLink()', () => {
	test('shows the result of a code made for this page, however it arrived', () => {
		const outcome = openSharedLink(page(sampleCode('relationship-health')), agency, PAGES);
		expect(outcome.kind).toBe('shared');
	});

	test('sends a client’s code opened on the agency’s page to the client’s page (#13)', () => {
		const code = sampleCode('relationship-health', { side: 'client' });
		expect(openSharedLink(page(code), agency, PAGES)).toEqual({
			kind: 'redirect',
			href: `/en/assessments/relationship-health/client/#r=${code}`,
		});
	});

	test('calls a client’s code altered where the assessment has no client’s side (#13)', () => {
		const forged = signShareCode('client-level', `2.1c.99.${'3'.repeat(13)}.`);
		const url = `https://x.org/en/assessments/client-level/#r=${forged}`;
		const model = codeModel('client-level');
		expect(openSharedLink(url, model, { otherTitles: {} })).toEqual({
			kind: 'failure',
			failure: { error: 'altered' },
		});
	});

	test('names the assessment a foreign code belongs to, with a link to its page (#11)', () => {
		const code = sampleCode('client-level');
		expect(openSharedLink(page(code), agency, PAGES)).toEqual({
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
		expect(openSharedLink(page(altered), agency, PAGES)).toMatchObject({ kind: 'failure' });
		expect(
			openSharedLink('https://x.org/en/assessments/relationship-health/#key-ideas', agency, PAGES)
		).toEqual({ kind: 'none' });
	});
});

describe('findSharedLink()', () => {
	const pages = { otherSideHref: PAGES.otherSideHref, assessmentsHref: PAGES.assessmentsHref };
	const titles = () => Promise.resolve<unknown>(PAGES.otherTitles);

	test('opens a code of this page without asking for the other assessments’ titles (#15)', async () => {
		let asked = 0;
		const outcome = await findSharedLink(
			page(sampleCode('relationship-health')),
			agency,
			pages,
			() => {
				asked++;
				return titles();
			}
		);
		expect(outcome.kind).toBe('shared');
		expect(asked).toBe(0);
	});

	test('asks for the titles when a code fails this page’s check, and names its assessment (#11, #15)', async () => {
		const code = sampleCode('client-level');
		expect(await findSharedLink(page(code), agency, pages, titles)).toEqual(
			openSharedLink(page(code), agency, PAGES)
		);
	});

	test('says the link was altered when the titles cannot be had or name no owner', async () => {
		const code = sampleCode('client-level');
		const altered = { kind: 'failure', failure: { error: 'altered' } };
		expect(
			await findSharedLink(page(code), agency, pages, () => Promise.reject(new Error('offline')))
		).toEqual(altered);
		expect(
			await findSharedLink(page(code), agency, pages, () => Promise.resolve('<html>'))
		).toEqual(altered);
		expect(await findSharedLink(page(code), agency, pages)).toEqual(altered);
	});
});

describe('assessmentTitles()', () => {
	test('keeps id → title pairs and drops anything else', () => {
		expect(assessmentTitles({ a: 'A', b: 2, '': 'C' })).toEqual({ a: 'A' });
		expect(assessmentTitles(['a'])).toEqual({});
		expect(assessmentTitles(null)).toEqual({});
	});
});
