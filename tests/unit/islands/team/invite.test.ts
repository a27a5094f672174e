import { encode } from 'uqr';
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { QUIET_ZONE, inviteUrl, qrPath } from '../../../../src/islands/team/invite';

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
