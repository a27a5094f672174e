import { describe, expect, test } from 'vitest';
import { BRAND_COLORS, CARD_SIZE } from '../../../src/brand';
import { headTags, type HeadTagsData, type HeadTagsInput } from '../../../src/lib/head-tags';
import { baseUrl, localeUrl } from '../../../src/lib/urls';

const SITE = 'https://clientship.example';
const context = {
	site: new URL(SITE),
	pageUrl: localeUrl,
	fileUrl: baseUrl,
	strings: { siteName: 'Clientship', feed: 'RSS feed', tagline: 'Lessons on working with clients' },
	generator: 'Astro',
};
const tags = (input: Partial<HeadTagsInput>) =>
	headTags({ lang: 'en', title: 'A page', description: 'What it is about.', ...input }, context);
const link = (data: HeadTagsData, rel: string, hreflang?: string) =>
	data.links.find((tag) => tag.rel === rel && tag.hreflang === hreflang)?.href;
const meta = (data: HeadTagsData, key: string) =>
	data.meta.find((tag) => tag.property === key || tag.name === key)?.content;

describe('headTags()', () => {
	test('a page in a language is its own canonical and lists both languages and x-default', () => {
		const data = tags({ lang: 'ru', path: 'lessons/marriage-or-mess/' });
		expect(link(data, 'canonical')).toBe(`${SITE}/ru/lessons/marriage-or-mess/`);
		expect(link(data, 'alternate', 'en')).toBe(`${SITE}/en/lessons/marriage-or-mess/`);
		expect(link(data, 'alternate', 'ru')).toBe(`${SITE}/ru/lessons/marriage-or-mess/`);
		expect(link(data, 'alternate', 'x-default')).toBe(`${SITE}/en/lessons/marriage-or-mess/`);
		expect(meta(data, 'og:url')).toBe(`${SITE}/ru/lessons/marriage-or-mess/`);
	});

	test('x-default of the home pages is the picker, and the picker is its own canonical (#11)', () => {
		const home = tags({ lang: 'ru', path: '', defaultToPicker: true });
		const picker = tags({ path: '', isPicker: true });
		const xDefault = link(home, 'alternate', 'x-default');
		expect(xDefault).toBe(`${SITE}/`);
		expect(link(picker, 'canonical')).toBe(xDefault);
		expect(link(picker, 'alternate', 'x-default')).toBe(xDefault);
		expect(link(picker, 'alternate', 'ru')).toBe(`${SITE}/ru/`);
		expect(link(home, 'canonical')).toBe(`${SITE}/ru/`);
	});

	test('a page in no single language (404) names no canonical, alternate or og:url (#11)', () => {
		const data = tags({ noindex: true });
		const siteWide = ['icon', 'manifest', 'apple-touch-icon'];
		expect(data.links.filter((tag) => !siteWide.includes(tag.rel))).toEqual([]);
		expect(meta(data, 'og:url')).toBeUndefined();
		expect(meta(data, 'robots')).toBe('noindex');
		expect(meta(data, 'og:image')).toBe(`${SITE}/og.png`);
	});

	test('every page links the web app manifest of its language and the home-screen icon (#21)', () => {
		expect(link(tags({ lang: 'ru', path: 'team/' }), 'manifest')).toBe('/ru/manifest.webmanifest');
		expect(link(tags({ lang: 'en', path: '' }), 'manifest')).toBe('/en/manifest.webmanifest');
		expect(link(tags({ noindex: true }), 'manifest')).toBe('/en/manifest.webmanifest');
		expect(link(tags({ path: 'about/' }), 'apple-touch-icon')).toBe('/icons/apple-touch-icon.png');
	});

	test('each page has its own preview image in its language', () => {
		const en = tags({ lang: 'en', path: 'lessons/marriage-or-mess/' });
		const ru = tags({ lang: 'ru', path: 'lessons/marriage-or-mess/' });
		expect(meta(en, 'og:image')).toBe(`${SITE}/en/og/lessons/marriage-or-mess.png`);
		expect(meta(ru, 'og:image')).toBe(`${SITE}/ru/og/lessons/marriage-or-mess.png`);
		expect(meta(ru, 'twitter:image')).toBe(meta(ru, 'og:image'));
		expect(meta(ru, 'og:locale')).toBe('ru_RU');
		expect(meta(ru, 'og:locale:alternate')).toBe('en_GB');
	});

	test('a page that shows another page’s card names that card and describes it (#27)', () => {
		const data = tags({
			lang: 'ru',
			title: 'Партнёрство: самопроверка',
			path: 'assessments/partnership-check/',
			card: { path: 'lessons/partners-not-customers/', title: 'Партнёры, а не заказчики' },
		});
		expect(meta(data, 'og:image')).toBe(`${SITE}/ru/og/lessons/partners-not-customers.png`);
		expect(meta(data, 'twitter:image')).toBe(meta(data, 'og:image'));
		expect(meta(data, 'og:image:alt')).toBe('Партнёры, а не заказчики');
		expect(meta(data, 'og:title')).toBe('Партнёрство: самопроверка');
	});

	test('the image size and theme colours are the brand’s', () => {
		const data = tags({ path: 'about/' });
		expect(meta(data, 'og:image:width')).toBe(String(CARD_SIZE.width));
		expect(meta(data, 'og:image:height')).toBe(String(CARD_SIZE.height));
		expect(data.meta.filter((tag) => tag.name === 'theme-color')).toEqual([
			{
				name: 'theme-color',
				content: BRAND_COLORS.light.background,
				media: '(prefers-color-scheme: light)',
			},
			{
				name: 'theme-color',
				content: BRAND_COLORS.dark.background,
				media: '(prefers-color-scheme: dark)',
			},
		]);
	});

	test('a preview title leaves the site’s name to og:site_name', () => {
		const data = tags({ title: 'Marriage or mess? · Clientship', path: 'lessons/x/' });
		expect(data.title).toBe('Marriage or mess? · Clientship');
		expect(meta(data, 'og:title')).toBe('Marriage or mess?');
		expect(meta(data, 'twitter:title')).toBe('Marriage or mess?');
		expect(meta(data, 'og:site_name')).toBe('Clientship');
	});

	test('title and description go to the page and to its previews', () => {
		const data = tags({ title: 'Which client? A self-assessment', path: 'assessments/x/' });
		expect(data.title).toBe('Which client? A self-assessment');
		expect(meta(data, 'og:title')).toBe(data.title);
		expect(meta(data, 'twitter:title')).toBe(data.title);
		expect(meta(data, 'og:description')).toBe('What it is about.');
		expect(meta(data, 'og:image:alt')).toBe(data.title);
	});

	test('the feed is linked from pages in a language only', () => {
		const feed = (data: HeadTagsData) =>
			data.links.find((tag) => tag.type === 'application/rss+xml')?.href;
		expect(feed(tags({ lang: 'ru', path: 'about/' }))).toBe('/ru/rss.xml');
		expect(feed(tags({}))).toBeUndefined();
		expect(feed(tags({ path: '', isPicker: true }))).toBeUndefined();
	});
});
