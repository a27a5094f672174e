/**
 * `/{lang}/og/<page>.png`: the link-preview images of one language's pages (`og:image`, see
 * `src/lib/head-tags.ts`), drawn at build time or read from the card cache
 * (`src/social-cards/`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { socialCards, type SocialCard } from '../../../social-cards/cards';
import { socialCardPng } from '../../../social-cards/cache';

export const getStaticPaths = (async () =>
	(await socialCards()).map((card) => ({
		params: { lang: card.lang, card: card.key },
		props: { card },
	}))) satisfies GetStaticPaths;

/** The PNG of one card. */
export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) =>
	new Response(await socialCardPng(props.card), { headers: { 'content-type': 'image/png' } });
