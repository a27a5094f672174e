/**
 * `/{lang}/og/<page>.png`: each page's link-preview image, in its language (`og:image`, see
 * `src/lib/head-tags.ts`), drawn at build time on worker threads and cached
 * (`src/lib/social-card-files.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { socialCards, type SocialCard } from '../../../lib/social-cards';
import { socialCardPng, startDrawing } from '../../../lib/social-card-files';

export const getStaticPaths = (async () => {
	const cards = await socialCards();
	// Astro asks every route for its paths before it renders any page: the cards are drawn on
	// worker threads meanwhile. The dev server draws each card when it is asked for.
	if (import.meta.env.PROD) startDrawing(cards);
	return cards.map((card) => ({ params: { lang: card.lang, card: card.key }, props: { card } }));
}) satisfies GetStaticPaths;

/** The PNG of one card. */
export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) =>
	new Response(await socialCardPng(props.card), {
		headers: { 'content-type': 'image/png' },
	});
