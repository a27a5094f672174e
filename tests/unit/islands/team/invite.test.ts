import { encode } from 'uqr';
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { QUIET_ZONE, clientLetter, inviteUrl, qrPath } from '../../../../src/islands/team/invite';
import { cleanSessionName, sessionInFragment } from '../../../../src/links/session-name';
import { teamStrings } from '../../../../src/lib/island-strings';
import { LOCALES } from '../../../../src/i18n/locales';
import { assessmentModels } from '../../../../scripts/lib/assessment-models';

describe('inviteUrl()', () => {
	test('points at the assessment beside the team page, under the page’s own origin and base', () => {
		expect(inviteUrl('https://x.org/en/team/', 'client-level', 'agency')).toBe(
			'https://x.org/en/assessments/client-level/'
		);
		expect(
			inviteUrl(
				'http://localhost:4321/clientship/ru/team/#t=a!b&a=c',
				'relationship-health',
				'client'
			)
		).toBe('http://localhost:4321/clientship/ru/assessments/relationship-health/client/');
		expect(inviteUrl('https://x.org/deep/base/en/team?x=1', 'doing-or-being', 'agency')).toBe(
			'https://x.org/deep/base/en/assessments/doing-or-being/'
		);
		expect(inviteUrl('https://x.org/en/team/index.html', 'doing-or-being', 'agency')).toBe(
			'https://x.org/en/assessments/doing-or-being/'
		);
	});
});

describe('inviteUrl() with a session’s name (#22)', () => {
	test('carries the name in its own fragment, percent-encoded, for the page to read back', () => {
		const url = inviteUrl('https://x.org/ru/team/#t=a!b', 'relationship-health', 'agency', 'Юг');
		expect(url).toBe('https://x.org/ru/assessments/relationship-health/#s=%D0%AE%D0%B3');
		expect(inviteUrl('https://x.org/ru/team/', 'client-level', 'agency', '  ')).toBe(
			'https://x.org/ru/assessments/client-level/'
		);
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (name) => {
				const invite = new URL(inviteUrl('https://x.org/en/team/', 'client-level', 'client', name));
				expect(invite.pathname).toBe('/en/assessments/client-level/client/');
				expect(sessionInFragment(invite.hash)).toBe(cleanSessionName(name).name);
			})
		);
	});

	test('a 40-letter Cyrillic name keeps the QR code coarse enough to scan across a room', () => {
		const name = [...'Северо-Западная транспортная компания «Ветер»'].slice(0, 40).join('');
		expect([...name]).toHaveLength(40);
		const plain = encode('https://clientship.example/ru/assessments/relationship-health/', {
			ecc: 'M',
			border: 0,
		});
		const url = inviteUrl(
			'https://clientship.example/ru/team/',
			'relationship-health',
			'agency',
			name
		);
		const named = encode(url, { ecc: 'M', border: 0 });
		// 33 modules a side without a name (49 with «Северный ветер»), 69 with the longest name:
		// each module of the page's 280-pixel code is still over 3 pixels wide.
		expect(plain.size).toBe(33);
		expect(named.size).toBeLessThanOrEqual(69);
		expect(280 / (named.size + 2 * QUIET_ZONE)).toBeGreaterThan(3);
	});
});

describe('clientLetter() (#22)', () => {
	for (const lang of LOCALES) {
		test(`${lang}: greets, says what it is, how long, that answers stay in the browser, and gives the link`, () => {
			const strings = teamStrings(lang).invite;
			const client = assessmentModels(lang).find(
				(model) => model.id === 'relationship-health' && model.side === 'client'
			);
			if (!client) throw new Error('no client side');
			const link = `https://x.org/${lang}/assessments/relationship-health/client/#s=%D0%AE%D0%B3`;
			const letter = clientLetter(strings, lang, client.title, client.questions.length, link);
			expect(letter.subject).toBe(strings.clientSubject);
			expect(letter.body).toContain(client.title);
			expect(letter.body).toContain(`\n\n${link}\n\n`);
			// Sixteen statements at ten seconds: three minutes, with the plural each language needs.
			expect(client.questions).toHaveLength(16);
			expect(letter.body).toMatch(lang === 'en' ? /about 3 minutes/ : /около\s3\sминут\./);
			expect(letter.body).not.toMatch(/\{\{/);
			for (const room of [teamStrings(lang).invite.link, teamStrings(lang).invite.intro])
				expect(letter.body).not.toContain(room);
			expect(letter.mailto.startsWith('mailto:?subject=')).toBe(true);
			const body = new URLSearchParams(letter.mailto.slice('mailto:?'.length)).get('body');
			expect(body).toBe(letter.body.replace(/\n/g, '\r\n'));
		});
	}

	test('one minute, and many, in Russian', () => {
		const strings = teamStrings('ru').invite;
		expect(clientLetter(strings, 'ru', 'T', 6, 'L').body).toMatch(/около\s1\sминуты\./);
		expect(clientLetter(strings, 'ru', 'T', 30, 'L').body).toMatch(/около\s5\sминут\./);
		expect(clientLetter(strings, 'ru', 'T', 126, 'L').body).toMatch(/около\s21\sминуты\./);
	});
});

describe('qrPath()', () => {
	test('draws runs of dark modules inside the quiet zone', () => {
		expect(
			qrPath([
				[true, true],
				[false, true],
			])
		).toEqual({ size: 2 + 2 * QUIET_ZONE, path: 'M4 4h2v1h-2zM5 5h1v1h-1z' });
	});

	test('draws a code that a QR reader reads back as the address', () => {
		const url = 'https://clientship.example/clientship/ru/assessments/relationship-health/client/';
		const { data } = encode(url, { ecc: 'M', border: 0 });
		const { size, path } = qrPath(data);
		// Paint the path's rectangles at 4 pixels a module and read it as a camera would.
		const scale = 4;
		const width = size * scale;
		const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
		for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
			for (let dx = 0; dx < Number(run) * scale; dx++) {
				for (let dy = 0; dy < scale; dy++) {
					const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
					pixels.fill(0, at, at + 3);
				}
			}
		}
		expect(jsQR(pixels, width, width)?.data).toBe(url);
	});
});
