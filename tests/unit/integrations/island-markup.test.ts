/** Astro's island markup, tidied after the build: valid, with its runtime in a cached file (#10, #15). */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { isIslandRuntime, tidyIslandMarkup } from '../../../src/integrations/island-markup';

const RUNTIME = '(()=>{class s extends HTMLElement{};customElements.define("astro-island",s)})();';
const VISIBLE = '(()=>{var a=1;(self.Astro||(self.Astro={})).visible=a;})();';
const OWN = 'console.log(1<2)';
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policy = (hashes: string[]) =>
	`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}; style-src 'self' ${hash('')};`;
const page = (body: string, hashes: string[]) =>
	`<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy(hashes)}"></head><body>${body}</body></html>`;
const island = `<astro-island uid="a" props="{&quot;lang&quot;:[0,&quot;ru&quot;],&quot;q&quot;:[0,&quot;a &amp;quot; b&quot;]}" opts="{&quot;name&quot;:&quot;Assessment&quot;}" ssr><form></form></astro-island>`;
const src = () => '/_astro/islands.abc.js';

describe('isIslandRuntime()', () => {
	test('knows Astro’s island element and directive scripts, and nothing else', () => {
		expect(isIslandRuntime(RUNTIME)).toBe(true);
		expect(isIslandRuntime(VISIBLE)).toBe(true);
		expect(isIslandRuntime(OWN)).toBe(false);
	});
});

describe('tidyIslandMarkup()', () => {
	const html = page(
		`<style>astro-island,astro-slot,astro-static-slot{display:contents}</style><script>${VISIBLE}</script><script>${RUNTIME}</script>${island}`,
		[hash(VISIBLE), hash(RUNTIME), hash('(()=>{unused directive})();')]
	);
	const { html: tidied, runtime } = tidyIslandMarkup(html, src);

	test('takes the island style and scripts out of the body, and loads the scripts from one deferred file', () => {
		expect(runtime).toEqual([VISIBLE, RUNTIME]);
		expect(tidied).not.toContain('<style>');
		expect(tidied).not.toContain('<script>');
		expect(tidied).toContain('<script defer src="/_astro/islands.abc.js"></script></head>');
	});

	test('leaves in the policy no hash of code the page does not have', () => {
		const content = /content="([^"]*)"/.exec(tidied)?.[1];
		expect(content).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"
		);
	});

	test('keeps the hash of inline code the page still has', () => {
		const own = tidyIslandMarkup(page(`<script>${OWN}</script>`, [hash(OWN), hash(RUNTIME)]), src);
		expect(own.html).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash(OWN)};`);
		expect(own.html).toContain(`<script>${OWN}</script>`);
		expect(own.runtime).toEqual([]);
	});

	test('writes island props in single quotes, with the same value for the browser', () => {
		const props = /props='([^']*)'/.exec(tidied)?.[1] ?? '';
		expect(props).toBe('{"lang":[0,"ru"],"q":[0,"a &amp;quot; b"]}');
		expect(tidied).toContain(`opts='{"name":"Assessment"}'`);
	});

	test('changes nothing else on a page without islands or hashes', () => {
		const plain = '<html><head></head><body><p title="&quot;x&quot;">Hi</p></body></html>';
		expect(tidyIslandMarkup(plain, src)).toEqual({ html: plain, runtime: [] });
	});
});
