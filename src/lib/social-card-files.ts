/**
 * Each page's link-preview card as PNG bytes, for the image route (#15, #16). Drawing one takes
 * about 16 ms of CPU on the project's two-core machine (satori's layout 4.5 ms, resvg's painting
 * 4.5 ms, PNG encoding 6 ms), so at 1,000 lessons per language the 4,400 cards cost more than
 * rendering every page. Two things keep them off the build's critical path:
 *
 * - **Worker threads.** Cards are drawn by `social-card-worker.ts`, one thread per core, all of
 *   them started as soon as Astro asks the image route for its paths (`startDrawing`), so they are
 *   drawn while Astro renders the pages; the image route then finds them written.
 * - **A cache.** Each card is kept in Astro's cache folder (`node_modules/.astro/social-cards/`),
 *   named by a hash of what it shows; the folder is named by a fingerprint of the renderer (its
 *   source and the versions of satori, resvg and the fonts), so a change to any of them draws every
 *   card again. A build whose host keeps `node_modules/.astro` between builds, as it does for
 *   Astro's optimised images, draws only the cards that changed.
 *
 * Both paths come from `src/integrations/social-cards.ts`, which knows the project's folders.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SocialCard } from './social-cards';

/** What a worker answers. */
type Answer = { png: Uint8Array<ArrayBuffer> } | { error: string };

interface Job {
	card: SocialCard;
	resolve: (png: Uint8Array<ArrayBuffer>) => void;
	reject: (error: Error) => void;
}

/**
 * A few worker threads, each given one card at a time: the others wait here as small objects.
 * (Posted all at once, a worker would start every card's layout before painting any, and hold
 * them all in memory.)
 */
class CardWorkers {
	private readonly waiting: Job[] = [];
	private readonly idle: Worker[] = [];
	private readonly busy = new Map<Worker, Job>();
	private alive: number;

	constructor(script: string, count: number) {
		this.alive = count;
		for (let index = 0; index < count; index++) {
			const worker = new Worker(script);
			worker.on('message', (answer: Answer) => {
				const job = this.busy.get(worker);
				this.busy.delete(worker);
				if ('png' in answer) job?.resolve(answer.png);
				else job?.reject(new Error(`Drawing a link-preview card failed: ${answer.error}`));
				this.idle.push(worker);
				this.next();
			});
			// A worker that dies (it could not load its script, say) fails its card; when none is
			// left, the cards still waiting fail with the same error instead of never being drawn.
			worker.on('error', (error: Error) => {
				this.busy.get(worker)?.reject(error);
				this.busy.delete(worker);
				this.alive -= 1;
				if (this.alive === 0) {
					for (const job of this.waiting.splice(0)) job.reject(error);
				}
			});
			// An idle worker must not keep the build's process alive once everything is drawn.
			worker.unref();
			this.idle.push(worker);
		}
	}

	/** Draws `card` when a worker is free. */
	draw(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
		if (this.alive === 0) return Promise.reject(new Error('No worker is left to draw cards'));
		return new Promise((resolve, reject) => {
			this.waiting.push({ card, resolve, reject });
			this.next();
		});
	}

	private next(): void {
		while (this.idle.length > 0 && this.waiting.length > 0) {
			const worker = this.idle.pop()!;
			const job = this.waiting.shift()!;
			this.busy.set(worker, job);
			worker.ref();
			worker.postMessage({ card: job.card });
		}
		for (const worker of this.idle) worker.unref();
	}
}

let workers: CardWorkers | undefined;
/** The cache folder, made once (a `mkdir` per card cost about half a second per 1,000 cards). */
let cacheFolder: Promise<unknown> | undefined;

/** Each card's file in the cache, by file: written, or being drawn. */
const cardFiles = new Map<string, Promise<string>>();

/** The cache file of `card`, drawn and written first unless it is there already. */
function cardFile(card: SocialCard): Promise<string> {
	const folder = import.meta.env.SOCIAL_CARD_CACHE;
	const file = join(
		folder,
		`${createHash('sha256').update(JSON.stringify(card)).digest('hex')}.png`
	);
	let written = cardFiles.get(file);
	if (!written) {
		written = drawUnlessCached(card, folder, file);
		cardFiles.set(file, written);
	}
	return written;
}

async function drawUnlessCached(card: SocialCard, folder: string, file: string): Promise<string> {
	try {
		await access(file);
		return file;
	} catch {
		// Not drawn yet with this renderer.
	}
	// As many threads as cores: while Astro renders pages, they share the cores with it; once the
	// pages are done, the cards have both.
	workers ??= new CardWorkers(
		import.meta.env.SOCIAL_CARD_WORKER,
		Math.max(1, availableParallelism())
	);
	const png = await workers.draw(card);
	cacheFolder ??= mkdir(folder, { recursive: true });
	await cacheFolder;
	// Written under another name first, so that a build stopped halfway leaves no half a card.
	const partial = `${file}.${process.pid}.partial`;
	await writeFile(partial, png);
	await rename(partial, file);
	return file;
}

/**
 * Starts drawing every card in `cards` that is not cached, in the background: the image route
 * calls it when Astro asks for its paths, before any page is rendered, so the cards are drawn
 * while the pages are. A card that fails is reported when its image is asked for.
 */
export function startDrawing(cards: readonly SocialCard[]): void {
	for (const card of cards) cardFile(card).catch(() => undefined);
}

/**
 * The PNG of `card` (1200×630), from the cache when it was drawn before with the same renderer,
 * else drawn on a worker thread and then cached.
 * @throws Error when the worker cannot draw it (a font missing, say), naming what failed.
 */
export async function socialCardPng(card: SocialCard): Promise<Uint8Array<ArrayBuffer>> {
	return new Uint8Array(await readFile(await cardFile(card)));
}
