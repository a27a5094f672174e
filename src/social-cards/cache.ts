/**
 * A card's PNG, from the cache or drawn (`draw.ts`) and then cached, for the image routes. Cards
 * are drawn by the thread that renders the image's route: with `experimental.parallelPrerender`
 * (`astro.config.mjs`), Astro's render workers, one per core, which draw cards while they render
 * pages. Nothing is shared between those threads but the cache folder:
 *
 * - Each card is kept in Astro's cache folder (`node_modules/.astro/social-cards/<renderer>/`),
 *   named by a hash of what it shows (not of the page it is for), so a build whose host keeps
 *   `node_modules/.astro` between builds, as it does for Astro's optimised images, draws only the
 *   cards whose text changed. The folder is named by a fingerprint of the renderer
 *   (`integration.ts`): a new renderer draws every card again.
 * - A card is written under another name first and then renamed, so a thread (or a build stopped
 *   halfway) never reads half a card.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { CardText } from './cards';
import { drawSocialCard } from './draw';

/**
 * The name of a card's file in the cache: a hash of what it shows.
 * @example cachedCardName({ eyebrow: '', title: 'Search', footer: '…' }) → '3f1c…9a.png'
 */
export function cachedCardName({ eyebrow, title, footer }: CardText): string {
	return `${createHash('sha256')
		.update(JSON.stringify([eyebrow, title, footer]))
		.digest('hex')}.png`;
}

/** The cache folder, made once per thread. */
let folderMade: Promise<unknown> | undefined;

/**
 * The PNG of a card, from the cache when it was drawn before with the same renderer, else drawn
 * here and then cached.
 * @throws Error when it cannot be drawn (a font missing, say), naming what failed.
 */
export async function socialCardPng(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
	const folder = import.meta.env.SOCIAL_CARD_CACHE;
	const file = join(folder, cachedCardName(card));
	try {
		return new Uint8Array(await readFile(file));
	} catch {
		// Not drawn yet with this renderer.
	}
	let png: Uint8Array<ArrayBuffer>;
	try {
		png = await drawSocialCard(card);
	} catch (error) {
		throw new Error(`Drawing the link-preview card “${card.title}” failed`, { cause: error });
	}
	folderMade ??= mkdir(folder, { recursive: true });
	await folderMade;
	const partial = `${file}.${process.pid}-${threadId}.partial`;
	await writeFile(partial, png);
	await rename(partial, file);
	return png;
}
