/** Astro's island markup, tidied as pages are built: valid, with its runtime in a cached file (#10, #15, #27). */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import islandElement from 'astro/runtime/server/astro-island.prebuilt.js';
import idle from 'astro/runtime/client/idle.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import {
	isIslandRuntime,
	runtimeFile,
	tidyIslandMarkup,
} from '../../../src/integrations/island-markup';

const OWN = 'console.log(1<2)';
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policy = (hashes: string[]) =>
	`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}; style-src 'self' ${hash('')};`;
const page = (body: string, hashes: string[]) =>
	`<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy(hashes)}"></head><body>${body}</body></html>`;
const island = `<astro-island uid="a" props="{&quot;lang&quot;:[0,&quot;ru&quot;],&quot;q&quot;:[0,&quot;a &amp;quot; b&quot;]}" opts="{&quot;name&quot;:&quot;Assessment&quot;}" ssr><form></form></astro-island>`;
const ASSETS = '/_astro/';

describe('isIslandRuntime()', () => {
	test('knows the island element and directive scripts of the Astro installed, and nothing else', () => {
		expect(isIslandRuntime(islandElement)).toBe(true);
		expect(isIslandRuntime(visible)).toBe(true);
		expect(isIslandRuntime(OWN)).toBe(false);
		expect(isIslandRuntime(`${visible} `)).toBe(false);
	});

	test('knows a custom directive by the frame Astro bundles it in (client:idleRetry, #21)', () => {
		// Astro bundles a custom directive as it prebuilds its own: the module, then its registration.
		const custom = idle
			.replace(').idle=', ').idleRetry=')
			.replace('`astro:idle`', '`astro:idleRetry`');
		expect(custom).not.toBe(idle);
		expect(isIslandRuntime(custom)).toBe(true);
		// Registered under one name but announced under another: not Astro's frame.
		expect(isIslandRuntime(idle.replace(').idle=', ').idleRetry='))).toBe(false);
		expect(isIslandRuntime(`${OWN};${custom}`)).toBe(false);
	});
});

describe('runtimeFile()', () => {
	test('names a set of scripts by their content and order', () => {
		const file = runtimeFile([visible, islandElement]);
		expect(file.name).toMatch(/^islands\.[\w-]{10}\.js$/);
		expect(file.text).toBe(`${visible};\n${islandElement};\n`);
		expect(runtimeFile([visible, islandElement]).name).toBe(file.name);
		expect(runtimeFile([islandElement]).name).not.toBe(file.name);
	});
});

describe('tidyIslandMarkup()', () => {
	const html = page(
		`<style>${ISLAND_STYLES}</style><script>${visible}</script><script>${islandElement}</script>${island}`,
		[hash(visible), hash(islandElement), hash('(()=>{unused directive})();')]
	);
	const { html: tidied, runtime } = tidyIslandMarkup(html, ASSETS);

	test('takes the island style and scripts out of the body, and loads the scripts from one deferred file', () => {
		expect(runtime).toEqual(runtimeFile([visible, islandElement]));
		expect(tidied).not.toContain('<style>');
		expect(tidied).not.toContain('<script>');
		expect(tidied).toContain(`<script defer src="/_astro/${runtime?.name}"></script></head>`);
	});

	test('leaves in the policy no hash of code the page does not have', () => {
		const content = /content="([^"]*)"/.exec(tidied)?.[1];
		expect(content).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"
		);
	});

	test('keeps the hash of inline code the page still has', () => {
		const own = tidyIslandMarkup(
			page(`<script>${OWN}</script>`, [hash(OWN), hash(islandElement)]),
			ASSETS
		);
		expect(own.html).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash(OWN)};`);
		expect(own.html).toContain(`<script>${OWN}</script>`);
		expect(own.runtime).toBeUndefined();
	});

	test('writes island props in single quotes, with the same value for the browser', () => {
		const props = /props='([^']*)'/.exec(tidied)?.[1] ?? '';
		expect(props).toBe('{"lang":[0,"ru"],"q":[0,"a &amp;quot; b"]}');
		expect(tidied).toContain(`opts='{"name":"Assessment"}'`);
	});

	test('changes nothing else on a page without islands or hashes', () => {
		const plain = '<html><head></head><body><p title="&quot;x&quot;">Hi</p></body></html>';
		expect(tidyIslandMarkup(plain, ASSETS)).toEqual({ html: plain });
	});

	test('fails when a page has an island but Astro wrote its scripts in a way it does not know (#27)', () => {
		const changed = page(
			`<script>(()=>{customElements.define("astro-island",class{})})()</script>${island}`,
			[]
		);
		expect(() => tidyIslandMarkup(changed, ASSETS)).toThrow(/does not recognise/);
	});
});
