/**
 * WebKitGTK, Safari's engine on Linux, driven by webdriverio over classic WebDriver: a virtual
 * screen (Xvfb), Debian's WebKitWebDriver, and a WebKit window of our own (webkit-window.py, on
 * Debian's Python bindings). See `scripts/lib/test-deps.ts` for where each is found.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';
import { findTestDependency } from '../../../scripts/lib/test-deps';
import type { Engine, Key, PageFunction } from './engine';

const WINDOW_SCRIPT = fileURLToPath(new URL('webkit-window.py', import.meta.url));

// WebDriver's codes for the keys (https://w3c.github.io/webdriver/#keyboard-actions).
const KEYS: Record<Key, string> = {
	Enter: '\uE007',
	Escape: '\uE00C',
	Tab: '\uE004',
	ArrowRight: '\uE014',
	ArrowLeft: '\uE012',
	Space: ' ',
};

/** A free TCP port on localhost. */
async function freePort(): Promise<number> {
	const server = createServer().listen(0, '127.0.0.1');
	await once(server, 'listening');
	const address = server.address();
	server.close();
	if (!address || typeof address === 'string') throw new Error('no free port');
	return address.port;
}

/** Starts Xvfb on a display it picks itself; resolves with the display and the process. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
	const xvfb = spawn(
		findTestDependency('xvfb'),
		['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'],
		{ stdio: ['ignore', 'ignore', 'pipe', 'pipe'] }
	);
	const errors: string[] = [];
	xvfb.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
	const displayPipe = xvfb.stdio[3];
	if (!displayPipe || !('on' in displayPipe)) throw new Error('Xvfb: no display pipe');
	const display = await new Promise<string>((resolve, reject) => {
		let text = '';
		displayPipe.on('data', (chunk: Buffer) => {
			text += chunk.toString();
			if (text.includes('\n')) resolve(`:${text.trim()}`);
		});
		xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors.join('')}`)));
		xvfb.once('error', reject);
	});
	return { display, process: xvfb };
}

/** Waits until WebKitWebDriver answers on `port`. */
async function waitForDriver(port: number, driver: ChildProcess): Promise<void> {
	for (let attempt = 0; attempt < 300; attempt++) {
		if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
		try {
			const response = await fetch(`http://127.0.0.1:${port}/status`);
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('WebKitWebDriver did not start in 30 s');
}

/** Ends a process we started, if it still runs. */
function stop(child: ChildProcess): void {
	if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

/**
 * Starts WebKitGTK with a `width`×`height` viewport; its `navigator.language` is `en-US`.
 * @example const webkit = await launchWebKit(1280, 900); …; await webkit.close();
 */
export async function launchWebKit(width: number, height: number): Promise<Engine> {
	const xvfb = await startXvfb();
	const port = await freePort();
	const driver = spawn(findTestDependency('webkit-driver'), [`--port=${port}`], {
		stdio: 'ignore',
		// WebKitGTK takes the reader's language from LANG; `C` would leave Intl without one.
		env: { ...process.env, DISPLAY: xvfb.display, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' },
	});
	try {
		await waitForDriver(port, driver);
		const capabilities = {
			// The name webkit-window.py gives itself.
			browserName: 'clientship-engines',
			// WebKitWebDriver speaks classic WebDriver only: asked for BiDi, it refuses the session.
			'wdio:enforceWebDriverClassic': true,
			'webkitgtk:browserOptions': {
				binary: findTestDependency('webkit-gtk'),
				args: [WINDOW_SCRIPT, '--automation'],
			},
		};
		const browser = await remote({
			hostname: '127.0.0.1',
			port,
			path: '/',
			logLevel: 'silent',
			connectionRetryCount: 0,
			capabilities,
		});
		const version = await browser.execute(
			() => /AppleWebKit\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? ''
		);
		const resize = async (newWidth: number, newHeight: number) => {
			await browser.setWindowSize(newWidth, newHeight);
		};
		await resize(width, height);
		return {
			name: `WebKitGTK (AppleWebKit ${version})`,
			async open(url) {
				// A URL that differs from the page's in its fragment only would not load the page anew.
				await browser.url('about:blank');
				await browser.url(url);
				// WebKitWebDriver answers once the document is parsed; the others wait for `load`.
				await browser.waitUntil(() => browser.execute(() => document.readyState === 'complete'), {
					timeout: 30_000,
					interval: 100,
				});
			},
			resize,
			run: <Args extends unknown[], Result>(fn: PageFunction<Args, Result>, ...args: Args) =>
				// webdriverio's own typing would turn elements into references; none cross here.
				browser.execute(fn as (...values: unknown[]) => Result, ...args) as Promise<
					Awaited<Result>
				>,
			async click(selector) {
				await browser.$(selector).click();
			},
			async type(text) {
				// One character per action: in one sequence WebKitGTK drops a repeated character
				// ("Anna" arrives as "Ana").
				for (const character of text) await browser.keys([character]);
			},
			async press(key) {
				await browser.keys([KEYS[key]]);
			},
			async screenshot() {
				return Buffer.from(await browser.takeScreenshot(), 'base64');
			},
			// Classic WebDriver has no way to hear the console.
			takeErrors: () => [],
			async close() {
				try {
					await browser.deleteSession();
				} finally {
					stop(driver);
					stop(xvfb.process);
				}
			},
		};
	} catch (error) {
		stop(driver);
		stop(xvfb.process);
		throw error;
	}
}
