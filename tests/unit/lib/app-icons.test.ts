/** The installed site's icons are drawn from the favicon (#21). */
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { BRAND_COLORS, logoSvg } from '../../../src/brand';
import { APP_ICONS, APPLE_TOUCH_ICON, iconSvg, renderIcon } from '../../../src/lib/app-icons';

const favicon = logoSvg(BRAND_COLORS.light);

describe('iconSvg()', () => {
	test('an `any` icon is the favicon itself', () => {
		expect(iconSvg(favicon, 'any')).toBe(favicon);
	});

	test('a maskable icon fills its square with the favicon’s background, the mark in the middle', () => {
		const svg = iconSvg(favicon, 'maskable');
		expect(svg).toMatch(
			/^<svg [^>]*viewBox="0 0 48 48"><rect width="48" height="48" fill="#0b6656"\/>/
		);
		expect(svg).toContain('<g transform="translate(8 8)">');
	});

	test('a favicon of another shape is an error that names the file', () => {
		expect(() => iconSvg('<svg><path d="M0 0"/></svg>', 'maskable')).toThrow('src/brand.ts');
	});
});

describe('renderIcon()', () => {
	test.each([...APP_ICONS, APPLE_TOUCH_ICON])('$name is a $size px square PNG', (icon) => {
		const png = PNG.sync.read(Buffer.from(renderIcon(favicon, icon)));
		expect([png.width, png.height]).toEqual([icon.size, icon.size]);
		if (icon.purpose === 'maskable') {
			// Full bleed: the corners are opaque (a launcher's mask, or iOS, cuts its own shape).
			expect(png.data[3]).toBe(255);
			expect(png.data[png.data.length - 1]).toBe(255);
		}
	});
});
