/** Reading our links out of an address, however it was damaged on its way (#11). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	lenientDecode,
	readAddress,
	siteLinkHref,
	stripInvisible,
	type SiteLink,
} from '../../../src/links/link-reader';
import { readTeamPayload, teamFragment } from '../../../src/links/team-link';
import { cleanSessionName, sessionPart } from '../../../src/links/session-name';
import {
	accept,
	ORIGIN,
	ISSUE_CODE,
	SHARES,
	TEAMS,
	shareLink,
	teamLink,
	found,
	anyUnits,
	INVISIBLE,
} from '../support/share-links';

describe('stripInvisible()', () => {
	test('removes every invisible character tools insert, and nothing else', () => {
		for (const [, char] of INVISIBLE) {
			expect(stripInvisible(`ab${char}c${char}`)).toBe('abc');
		}
		expect(stripInvisible('Анна Смирнова — #r=1.1.5')).toBe('Анна Смирнова — #r=1.1.5');
	});
});

describe('lenientDecode()', () => {
	test('decodes valid escapes and leaves broken ones as they are', () => {
		expect(lenientDecode('%23r%3D1.1%E2%80%8B%ZZ')).toBe('#r=1.1\u200b%ZZ');
		expect(lenientDecode('%E0%A4%A')).toBe('%E0%A4%A');
		expect(lenientDecode('%D0%90%FF%D0%91')).toBe('А%FFБ');
		expect(lenientDecode('100%')).toBe('100%');
	});

	test('inverts encodeURIComponent() and never throws', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
				expect(lenientDecode(encodeURIComponent(text))).toBe(text);
			})
		);
		fc.assert(
			fc.property(anyUnits, (text) => {
				expect(typeof lenientDecode(text)).toBe('string');
			})
		);
	});
});

describe('readAddress()', () => {
	test('reads the page’s own address, in both languages, under any base path', () => {
		for (const share of SHARES) {
			expect(readAddress(shareLink(share))).toEqual(found(share));
			expect(readAddress(shareLink(share).replace(ORIGIN, `${ORIGIN}/sub/path`))).toEqual(
				found(share)
			);
			expect(readAddress(shareLink(share).replace('/#r=', '/?utm_source=mail#r='))).toEqual(
				found(share)
			);
		}
		for (const team of TEAMS) {
			const link = readAddress(teamLink(team));
			expect(link).toEqual({
				kind: 'team',
				lang: team.lang,
				payload: teamFragment({ entries: team.entries, actions: '' }).slice(3),
			});
		}
	});

	test('reads a page’s …/index.html address like its folder (S3, CloudFront, a saved page) (#20)', () => {
		for (const share of SHARES) {
			expect(readAddress(shareLink(share).replace('/#r=', '/index.html#r='))).toEqual(found(share));
			expect(readAddress(shareLink(share).replace('/#r=', '/index.htm#r='))).toEqual(found(share));
		}
		for (const team of TEAMS) {
			expect(readAddress(teamLink(team).replace('/#t=', '/index.html#t='))?.kind).toBe('team');
		}
	});

	test('recovers a result whose # became %23, for the 404 page (#11)', () => {
		for (const share of SHARES) {
			const path = shareLink(share).replace(ORIGIN, '');
			expect(readAddress(path.replace('#', '%23'))).toEqual(found(share));
			expect(readAddress(path.replace('#r=', '%23r%3D'))).toEqual(found(share));
			expect(readAddress(`/sub${path.replace('#', '%23')}`)).toEqual(found(share));
		}
		expect(
			readAddress(`/ru/assessments/relationship-health/%23r=${ISSUE_CODE}`, accept)
		).toMatchObject({ assessmentId: 'relationship-health', code: ISSUE_CODE });
	});

	test('recovers a team link whose # became %23 (#11)', () => {
		for (const team of TEAMS) {
			const link = readAddress(teamLink(team).replace(ORIGIN, '').replace('#', '%23'));
			expect(link?.kind).toBe('team');
			if (link?.kind === 'team')
				expect(readTeamPayload(link.payload).entries).toEqual(team.entries);
		}
	});

	test('recovers a result with punctuation or an invisible character glued on (#11)', () => {
		for (const share of SHARES) {
			for (const tail of ['%C2%BB', '%E2%80%9D', '%E2%80%8B', ').', '%22', '%3E']) {
				expect(readAddress(shareLink(share) + tail, accept), tail).toEqual(found(share));
			}
		}
	});

	test('keeps every entry of a team link with a percent-encoded character glued on (#11)', () => {
		// The browser hands the team view its address with `»` or a zero-width space encoded.
		for (const team of TEAMS) {
			for (const tail of ['%C2%BB', '%E2%80%8B', '%E2%80%9D', '%22', '%29']) {
				const link = readAddress(teamLink(team) + tail);
				expect(link?.kind, tail).toBe('team');
				if (link?.kind !== 'team') continue;
				expect(readTeamPayload(link.payload), tail).toMatchObject({
					entries: team.entries,
					unreadable: 0,
				});
			}
		}
	});

	test('prefers the decoding that makes a link acceptable', () => {
		const [share] = SHARES;
		if (!share) throw new Error('no sample');
		// A digit of the code percent-encoded: only a decoded reading gives the whole code.
		const address = shareLink(share).replace(
			/(#r=\d\.\d\.)(\d)/,
			(_, start: string, digit: string) => {
				return `${start}%3${digit}`;
			}
		);
		expect(address).toContain('%3');
		expect(readAddress(address, accept)).toEqual(found(share));
	});

	test('reads nothing from addresses that carry no result or team', () => {
		for (const address of [
			'/ru/team/',
			'/en/assessments/relationship-health/',
			'/en/assessments/relationship-health/#key-ideas',
			`/ru/lessons/marriage-or-mess/%23r=${ISSUE_CODE}`,
			`/de/assessments/relationship-health/#r=${ISSUE_CODE}`,
			'',
			'%',
		]) {
			expect(readAddress(address), address).toBeUndefined();
		}
	});
});

describe('siteLinkHref()', () => {
	test('gives the address a link belongs at, under the base path', () => {
		const [share] = SHARES;
		if (!share) throw new Error('no sample');
		expect(siteLinkHref(found(share) as SiteLink, '/')).toBe(shareLink(share).replace(ORIGIN, ''));
		expect(siteLinkHref(found(share) as SiteLink, '/sub/')).toBe(
			`/sub${shareLink(share).replace(ORIGIN, '')}`
		);
		expect(siteLinkHref(found(share) as SiteLink, '/sub')).toBe(
			`/sub${shareLink(share).replace(ORIGIN, '')}`
		);
		expect(
			siteLinkHref(
				{
					kind: 'result',
					lang: 'ru',
					assessmentId: 'relationship-health',
					side: 'client',
					code: '2.1c.99.4..x',
				},
				'/'
			)
		).toBe('/ru/assessments/relationship-health/client/#r=2.1c.99.4..x');
		expect(siteLinkHref({ kind: 'team', lang: 'en', payload: 'a!b~c!d' }, '/')).toBe(
			'/en/team/#t=a!b~c!d'
		);
	});

	test('gives an address that reads back as the same link', () => {
		for (const share of SHARES) {
			const link = found(share) as SiteLink;
			for (const base of ['/', '/clientship/']) {
				expect(readAddress(siteLinkHref(link, base))).toEqual(link);
			}
		}
		for (const team of TEAMS) {
			const link = readAddress(teamLink(team));
			if (!link) throw new Error('no team link');
			expect(readAddress(siteLinkHref(link, '/x/'))).toEqual(link);
		}
	});
});

describe('a session’s name after a share code (#22)', () => {
	const NAMES = ['Северный ветер', 'Nord & Co.', '«Южный берег» — 2', '<b>x</b>'];

	test('is read beside the code, which stays exactly as made', () => {
		for (const share of SHARES) {
			for (const name of NAMES) {
				const link = `${shareLink(share)}${sessionPart(name)}`;
				expect(readAddress(link, accept), link).toEqual({ ...found(share), session: name });
				// Through the 404 page: the `#` encoded on the way, and the address it sends to.
				const path = link.replace(ORIGIN, '').replace('#', '%23');
				const recovered = readAddress(path, accept);
				expect(recovered).toEqual({ ...found(share), session: name });
				if (recovered) expect(readAddress(siteLinkHref(recovered, '/'))).toEqual(recovered);
			}
		}
	});

	test('survives what chats glue on and a scanner’s wrapping, for any name', () => {
		const [share] = SHARES;
		if (!share) throw new Error('no sample');
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
				fc.constantFrom('', '»', ').', '%C2%BB', '\u200b', '"'),
				(name, tail) => {
					const expected = cleanSessionName(name).name;
					fc.pre(expected !== '');
					const link = `${shareLink(share)}${sessionPart(name)}${tail}`;
					const wrapped = `https://scanner.example/?url=${encodeURIComponent(link)}&data=0`;
					for (const address of [link, wrapped]) {
						expect(readAddress(address, accept), address).toEqual({
							...found(share),
							session: expected,
						});
					}
				}
			)
		);
	});

	test('is not a session when nothing or something else follows the code', () => {
		const [share] = SHARES;
		if (!share) throw new Error('no sample');
		for (const tail of ['', '&s=', '&x=1', ' &s=Nord', '&s=%FF']) {
			expect(readAddress(`${shareLink(share)}${tail}`, accept), tail).toEqual(found(share));
		}
	});
});
