/**
 * Registers the site's service worker (Workbox's, written by `src/integrations/offline.ts`) and
 * offers a new build of the site when one has been deployed (#21). Part of the header script,
 * which registers the worker only after the page's `load` event, so a first visit loads what it
 * did before; the worker then precaches the site in the background.
 *
 * Versions never mix: a new build's worker installs beside the running one and waits. This page
 * shows "A new version of Clientship is available" (`UpdateNotice.astro`); "Reload" tells the
 * waiting worker to take over (Workbox's `SKIP_WAITING` message), and every open page of the
 * site reloads when it has (`controllerchange`), so none goes on loading the new build's files
 * (an island, the search index) into the old build's page. Readers' work survives the reload:
 * answers, history and team sessions are kept in localStorage as they change.
 */

/** What the notice needs from the page. */
interface NoticeElements {
	notice: HTMLElement;
	reload: HTMLButtonElement;
	later: HTMLButtonElement;
}

function noticeElements(root: Document): NoticeElements | undefined {
	const notice = root.querySelector<HTMLElement>('[data-update-notice]');
	const reload = notice?.querySelector<HTMLButtonElement>('[data-update-reload]');
	const later = notice?.querySelector<HTMLButtonElement>('[data-update-later]');
	return notice && reload && later ? { notice, reload, later } : undefined;
}

/**
 * Registers `url` (the worker, scope `scope`) and wires the update notice in `root`. Does nothing
 * where the browser has no service workers; a registration the browser refuses (private modes,
 * blocked by a test) leaves the site working online as before.
 */
export async function startServiceWorker(
	root: Document,
	url: string,
	scope: string
): Promise<void> {
	const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
	if (!container) return;
	// A page that no worker served gets one when the first install takes over (`clientsClaim`):
	// nothing to reload then. Any later change of worker is a new build taking over.
	let isControlled = container.controller !== null;
	let isReloading = false;
	container.addEventListener('controllerchange', () => {
		if (!isControlled) {
			isControlled = true;
			return;
		}
		if (isReloading) return;
		isReloading = true;
		window.location.reload();
	});

	const elements = noticeElements(root);
	const offer = (worker: ServiceWorker) => {
		if (!elements) return;
		elements.reload.onclick = () => worker.postMessage({ type: 'SKIP_WAITING' });
		elements.later.onclick = () => {
			elements.notice.hidden = true;
		};
		elements.notice.hidden = false;
	};

	let registration: ServiceWorkerRegistration | undefined;
	try {
		registration = await container.register(url, { scope });
	} catch {
		return;
	}
	// (Browsers that block workers without saying so, as Playwright's `serviceWorkers: 'block'`
	// does, answer nothing.)
	if (!registration) return;
	// A new build installed while another worker controls the page: waiting for the reader. The
	// browser may have found it before this page registered (it looks whenever a page opens).
	const track = (worker: ServiceWorker | null) => {
		if (!worker) return;
		const offerIfWaiting = () => {
			if (worker.state === 'installed' && container.controller) offer(worker);
		};
		offerIfWaiting();
		worker.addEventListener('statechange', offerIfWaiting);
	};
	const registered = registration;
	track(registered.waiting);
	track(registered.installing);
	registered.addEventListener('updatefound', () => track(registered.installing));
	// Browsers look for a new worker when a page is opened; a tab left open for days (a lesson
	// kept for later, the training room's laptop) looks again whenever it is shown.
	root.addEventListener('visibilitychange', () => {
		if (root.visibilityState === 'visible') registered.update().catch(() => undefined);
	});
}
