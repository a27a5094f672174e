/**
 * Real share and team links for the link-reader tests, made with the site's own code, and the
 * ways tools damage them (hard wraps, trailing marks, invisible characters).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { readText } from '../../../src/links/pasted-text';
import { readTeamPayload, teamFragment, type TeamEntry } from '../../../src/links/team-link';
import { acceptsLink } from '../../../src/islands/team/team-merge';
import type { Side } from '../../../src/links/share-code';
import { CODES, codeModel, sampleCode } from './codes';
import frozen from '../../fixtures/share-links-v1.json';

export const accept = acceptsLink(CODES);
export const ORIGIN = 'https://clientship.example';

/** One person's share link, as the site writes it. */
export interface Share {
	lang: 'en' | 'ru';
	assessmentId: string;
	side: Side;
	code: string;
}

/** A team link, as the site writes it. */
export interface Team {
	lang: 'en' | 'ru';
	entries: TeamEntry[];
}

export const hasClientSide = CODES.get('relationship-health', 'client') !== undefined;

/** The valid relationship-health code quoted in issue 11 (format 1, Cyrillic name). */
export const ISSUE_CODE = frozen.fromTheField[0]?.code ?? '';

export const SHARES: Share[] = [
	{ lang: 'ru', assessmentId: 'relationship-health', side: 'agency', code: ISSUE_CODE },
	{ lang: 'en', assessmentId: 'client-level', side: 'agency', code: frozen.links[2]?.code ?? '' },
	{
		lang: 'ru',
		assessmentId: 'relationship-health',
		side: 'agency',
		code: sampleCode('relationship-health', { name: 'Анна Смирнова', seed: 1 }),
	},
	{
		lang: 'en',
		assessmentId: 'doing-or-being',
		side: 'agency',
		code: sampleCode('doing-or-being', { name: 'Priya Shah', seed: 2 }),
	},
	{
		lang: 'ru',
		assessmentId: 'pushing-too-hard',
		side: 'agency',
		code: sampleCode('pushing-too-hard', { seed: 4 }),
	},
	...(hasClientSide
		? [
				{
					lang: 'ru',
					assessmentId: 'relationship-health',
					side: 'client',
					code: sampleCode('relationship-health', { side: 'client', name: 'Ольга', seed: 5 }),
				} as const,
			]
		: []),
];

export const TEAMS: Team[] = [
	{
		lang: 'ru',
		entries: [
			{ assessmentId: 'relationship-health', code: ISSUE_CODE },
			{
				assessmentId: 'relationship-health',
				code: sampleCode('relationship-health', { name: 'Борис', seed: 6 }),
			},
			{ assessmentId: 'client-level', code: frozen.links[1]?.code ?? '' },
			...(hasClientSide
				? [
						{
							assessmentId: 'relationship-health',
							code: sampleCode('relationship-health', { side: 'client', seed: 7 }),
						},
					]
				: []),
		],
	},
	{
		lang: 'en',
		entries: [
			{ assessmentId: 'partnership-check', code: sampleCode('partnership-check', { seed: 8 }) },
			{
				assessmentId: 'partnership-check',
				code: sampleCode('partnership-check', { name: 'Tom', seed: 9 }),
				roundDay: 340,
			},
			{ assessmentId: 'doing-or-being', code: frozen.links[7]?.code ?? '' },
		],
	},
];

export const codeModelFor = (share: Share) => codeModel(share.assessmentId, share.side);
export const pageOf = (share: Share) =>
	`${ORIGIN}/${share.lang}/assessments/${share.assessmentId}/${share.side === 'client' ? 'client/' : ''}`;
export const shareLink = (share: Share) => `${pageOf(share)}#r=${share.code}`;
export const teamLink = (team: Team) =>
	`${ORIGIN}/${team.lang}/team/${teamFragment({ entries: team.entries, actions: '' })}`;

/** What readText() should find for a share link. */
export const found = (share: Share) => ({
	kind: 'result',
	lang: share.lang,
	assessmentId: share.assessmentId,
	side: share.side,
	code: share.code,
});

/** Breaks text into lines at the given offsets, each line after the first with `prefix`. */
export function breakAt(text: string, offsets: readonly number[], prefix = ''): string {
	const cuts = [0, ...offsets, text.length];
	return cuts
		.slice(1)
		.map((end, index) => prefix + text.slice(cuts[index], end))
		.join('\n');
}

/** Hard-wraps text every `width` characters, as a plain-text mail does with a long link. */
export function hardWrap(text: string, width = 76, prefix = ''): string {
	const offsets: number[] = [];
	for (let at = width; at < text.length; at += width) offsets.push(at);
	return breakAt(text, offsets, prefix);
}

/** Expects the text to hold exactly these share links, as made. */
export function expectShares(text: string, shares: readonly Share[]) {
	const { links } = readText(text, accept);
	expect(links, text).toMatchObject(shares.map(found));
	expect(links.every((link) => accept(link))).toBe(true);
}

/** Expects the text to hold exactly this team link, every entry intact. */
export function expectTeam(text: string, team: Team) {
	const { links } = readText(text, accept);
	expect(links, text).toHaveLength(1);
	const [link] = links;
	expect(link?.kind).toBe('team');
	if (link?.kind !== 'team') return;
	expect(link.lang).toBe(team.lang);
	expect(readTeamPayload(link.payload)).toMatchObject({ entries: team.entries, unreadable: 0 });
}

/** Any UTF-16 code units, lone surrogates included (quicker to build than fast-check's 'binary'). */
export const anyUnits = fc.string({
	unit: fc.nat({ max: 0xffff }).map((unit) => String.fromCharCode(unit)),
});

export const TRAILING = ['»', '”', ')', ']', '>', '.', ',', ';', ':', '!', '?', '…', '"', '’', "'"];
export const INVISIBLE: [string, string][] = [
	['a zero-width space', '\u200b'],
	['a zero-width non-joiner', '\u200c'],
	['a zero-width joiner', '\u200d'],
	['a word joiner', '\u2060'],
	['a soft hyphen', '\u00ad'],
	['a byte-order mark', '\ufeff'],
	['a left-to-right mark', '\u200e'],
	['a right-to-left mark', '\u200f'],
	['a left-to-right embedding', '\u202a'],
	['a pop directional formatting', '\u202c'],
	['a first-strong isolate', '\u2068'],
	['a pop directional isolate', '\u2069'],
];
