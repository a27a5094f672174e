/**
 * `/{lang}/og/<page>.png`: each page's link-preview image, in its language (`og:image`, see
 * `src/lib/head-tags.ts`), drawn at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { socialCards, type SocialCard } from '../../../lib/social-cards';
import { renderSocialCard } from '../../../lib/social-image';

export const getStaticPaths = (async () =>
	(await socialCards()).map((card) => ({
		params: { lang: card.lang, card: card.key },
		props: { card },
	}))) satisfies GetStaticPaths;

/** The PNG of one card. */
export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) =>
	new Response(await renderSocialCard(props.card), {
		headers: { 'content-type': 'image/png' },
	});
