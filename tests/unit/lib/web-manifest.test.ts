/** Each language's web app manifest: what a phone needs to install the site (#21). */
import { describe, expect, test } from 'vitest';
import { webManifest } from '../../../src/lib/web-manifest';
import { THEME_COLORS } from '../../../src/brand';

const manifest = (lang: 'en' | 'ru', base = '/') =>
	webManifest({
		lang,
		name: 'Clientship',
		description: lang === 'en' ? 'Lessons' : 'Уроки',
		startUrl: `${base}${lang}/`,
		scope: base,
		fileUrl: (path) => `${base}${path}`,
	});

describe('webManifest()', () => {
	test('opens at the language’s home page, in that language, over the whole site', () => {
		const ru = manifest('ru');
		expect(ru.start_url).toBe('/ru/');
		expect(ru.id).toBe('/ru/');
		expect(ru.lang).toBe('ru');
		expect(ru.scope).toBe('/');
		expect(ru.description).toBe('Уроки');
		expect(ru.display).toBe('standalone');
	});

	test('has the icons installability asks for: 192 and 512 px PNGs, and a maskable one', () => {
		const { icons } = manifest('en');
		const any = icons.filter((icon) => icon.purpose === 'any').map((icon) => icon.sizes);
		expect(any).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512')).toBe(
			true
		);
		expect(icons.every((icon) => icon.type === 'image/png' && icon.src.endsWith('.png'))).toBe(
			true
		);
	});

	test('names and colours: the site’s name, the page background', () => {
		const en = manifest('en');
		expect(en.name).toBe('Clientship');
		expect(en.short_name.length).toBeLessThanOrEqual(12);
		expect(en.background_color).toBe(THEME_COLORS.light);
		expect(en.theme_color).toBe(THEME_COLORS.light);
	});

	test('every URL stays under the base of a site built with --base', () => {
		const en = manifest('en', '/clientship/');
		expect(en.start_url).toBe('/clientship/en/');
		expect(en.scope).toBe('/clientship/');
		expect(en.icons.every((icon) => icon.src.startsWith('/clientship/icons/'))).toBe(true);
	});
});
