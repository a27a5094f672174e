/**
 * Loads the assessment's result views and link reading (`result-kit.ts`), once per page: when a
 * stored result or a link in the address needs them at once, when the reader chooses a first
 * answer (so that they are there by the time the reader submits), or on submitting. The service
 * worker precaches the file with the rest of the site, so an offline reader gets their result.
 */
import type * as ResultKitModule from './result-kit';

/** The result views, the share code and the link reader. */
export type ResultKit = typeof ResultKitModule;

let loading: Promise<ResultKit> | undefined;

/**
 * The result kit, loaded on the first call; a failed load (offline before the service worker had
 * the file) is forgotten, so that the next call tries again.
 */
export function loadResultKit(): Promise<ResultKit> {
	loading ??= import('./result-kit').catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}
