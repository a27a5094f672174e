/**
 * Warns, at the end of `astro build`, that `SITE_URL` is not set and the build's absolute URLs point
 * at the placeholder origin. The build goes on: `npm start` and the tests build without it, and a
 * local build needs no real origin; a deploy does.
 */
import type { AstroIntegration } from 'astro';

/** The environment variable that holds the deployed site's origin. */
export const SITE_URL_VARIABLE = 'SITE_URL';

/**
 * The site's origin from `SITE_URL`, else `placeholder`.
 *
 * @example siteUrl('https://clientship.example') → 'https://learn.example.com' with SITE_URL set so
 */
export function siteUrl(placeholder: string): string {
	return process.env[SITE_URL_VARIABLE] || placeholder;
}

/** An Astro integration that warns after `astro build` when `SITE_URL` is not set. */
export default function siteUrlWarning(): AstroIntegration {
	let site: string | undefined;
	return {
		name: 'clientship:site-url',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site;
			},
			'astro:build:done': ({ logger }) => {
				if (process.env[SITE_URL_VARIABLE]) return;
				logger.warn(
					`${SITE_URL_VARIABLE} is not set, so this build's canonical links, hreflang alternates, ` +
						`Open Graph URLs, RSS feeds, sitemap and robots.txt point at ${site ?? 'no site'}, ` +
						`which is not where the site lives. Fine for a local build; for a deploy, build with ` +
						`${SITE_URL_VARIABLE}=https://your.domain npm run build.`
				);
			},
		},
	};
}
