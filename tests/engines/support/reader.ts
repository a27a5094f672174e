/**
 * A reader at an engine's window: finds things as a person does (by role and name, by a field's
 * label, by visible text), clicks, types and waits on what the page shows, never on time. The
 * same calls work in every engine; only `Engine` differs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine, Key } from './engine';

/** Roles the walks use, as the elements that have them on this site. */
const ROLE_SELECTORS = {
	alert: '[role="alert"]',
	button: 'button, [role="button"], input[type="submit"], input[type="button"], summary',
	dialog: 'dialog[open], [role="dialog"]',
	group: 'fieldset, [role="group"]',
	heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
	link: 'a[href], [role="link"]',
	navigation: 'nav, [role="navigation"]',
	radio: 'input[type="radio"], [role="radio"]',
	region: 'section[aria-labelledby], section[aria-label], [role="region"]',
	row: 'tr, [role="row"]',
	rowheader: 'th[scope="row"], [role="rowheader"]',
	status: '[role="status"], output',
	switch: '[role="switch"]',
	table: 'table, [role="table"]',
	textbox:
		'input:not([type]), input[type="text"], input[type="search"], input[type="url"], textarea',
} as const;

/** A role the walks look for. */
export type Role = keyof typeof ROLE_SELECTORS;

/** Something on the page, described as a reader would point at it. */
export interface Target {
	/** Its role, as a screen reader announces it. */
	role?: Role;
	/** Its accessible name, exactly (white space folded, no-break spaces included). */
	name?: string;
	/** Part of its accessible name. */
	nameContains?: string;
	/** A heading's level. */
	level?: number;
	/** A form field, by the text of its label. */
	label?: string;
	/** The smallest element whose text contains this. */
	text?: string;
	/** Structure a reader cannot name (a table's body rows), as CSS. */
	css?: string;
	/** Inside this. */
	within?: Target;
	/** Which of several, from 0; the first by default. */
	nth?: number;
}

/**
 * Runs in the page (sent as source: it uses nothing from outside). Finds the visible elements
 * `target` describes, marks the `nth` with `data-engine-mark="<mark>"` and returns how many there
 * were.
 */
function markTarget(target: Target, mark: string, roleSelectors: Record<string, string>): number {
	const fold = (text: string) => text.replace(/[\s\u00a0\u202f\u200b]+/g, ' ').trim();
	// Text as a screen reader reads it: without what is hidden from it (a shortcut's <kbd>).
	const spoken = (node: Node): string =>
		node instanceof Element
			? node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')
				? ''
				: [...node.childNodes].map(spoken).join('')
			: (node.textContent ?? '');
	const nameOf = (element: Element): string => {
		const labelledBy = element.getAttribute('aria-labelledby');
		if (labelledBy) {
			return fold(
				labelledBy
					.split(/\s+/)
					.map((id) => {
						const labelling = document.getElementById(id);
						return labelling ? spoken(labelling) : '';
					})
					.join(' ')
			);
		}
		const label = element.getAttribute('aria-label');
		if (label) return fold(label);
		if (
			element instanceof HTMLInputElement ||
			element instanceof HTMLSelectElement ||
			element instanceof HTMLTextAreaElement
		) {
			const labels = [...(element.labels ?? [])].map(spoken);
			if (labels.length > 0) return fold(labels.join(' '));
			return fold(element instanceof HTMLInputElement ? element.value : '');
		}
		if (element instanceof HTMLFieldSetElement) {
			const legend = element.querySelector('legend');
			return fold(legend ? spoken(legend) : '');
		}
		if (element instanceof HTMLTableElement) {
			return fold(element.caption ? spoken(element.caption) : '');
		}
		return fold(spoken(element));
	};
	const isVisible = (element: Element) => {
		const box = element.getBoundingClientRect();
		return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
	};
	const candidates = (query: Target, root: ParentNode): Element[] => {
		if (query.label !== undefined) {
			const label = fold(query.label);
			return [...root.querySelectorAll('input, select, textarea')].filter(
				(field) => nameOf(field) === label
			);
		}
		if (query.role) {
			return [...root.querySelectorAll(roleSelectors[query.role] ?? '*')].filter(
				(element) =>
					query.level === undefined ||
					element.tagName === `H${query.level}` ||
					element.getAttribute('aria-level') === String(query.level)
			);
		}
		if (query.text !== undefined) {
			const text = fold(query.text);
			const holds = (element: Element) => fold(element.textContent ?? '').includes(text);
			return [...root.querySelectorAll('body *')].filter(
				(element) =>
					!['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName) &&
					holds(element) &&
					![...element.children].some(holds)
			);
		}
		return [...root.querySelectorAll(query.css ?? '*')];
	};
	const search = (query: Target): Element[] => {
		const within = query.within;
		const containers = within ? search(within) : [document];
		const roots: ParentNode[] =
			within?.nth === undefined ? containers : containers.slice(within.nth, within.nth + 1);
		return roots
			.flatMap((root) => candidates(query, root))
			.filter(isVisible)
			.filter((element) => query.name === undefined || nameOf(element) === fold(query.name))
			.filter(
				(element) =>
					query.nameContains === undefined || nameOf(element).includes(fold(query.nameContains))
			);
	};
	for (const old of document.querySelectorAll(`[data-engine-mark="${mark}"]`)) {
		old.removeAttribute('data-engine-mark');
	}
	const found = search(target);
	found[target.nth ?? 0]?.setAttribute('data-engine-mark', mark);
	return found.length;
}

/** How a target reads in a message. */
function describe(target: Target): string {
	const parts = [
		target.role,
		target.level ? `level ${target.level}` : undefined,
		target.name !== undefined ? `“${target.name}”` : undefined,
		target.nameContains !== undefined ? `containing “${target.nameContains}”` : undefined,
		target.label !== undefined ? `field “${target.label}”` : undefined,
		target.text !== undefined ? `text “${target.text}”` : undefined,
		target.css,
		target.nth ? `#${target.nth + 1}` : undefined,
	].filter(Boolean);
	return `${parts.join(' ')}${target.within ? ` in ${describe(target.within)}` : ''}`;
}

/** How long a wait may take: long enough for a busy two-core machine, short of the test's limit. */
const WAIT_MS = 30_000;
const POLL_MS = 100;

/** A reader at one engine's window, on the site at `baseURL`. */
export class Reader {
	#marks = 0;
	#lastError: unknown;

	constructor(
		readonly engine: Engine,
		readonly baseURL: string
	) {}

	/** Opens a path of the site, or any URL. */
	async open(path: string): Promise<void> {
		await this.engine.open(new URL(path, this.baseURL).href);
	}

	/** The page's address now. */
	async location(): Promise<URL> {
		return new URL(await this.engine.run(() => location.href));
	}

	/**
	 * Waits until `check` (run in the page) returns something truthy, and returns it. Fails after
	 * 30 s saying `what` did not happen, with a screenshot of the window in test-results/engines/.
	 */
	async until<Args extends unknown[], Result>(
		what: string,
		check: (...args: Args) => Result,
		...args: Args
	): Promise<NonNullable<Awaited<Result>>> {
		const deadline = Date.now() + WAIT_MS;
		this.#lastError = undefined;
		for (;;) {
			const result = await this.attempt(() => this.engine.run(check, ...args));
			if (result) return result;
			if (Date.now() > deadline) throw await this.failure(what);
			await new Promise((resolve) => setTimeout(resolve, POLL_MS));
		}
	}

	/**
	 * Runs a step that reads the page, as undefined when the page is between documents (a script
	 * run while a link is being followed fails with the old document).
	 */
	private async attempt<Result>(step: () => Promise<Result>): Promise<Result | undefined> {
		try {
			return await step();
		} catch (error) {
			this.#lastError = error;
			return undefined;
		}
	}

	/** Waits until `target` is on the page and visible; returns a CSS selector for it. */
	async find(target: Target): Promise<string> {
		const mark = `m${++this.#marks}`;
		const deadline = Date.now() + WAIT_MS;
		this.#lastError = undefined;
		for (;;) {
			const count = await this.attempt(() =>
				this.engine.run(markTarget, target, mark, ROLE_SELECTORS)
			);
			if (count !== undefined && count > (target.nth ?? 0)) return `[data-engine-mark="${mark}"]`;
			if (Date.now() > deadline) throw await this.failure(`${describe(target)} to show`);
			await new Promise((resolve) => setTimeout(resolve, POLL_MS));
		}
	}

	/** Waits until `target` is shown (the reader sees it). */
	async see(target: Target): Promise<void> {
		await this.find(target);
	}

	/** Waits until nothing `target` describes is shown. */
	async seeNo(target: Target): Promise<void> {
		const deadline = Date.now() + WAIT_MS;
		while (((await this.attempt(() => this.count(target))) ?? 1) > 0) {
			if (Date.now() > deadline) throw await this.failure(`${describe(target)} to go`);
			await new Promise((resolve) => setTimeout(resolve, POLL_MS));
		}
	}

	/** How many of `target` are shown now. */
	async count(target: Target): Promise<number> {
		return this.engine.run(markTarget, { ...target, nth: 0 }, 'count', ROLE_SELECTORS);
	}

	/**
	 * Clicks `target` with the pointer, once it is in view, still, and not covered: a click sent
	 * while the page scrolls smoothly to it would land wherever the element was.
	 */
	async click(target: Target): Promise<void> {
		await this.clickStill(target);
	}

	/**
	 * Clicks `target` once it stands still and nothing covers it, and returns the selector it was
	 * found by. A click at a box that is still moving can land on whatever slides under it (a
	 * link, once: the walk left the team view for an assessment).
	 */
	private async clickStill(target: Target): Promise<string> {
		const scrollTo = (css: string) => {
			document.querySelector(css)?.scrollIntoView({ block: 'center', behavior: 'instant' });
		};
		let selector = await this.find(target);
		await this.engine.run(scrollTo, selector);
		const deadline = Date.now() + WAIT_MS;
		this.#lastError = undefined;
		for (;;) {
			const state = await this.attempt(() =>
				this.engine.run((css: string) => {
					const element = document.querySelector(css);
					if (!element) return 'gone';
					const box = element.getBoundingClientRect();
					const at = `${box.x},${box.y},${box.width},${box.height}`;
					const before = element.getAttribute('data-engine-at');
					element.setAttribute('data-engine-at', at);
					const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
					const isUncovered = hit !== null && (element.contains(hit) || hit.contains(element));
					return at === before && isUncovered ? 'ready' : 'moving';
				}, selector)
			);
			if (state === 'ready') break;
			if (Date.now() > deadline) {
				throw await this.failure(`${describe(target)} to stand still, uncovered`);
			}
			if (state !== 'moving') {
				// Drawn anew (a list re-rendered, the page navigated): find it again.
				selector = await this.find(target);
				await this.engine.run(scrollTo, selector);
			}
			await new Promise((resolve) => setTimeout(resolve, POLL_MS));
		}
		await this.engine.click(selector);
		return selector;
	}

	/** Clicks into a field, selects what it holds and types `text` over it. */
	async fill(target: Target, text: string): Promise<void> {
		const selector = await this.clickStill(target);
		await this.engine.run((css: string) => {
			const field = document.querySelector(css);
			if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.select();
		}, selector);
		await this.engine.type(text);
	}

	/**
	 * Puts `text` into a field as a paste does: all at once, with an `input` event. (Typing a chat
	 * of links key by key would take a minute in WebKitGTK.)
	 */
	async paste(target: Target, text: string): Promise<void> {
		const selector = await this.clickStill(target);
		await this.engine.run(
			(css: string, value: string) => {
				const field = document.querySelector(css);
				if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
				field.value = value;
				field.dispatchEvent(
					new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' })
				);
			},
			selector,
			text
		);
	}

	/** Types with the keyboard into whatever has focus. */
	async type(text: string): Promise<void> {
		await this.engine.type(text);
	}

	/** Presses a key. */
	async press(key: Key): Promise<void> {
		await this.engine.press(key);
	}

	/** The text of `target` as shown, white space folded. */
	async textOf(target: Target): Promise<string> {
		const selector = await this.find(target);
		return this.engine.run(
			(css: string) =>
				document
					.querySelector<HTMLElement>(css)
					?.innerText.replace(/[\s\u00a0\u202f]+/g, ' ')
					.trim() ?? '',
			selector
		);
	}

	/** The texts of every `target` shown, white space folded. */
	async textsOf(target: Target): Promise<string[]> {
		const total = await this.count(target);
		const texts: string[] = [];
		for (let nth = 0; nth < total; nth++) texts.push(await this.textOf({ ...target, nth }));
		return texts;
	}

	/** What a field holds. */
	async valueOf(target: Target): Promise<string> {
		const selector = await this.find(target);
		return this.engine.run(
			(css: string) => document.querySelector<HTMLInputElement>(css)?.value ?? '',
			selector
		);
	}

	/** Whether `target` has keyboard focus. */
	async hasFocus(target: Target): Promise<boolean> {
		const selector = await this.find(target);
		return this.engine.run(
			(css: string) => document.activeElement?.matches(css) ?? false,
			selector
		);
	}

	/** Waits until every island on the page has started (Astro removes `ssr` from each). */
	async waitForIslands(): Promise<void> {
		await this.until(
			'the islands to start',
			() => document.readyState === 'complete' && !document.querySelector('astro-island[ssr]')
		);
	}

	/** An error saying what did not happen, with a screenshot to look at. */
	private async failure(what: string): Promise<Error> {
		const dir = join('test-results', 'engines');
		const file = join(dir, `${this.engine.name.replace(/\W+/g, '-')}-${Date.now()}.png`);
		try {
			mkdirSync(dir, { recursive: true });
			writeFileSync(file, await this.engine.screenshot());
		} catch {
			// The message matters more than the picture.
		}
		const where = await this.engine.run(() => location.href).catch(() => '?');
		const last = this.#lastError instanceof Error ? `; last error: ${this.#lastError.message}` : '';
		return new Error(
			`${this.engine.name}: waited 30 s for ${what} on ${where} (see ${file})${last}`
		);
	}
}
