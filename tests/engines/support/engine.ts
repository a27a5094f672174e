/**
 * The few things the engine tests ask of a browser, so that one walk of the site runs in Firefox
 * (puppeteer-core over WebDriver BiDi) and in WebKitGTK (webdriverio over classic WebDriver) alike.
 * Each engine's module implements `Engine`; `Reader` (reader.ts) builds what a test says on it.
 */

/** Keys the walks press. */
export type Key = 'Enter' | 'Escape' | 'Tab' | 'ArrowRight' | 'ArrowLeft' | 'Space';

/** A function run in the page: it must use only its arguments (it is sent as source). */
export type PageFunction<Args extends unknown[], Result> = (...args: Args) => Result;

/** One browser window, driven as a reader would drive it. */
export interface Engine {
	/** The engine's name in test titles: "Firefox ESR 153.8", "WebKitGTK 2.50.6". */
	readonly name: string;
	/** Opens an absolute URL as a new page (never a jump within the page) and waits for `load`. */
	open(url: string): Promise<void>;
	/** Sets the size of the page's viewport, in CSS pixels. */
	resize(width: number, height: number): Promise<void>;
	/** Runs `fn` in the page with JSON arguments and returns its JSON result. */
	run<Args extends unknown[], Result>(
		fn: PageFunction<Args, Result>,
		...args: Args
	): Promise<Awaited<Result>>;
	/** Clicks the element `selector` matches with the pointer, as a reader does. */
	click(selector: string): Promise<void>;
	/** Types text with the keyboard into whatever has focus. */
	type(text: string): Promise<void>;
	/** Presses one key. */
	press(key: Key): Promise<void>;
	/** A PNG of the viewport (for a look at what a failing walk saw). */
	screenshot(): Promise<Buffer>;
	/** Console errors and uncaught exceptions since the last call, where the engine reports them. */
	takeErrors(): string[];
	/** Closes the browser and everything started for it. */
	close(): Promise<void>;
}
