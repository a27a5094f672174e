/**
 * `/og.png`: the site's link-preview image, for the pages in no single language (the language
 * picker, 404), drawn like every other card (`src/social-cards/`).
 */
import type { APIRoute } from 'astro';
import { siteCard } from '../social-cards/cards';
import { socialCardPng } from '../social-cards/cache';

/** The PNG of the site's card. */
export const GET: APIRoute = async () =>
	new Response(await socialCardPng(siteCard()), { headers: { 'content-type': 'image/png' } });
