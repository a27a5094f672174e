/** A session's name in an address: written once, read back however tools delivered it (#22). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	MAX_SESSION_NAME_LENGTH,
	cleanSessionName,
	decodeSessionName,
	encodeSessionName,
	fileNamePart,
	isSameSession,
	limitSessionInput,
	sessionInFragment,
	sessionPart,
	sessionPartAt,
} from '../../../src/links/session-name';
import { graphemes } from '../../../src/links/graphemes';

/** Any name a facilitator could type: letters of any script, emoji, markup, quotes. */
const typed = fc.string({ unit: 'grapheme', maxLength: 60 });

describe('cleanSessionName()', () => {
	test('collapses white space, removes control and direction characters, keeps markup as text', () => {
		expect(cleanSessionName('  Северный \n\t ветер\u202e ')).toEqual({
			name: 'Северный ветер',
			isCut: false,
		});
		expect(cleanSessionName('<b>Nord</b> & "Co"').name).toBe('<b>Nord</b> & "Co"');
	});

	test('cuts at 40 characters as a reader counts them, never inside one', () => {
		const { name, isCut } = cleanSessionName('Ё🚀'.repeat(30));
		expect(isCut).toBe(true);
		expect(graphemes(name)).toHaveLength(MAX_SESSION_NAME_LENGTH);
		// 160 bytes at most, as a share code's name: a few emoji of several parts reach it first.
		const family = '👨‍👩‍👧';
		expect(cleanSessionName(family.repeat(20)).name).toBe(family.repeat(8));
	});

	test('drops a closing mark at the end that nothing opened: a chat glued it to the link', () => {
		expect(cleanSessionName('Северный ветер»').name).toBe('Северный ветер');
		expect(cleanSessionName('Nord”)').name).toBe('Nord');
		for (const kept of ['«Ветер»', '"Nord"', 'Nord (2027)', '„Ветер“', 'Ветер.'])
			expect(cleanSessionName(kept).name).toBe(kept);
		expect(cleanSessionName('Nord"\u200b').name).toBe('Nord');
	});

	test('is idempotent', () => {
		fc.assert(
			fc.property(typed, (text) => {
				const once = cleanSessionName(text).name;
				expect(cleanSessionName(once)).toEqual({ name: once, isCut: false });
			})
		);
	});
});

describe('limitSessionInput()', () => {
	test('keeps the typist’s trailing space and says when it cut', () => {
		expect(limitSessionInput('Северный ')).toEqual({ text: 'Северный ', isCut: false });
		expect(limitSessionInput('x'.repeat(41))).toEqual({ text: 'x'.repeat(40), isCut: true });
	});
});

describe('encodeSessionName() and decodeSessionName()', () => {
	test('leave only ASCII letters and digits unescaped, so a glued mark is never the name’s', () => {
		expect(encodeSessionName('Nord 2.')).toBe('Nord%202%2E');
		expect(encodeSessionName('Юг')).toBe('%D0%AE%D0%B3');
		expect(encodeSessionName('')).toBe('');
		fc.assert(
			fc.property(typed, (text) => {
				expect(encodeSessionName(text)).toMatch(/^(?:[A-Za-z0-9]|%[0-9A-F]{2})*$/);
			})
		);
	});

	test('round-trip any name, cleaned', () => {
		fc.assert(
			fc.property(typed, (text) => {
				expect(decodeSessionName(encodeSessionName(text))).toBe(cleanSessionName(text).name);
			})
		);
	});

	test('read a name a chat shows in letters, and drop what is left of a cut escape', () => {
		expect(decodeSessionName('Северный%20ветер')).toBe('Северный ветер');
		expect(decodeSessionName('%D0%A1%D0%B5%D0%B2%D0%B5%D1%80')).toBe('Север');
		expect(decodeSessionName('Nord%2')).toBe('Nord');
		expect(decodeSessionName('%D0%A1%D0')).toBe('С');
		expect(decodeSessionName('%FF%FE')).toBe('');
	});

	test('never throw, whatever the bytes', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
				const name = decodeSessionName(text);
				expect(graphemes(name).length).toBeLessThanOrEqual(MAX_SESSION_NAME_LENGTH);
				expect(name).not.toMatch(/[\p{Cc}\u202a-\u202e]/u);
			})
		);
	});
});

describe('sessionInFragment()', () => {
	test('reads the invitation’s `#s=` and a result’s `&s=` after its code', () => {
		expect(sessionInFragment('#s=%D0%AE%D0%B3')).toBe('Юг');
		expect(sessionInFragment(`#r=2.4.9g.1234.x.1c${sessionPart('Северный ветер')}`)).toBe(
			'Северный ветер'
		);
		expect(sessionInFragment('#r=2.4.9g.1234.x.1c')).toBe('');
		expect(sessionInFragment('')).toBe('');
		expect(sessionInFragment('#takeaways')).toBe('');
	});

	test('stops at what chats glue on, and reads an address encoded once more', () => {
		expect(sessionInFragment('#s=Nord%20Wind».')).toBe('Nord Wind');
		expect(sessionInFragment('#s=Nord%20Wind)')).toBe('Nord Wind');
		expect(sessionInFragment('#r=2.1.x%26s%3D%25D0%25AE%25D0%25B3')).toBe('Юг');
	});

	test('never throws on any fragment', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
				expect(typeof sessionInFragment(`#s=${text}`)).toBe('string');
				expect(typeof sessionInFragment(text)).toBe('string');
			})
		);
	});
});

describe('sessionPartAt()', () => {
	test('reads `&s=…` right at the start, and says how much it took', () => {
		expect(sessionPartAt('&s=Nord». Thanks')).toEqual({ name: 'Nord', length: 7 });
		expect(sessionPartAt(' &s=Nord')).toEqual({ name: '', length: 0 });
		expect(sessionPartAt('&a=x')).toEqual({ name: '', length: 0 });
	});

	test('round-trips any name through sessionPart()', () => {
		fc.assert(
			fc.property(typed, fc.constantFrom('', '.', '»', ')', ' ok'), (text, tail) => {
				const part = sessionPart(text);
				expect(sessionPartAt(`${part}${tail}`)).toEqual({
					name: cleanSessionName(text).name,
					length: part.length,
				});
			})
		);
	});
});

describe('isSameSession()', () => {
	test('ignores case, spacing and Unicode forms', () => {
		expect(isSameSession('Северный ветер', ' северный  ВЕТЕР')).toBe(true);
		expect(isSameSession('Café', 'Cafe\u0301')).toBe(true);
		expect(isSameSession('Северный ветер', 'Южный берег')).toBe(false);
	});
});

describe('fileNamePart()', () => {
	test('replaces what file systems refuse and turns spaces into dashes', () => {
		expect(fileNamePart('Ветер: «Север»/2')).toBe('Ветер-«Север»-2');
		expect(fileNamePart('  Nord  wind. ')).toBe('Nord-wind');
		expect(fileNamePart('<>:"/\\|?*')).toBe('');
	});
});
