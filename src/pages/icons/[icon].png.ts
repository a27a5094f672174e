/** `/icons/<name>.png`: the installed site's icons, drawn from the favicon (`src/lib/app-icons.ts`, #21). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { BRAND_COLORS, logoSvg } from '../../brand';
import { APP_ICONS, APPLE_TOUCH_ICON, renderIcon, type AppIcon } from '../../lib/app-icons';

/** The favicon's SVG, as `/favicon.svg` serves it. */
const favicon = logoSvg(BRAND_COLORS.light);

export const getStaticPaths = (() =>
	[...APP_ICONS, APPLE_TOUCH_ICON].map((icon) => ({
		params: { icon: icon.name },
		props: { icon },
	}))) satisfies GetStaticPaths;

/** The PNG of one icon. */
export const GET: APIRoute<{ icon: AppIcon }> = ({ props }) =>
	new Response(renderIcon(favicon, props.icon), { headers: { 'content-type': 'image/png' } });
