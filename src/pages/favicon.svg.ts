/** `/favicon.svg`: the mark in the light theme's colours (`src/brand.ts`). */
import type { APIRoute } from 'astro';
import { BRAND_COLORS, logoSvg } from '../brand';

/** The favicon's SVG. */
export const GET: APIRoute = () =>
	new Response(logoSvg(BRAND_COLORS.light), { headers: { 'content-type': 'image/svg+xml' } });
