import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { downloadText } from '../../../src/client/download';

/** The parts of `document` a download uses: a link made, clicked and removed. */
function fakeDocument(clicked: { href: string; download: string }[]) {
	return {
		body: { append: () => {} },
		createElement: () => {
			const link = {
				href: '',
				download: '',
				click: () => clicked.push({ href: link.href, download: link.download }),
				remove: () => {},
			};
			return link;
		},
	};
}

describe('downloadText()', () => {
	let clicked: { href: string; download: string }[];
	let revoked: string[];

	beforeEach(() => {
		vi.useFakeTimers();
		clicked = [];
		revoked = [];
		vi.stubGlobal('document', fakeDocument(clicked));
		vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => revoked.push(url));
	});

	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
		vi.restoreAllMocks();
	});

	test('clicks a link to the file under its name', () => {
		downloadText('a;b\n', 'team.csv', 'text/csv');
		expect(clicked.map(({ download }) => download)).toEqual(['team.csv']);
		expect(clicked[0]?.href).toMatch(/^blob:/);
	});

	test('keeps the file while Safari on iPhone asks whether to download it (#26)', () => {
		downloadText('a;b\n', 'team.csv', 'text/csv');
		vi.advanceTimersByTime(10 * 60_000);
		expect(revoked).not.toContain(clicked[0]?.href);
	});

	test('releases the previous file when the next one is downloaded', () => {
		downloadText('first', 'one.csv', 'text/csv');
		// (An earlier test's file, if any, went with this first download.)
		revoked.length = 0;
		downloadText('second', 'two.ics', 'text/calendar');
		expect(revoked).toEqual([clicked[0]?.href]);
		expect(clicked[1]?.href).not.toBe(clicked[0]?.href);
	});
});
