/**
 * The head tags of a page as data: title, description, canonical URL, hreflang alternates, the
 * feed link and the link-preview tags (Open Graph, Twitter). `HeadTags.astro` renders what this
 * returns, so the rules live here and are unit-tested without a build.
 *
 * The rules search engines need to agree with each other (#11):
 * - every page in a language is its own canonical and lists both languages and `x-default`;
 * - `x-default` of the home pages is the language picker at `/`, and `/` is its own canonical,
 *   so the page `x-default` names never points elsewhere; other pages' `x-default` is English;
 * - a page in no single language (the 404 page) has no canonical, no alternates and no `og:url`:
 *   it has no address of its own to name.
 *
 * Every page in a language has a preview image in that language: its own card or, where a page
 * shows another page's (a self-assessment shows its lesson's), that page's (`src/social-cards/`).
 */
import { CARD_SIZE, THEME_COLORS } from '../brand';
import { DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, otherLocale, type Locale } from '../i18n/locales';
import { SITE_CARD_PATH, socialImagePath } from '../social-cards/naming';

/** What a page says about itself. */
export interface HeadTagsInput {
	lang: Locale;
	title: string;
	description: string;
	/** Path after the language prefix (`lessons/x/`); undefined for a page in no single language. */
	path?: string | undefined;
	/** The language picker at `/`: its own canonical, and the `x-default` of the home pages. */
	isPicker?: boolean | undefined;
	/** `x-default` is the language picker (the home pages) rather than the English page. */
	defaultToPicker?: boolean | undefined;
	ogType?: 'website' | 'article' | undefined;
	noindex?: boolean | undefined;
	/**
	 * The page whose preview card this page shows, when not its own: its path after the language
	 * prefix, and the card's title (the image's alt text).
	 */
	card?: { path: string; title: string } | undefined;
}

/** What the tags need from the site: its origin, URL helpers and a few UI strings. */
export interface HeadTagsContext {
	site: URL;
	/** The URL of a page in one language (`localeUrl`). */
	pageUrl: (lang: Locale, path: string) => string;
	/** A path under the site's base (`baseUrl`). */
	fileUrl: (path: string) => string;
	strings: { siteName: string; feed: string; tagline: string };
	generator: string;
}

/** A `<meta>` tag: `name` or `property`, and its content. */
export interface MetaTag {
	name?: string;
	property?: string;
	content: string;
	media?: string;
}

/** A `<link>` tag. */
export interface LinkTag {
	rel: string;
	href: string;
	hreflang?: string;
	type?: string;
	title?: string;
}

/** Everything `HeadTags.astro` writes after `charset` and `viewport`. */
export interface HeadTagsData {
	title: string;
	meta: MetaTag[];
	links: LinkTag[];
}

/**
 * The head tags of one page.
 * @example headTags({ lang: 'ru', title: 'О проекте', description: '…', path: 'about/' }, context).links[0] → { rel: 'canonical', href: 'https://clientship.example/ru/about/' }
 */
export function headTags(input: HeadTagsInput, context: HeadTagsContext): HeadTagsData {
	const { lang, title, description, path, isPicker = false, noindex = false } = input;
	const { site, pageUrl, fileUrl, strings } = context;
	const absolute = (href: string) => new URL(href, site).href;
	const picker = absolute(fileUrl(''));
	const hasAddress = path !== undefined;
	const canonical = isPicker ? picker : hasAddress ? absolute(pageUrl(lang, path)) : undefined;
	const xDefault =
		isPicker || input.defaultToPicker ? picker : absolute(pageUrl(DEFAULT_LOCALE, path ?? ''));
	// The picker speaks English first, and its card is the site's own; every other page shows its
	// own card or the one it names.
	// A preview names the site on its own line (og:site_name): its title drops the « · Clientship»
	// that a browser tab needs.
	const socialTitle = title.replace(` · ${strings.siteName}`, '') || title;
	const isSiteCard = isPicker || !hasAddress;
	const card = input.card ?? { path: path ?? '', title: socialTitle };
	const image = absolute(
		isSiteCard ? fileUrl(SITE_CARD_PATH) : pageUrl(lang, socialImagePath(card.path))
	);

	const links: LinkTag[] = [
		...(canonical ? [{ rel: 'canonical', href: canonical }] : []),
		...(hasAddress
			? [
					...LOCALES.map((locale) => ({
						rel: 'alternate',
						hreflang: locale,
						href: absolute(pageUrl(locale, path)),
					})),
					{ rel: 'alternate', hreflang: 'x-default', href: xDefault },
				]
			: []),
		{ rel: 'icon', href: fileUrl('favicon.svg'), type: 'image/svg+xml' },
		// The installed site (#21): its manifest in the page's language, and iOS's home-screen icon.
		{ rel: 'manifest', href: pageUrl(lang, 'manifest.webmanifest') },
		{ rel: 'apple-touch-icon', href: fileUrl('icons/apple-touch-icon.png') },
		...(hasAddress && !isPicker
			? [
					{
						rel: 'alternate',
						type: 'application/rss+xml',
						title: `${strings.siteName}: ${strings.feed}`,
						href: pageUrl(lang, 'rss.xml'),
					},
				]
			: []),
	];

	const meta: MetaTag[] = [
		{ name: 'description', content: description },
		...(noindex ? [{ name: 'robots', content: 'noindex' }] : []),
		{ name: 'theme-color', content: THEME_COLORS.light, media: '(prefers-color-scheme: light)' },
		{ name: 'theme-color', content: THEME_COLORS.dark, media: '(prefers-color-scheme: dark)' },
		{ name: 'color-scheme', content: 'light dark' },
		{ name: 'generator', content: context.generator },
		{ property: 'og:site_name', content: strings.siteName },
		{ property: 'og:type', content: input.ogType ?? 'website' },
		{ property: 'og:title', content: socialTitle },
		{ property: 'og:description', content: description },
		...(canonical ? [{ property: 'og:url', content: canonical }] : []),
		{ property: 'og:locale', content: LOCALE_TAGS[lang].openGraph },
		...(hasAddress
			? [{ property: 'og:locale:alternate', content: LOCALE_TAGS[otherLocale(lang)].openGraph }]
			: []),
		{ property: 'og:image', content: image },
		{ property: 'og:image:type', content: 'image/png' },
		{ property: 'og:image:width', content: String(CARD_SIZE.width) },
		{ property: 'og:image:height', content: String(CARD_SIZE.height) },
		{ property: 'og:image:alt', content: isSiteCard ? strings.tagline : card.title },
		{ name: 'twitter:card', content: 'summary_large_image' },
		{ name: 'twitter:title', content: socialTitle },
		{ name: 'twitter:description', content: description },
		{ name: 'twitter:image', content: image },
	];

	return { title, meta, links };
}
