/**
 * The web app manifest of each language (#21), `/{lang}/manifest.webmanifest`: what a phone needs
 * to put the site on its home screen and open it in a window of its own, in the reader's language.
 * The installed site opens at its language's home page; its scope is the whole site, so the
 * language switch and a colleague's link in the other language stay in the installed window.
 */
import type { Locale } from '../i18n/locales';
import { APP_ICONS } from './app-icons';
import { THEME_COLORS } from '../brand';

/** A manifest's icon entry. */
export interface ManifestIcon {
	src: string;
	sizes: string;
	type: 'image/png';
	purpose: 'any' | 'maskable';
}

/** The members of the manifest the site writes. */
export interface WebManifest {
	id: string;
	name: string;
	short_name: string;
	description: string;
	lang: Locale;
	dir: 'ltr';
	start_url: string;
	scope: string;
	display: 'standalone';
	background_color: string;
	theme_color: string;
	icons: ManifestIcon[];
}

/** What the manifest needs from the site. */
export interface WebManifestInput {
	lang: Locale;
	/** `site.name` and `site.description` in the language. */
	name: string;
	description: string;
	/** The language's home page (`localeUrl(lang)`). */
	startUrl: string;
	/** The site's base (`baseUrl('')`). */
	scope: string;
	/** A file's URL under the base (`baseUrl`). */
	fileUrl: (path: string) => string;
}

/**
 * The manifest of one language, with the icons of `APP_ICONS`.
 * @example webManifest({ lang: 'ru', name: 'Clientship', description: '…', startUrl: '/ru/', scope: '/', fileUrl }).start_url → '/ru/'
 */
export function webManifest(input: WebManifestInput): WebManifest {
	return {
		// Each language installs as an app of its own, named by where it opens.
		id: input.startUrl,
		name: input.name,
		short_name: input.name,
		description: input.description,
		lang: input.lang,
		dir: 'ltr',
		start_url: input.startUrl,
		scope: input.scope,
		display: 'standalone',
		background_color: THEME_COLORS.light,
		theme_color: THEME_COLORS.light,
		icons: APP_ICONS.map((icon) => ({
			src: input.fileUrl(`icons/${icon.name}.png`),
			sizes: `${icon.size}x${icon.size}`,
			type: 'image/png',
			purpose: icon.purpose,
		})),
	};
}
