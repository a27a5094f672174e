/** robots.txt, pointing crawlers at the sitemap under the configured site and base. */
import type { APIRoute } from 'astro';
import { baseUrl } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(baseUrl('sitemap-index.xml'), site ?? 'https://clientship.example').href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
