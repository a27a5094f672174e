/**
 * What an assessment page does with the address it was opened at: show the shared result in it,
 * send a code of this assessment's other side to that side's page, or say why the link cannot be
 * opened (naming the assessment a foreign code belongs to). Pure: the island only acts on it.
 */
import type { SharedResult, ShareCodeError, ShareCodeModel } from '../../links/share-code';
import { decodeShareCode, shareFragment } from '../../links/share-code';
import { readAddress } from '../../links/link-reader';
import { assessmentTitles } from './assessment-titles';

/** The pages a code may belong on instead of this one. */
export interface OtherPages {
	/** The page of this assessment's other side, if it has one. */
	otherSideHref?: string | undefined;
	/** The assessments section (`/ru/assessments/`), to point a code of another assessment to its page. */
	assessmentsHref?: string | undefined;
	/** The other assessments' titles by id. */
	otherTitles: Record<string, string>;
}

/** Why a link could not be opened, and for a code of another assessment, where it belongs. */
export type LinkFailure =
	{ error: ShareCodeError } | { error: 'other-assessment'; title: string; href: string };

/** What to do with the address. */
export type LinkOutcome =
	| { kind: 'none' }
	| { kind: 'shared'; shared: SharedResult }
	| { kind: 'redirect'; href: string }
	| { kind: 'failure'; failure: LinkFailure };

/**
 * Reads the share link in `address` for this page's side of the assessment, the way the world
 * delivers links (see `link-reader.ts`); the checksum decides which reading is the real code.
 * @example openSharedLink('https://x.org/en/assessments/client-level/#r=…»', model, pages) → { kind: 'shared', shared: { answers, name: 'Anna', … } }
 */
export function openSharedLink(
	address: string,
	model: ShareCodeModel,
	pages: OtherPages
): LinkOutcome {
	const ids = Object.keys(pages.otherTitles);
	const decode = (code: string) => decodeShareCode(model, code, ids);
	const link = readAddress(address, (candidate) =>
		candidate.kind === 'result' && decode(candidate.code).ok ? 1 : 0
	);
	if (link?.kind !== 'result') return { kind: 'none' };
	const decoded = decode(link.code);
	if (decoded.ok) return { kind: 'shared', shared: decoded.value };
	if (decoded.error === 'other-side') {
		// A code of the other side goes to that side's page; an assessment without one never made it.
		return pages.otherSideHref
			? { kind: 'redirect', href: `${pages.otherSideHref}${shareFragment(link.code)}` }
			: { kind: 'failure', failure: { error: 'altered' } };
	}
	if (decoded.error === 'other-assessment' && decoded.assessmentId && pages.assessmentsHref) {
		return {
			kind: 'failure',
			failure: {
				error: 'other-assessment',
				title: pages.otherTitles[decoded.assessmentId] ?? decoded.assessmentId,
				href: `${pages.assessmentsHref}${decoded.assessmentId}/${shareFragment(link.code)}`,
			},
		};
	}
	return { kind: 'failure', failure: { error: decoded.error } };
}

/**
 * `openSharedLink` without the other assessments' titles in hand: when the code fails this
 * assessment's check, it may be another assessment's, and only then are the titles asked of
 * `loadTitles` (the page fetches `/{lang}/assessments/titles.json`) to tell whose it is. A page
 * thus carries nothing about the other assessments, however many there are (#15). If the titles
 * cannot be had, the link is reported as altered.
 * @example await findSharedLink(address, model, pages, () => fetch(titlesHref).then((r) => r.json())) → { kind: 'failure', failure: { error: 'other-assessment', title: 'Which client do you have?', href: '…' } }
 */
export async function findSharedLink(
	address: string,
	model: ShareCodeModel,
	pages: Omit<OtherPages, 'otherTitles'>,
	loadTitles?: () => Promise<unknown>
): Promise<LinkOutcome> {
	const outcome = openSharedLink(address, model, { ...pages, otherTitles: {} });
	if (outcome.kind !== 'failure' || outcome.failure.error !== 'altered' || !loadTitles) {
		return outcome;
	}
	try {
		const otherTitles = assessmentTitles(await loadTitles());
		return openSharedLink(address, model, { ...pages, otherTitles });
	} catch {
		return outcome;
	}
}
