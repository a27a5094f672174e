/**
 * The client directive `client:idleRetry` (added by `src/integrations/offline.ts`, #21): an island
 * starts when the browser is idle, as with Astro's `client:idle`, so a form at the end of a long
 * lesson is ready before the reader gets there, even if the connection drops meanwhile.
 *
 * If the island's code cannot load (offline before the service worker had it), Astro's loader
 * reports `astro:hydration-error` on the island and hydrates nothing; the form would stay disabled
 * without a word. Instead a note says so beside the island, in the page's language (the
 * directive's value, `client:idleRetry={t('island.unavailable')}`), and the island tries again when
 * the browser is back online, without a reload. (Astro's loader retries a failed import under a
 * fresh `?astro-retry=` address, which a browser that remembers failed imports needs.)
 *
 * Astro builds this file on its own (esbuild, an inline script per page), so it imports nothing.
 */
import type { ClientDirective } from 'astro';

/** The class of the note shown beside an island whose code could not load (styled in global.css). */
const NOTE_CLASS = 'island-unavailable';

const idleRetry: ClientDirective = (load, options, island) => {
	const message = typeof options.value === 'string' ? options.value : '';
	let note: HTMLElement | undefined;

	const start = async () => {
		let failed = false;
		const onError = (event: Event) => {
			failed = true;
			// Said on the page instead of in the console.
			event.preventDefault();
		};
		island.addEventListener('astro:hydration-error', onError);
		let hydrate: () => Promise<void>;
		try {
			hydrate = await load();
		} finally {
			island.removeEventListener('astro:hydration-error', onError);
		}
		if (failed) {
			if (!note) {
				// A status region that exists before its text arrives, so that screen readers say it.
				note = document.createElement('p');
				note.className = NOTE_CLASS;
				note.setAttribute('role', 'status');
				island.before(note);
				const shown = note;
				setTimeout(() => (shown.textContent = message), 50);
			}
			window.addEventListener('online', () => void start(), { once: true });
			return;
		}
		note?.remove();
		await hydrate();
	};

	if ('requestIdleCallback' in window) window.requestIdleCallback(() => void start());
	else setTimeout(() => void start(), 200);
};

export default idleRetry;
