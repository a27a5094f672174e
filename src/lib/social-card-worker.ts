/**
 * A worker thread that draws link-preview cards (`src/lib/social-card-files.ts` starts it): each
 * message `{ card }` is answered with `{ png }` (the PNG's bytes, transferred) or `{ error }`
 * (the message of what failed); the pool sends the next card once this one is answered. Node runs this file as it is, types stripped,
 * outside Vite's bundle, so it imports with file extensions.
 */
import { parentPort } from 'node:worker_threads';
import { renderSocialCard } from './social-image.ts';
import type { SocialCard } from './social-cards';

parentPort?.on('message', ({ card }: { card: SocialCard }) => {
	renderSocialCard(card).then(
		(png) => parentPort?.postMessage({ png }, [png.buffer]),
		(error: unknown) =>
			parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) })
	);
});
