/** A card's drawing: the frame laid out once, each card's own lines placed in it (#27). */
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { BRAND_COLORS, CARD_SIZE } from '../../../src/brand';
import { drawSocialCard, titleSize } from '../../../src/social-cards/draw';

const FOOTER = 'Уроки о работе с клиентами для агентств, консультантов и аккаунт-команд';

/** The colour of a pixel as `#rrggbb`. */
function colourAt(png: PNG, x: number, y: number): string {
	const at = (y * png.width + x) * 4;
	return `#${[0, 1, 2].map((k) => (png.data[at + k] ?? 0).toString(16).padStart(2, '0')).join('')}`;
}

/** The first and last rows between `from` and `to` with a pixel darker than the background. */
function inkRows(png: PNG, from: number, to: number): [number, number] {
	const rows: number[] = [];
	for (let y = from; y < to; y++) {
		for (let x = 0; x < png.width; x++) {
			if ((png.data[(y * png.width + x) * 4] ?? 255) < 128) {
				rows.push(y);
				break;
			}
		}
	}
	return [rows[0] ?? -1, rows.at(-1) ?? -1];
}

// Drawing starts satori's layout engine and reads the fonts first: seconds on a busy machine.
describe('drawSocialCard()', { timeout: 60_000 }, () => {
	test('draws the mark, and centres the card’s own lines between the name and the footer', async () => {
		const png = PNG.sync.read(
			Buffer.from(
				await drawSocialCard({ eyebrow: 'Урок 3 из 5', title: 'Брак по расчёту', footer: FOOTER })
			)
		);
		expect([png.width, png.height]).toEqual([CARD_SIZE.width, CARD_SIZE.height]);
		// The mark's square, in the accent colour, left of the name; the page's background around it.
		expect(colourAt(png, 92, 94)).toBe(BRAND_COLORS.light.accent);
		expect(colourAt(png, 40, 40)).toBe(BRAND_COLORS.light.background);
		// The name ends above row 140 and the footer starts below row 530: the lines sit halfway.
		const [top, bottom] = inkRows(png, 140, 530);
		expect(Math.abs((top + bottom) / 2 - (140 + 530) / 2)).toBeLessThan(30);
	});

	test('draws a card without an eyebrow, and another footer, in the same thread', async () => {
		const png = PNG.sync.read(
			Buffer.from(await drawSocialCard({ eyebrow: '', title: 'Search', footer: 'Lessons' }))
		);
		const [top, bottom] = inkRows(png, 140, 530);
		expect(bottom - top).toBeLessThan(titleSize('Search') * 1.3);
		expect(Math.abs((top + bottom) / 2 - (140 + 530) / 2)).toBeLessThan(30);
	});
});
