/** The Markdown pipeline typesets Russian prose and nothing else (#12). */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { isRussianContent, russianTypography } from '../../../src/lib/markdown-typography';

const RU = new URL('file:///site/content/lessons/ru/marriage-or-mess.mdx');
const EN = new URL('file:///site/content/lessons/en/marriage-or-mess.mdx');

async function render(markdown: string, fileURL: URL) {
	const processor = await createSatteriMarkdownProcessor({ hastPlugins: [russianTypography] });
	const { code, metadata } = await processor.render(markdown, { fileURL });
	return { html: code.trim().replaceAll('\u00A0', '⍽'), headings: metadata.headings };
}

describe('isRussianContent()', () => {
	test('knows Russian lessons and pages by their folder', () => {
		expect(isRussianContent(RU)).toBe(true);
		expect(isRussianContent(new URL('file:///site/content/pages/ru/about.mdx'))).toBe(true);
		expect(isRussianContent(EN)).toBe(false);
		expect(isRussianContent(undefined)).toBe(false);
	});
});

describe('russianTypography', () => {
	test('binds words in Russian prose, across inline markup', async () => {
		const { html } = await render('Я думаю, что в **бизнесе** и в жизни — всё сложно.', RU);
		expect(html).toBe('<p>Я⍽думаю, что в⍽<strong>бизнесе</strong> и⍽в⍽жизни⍽— всё сложно.</p>');
	});

	test('treats a line break inside a paragraph as the space it is', async () => {
		const { html } = await render('Клиент приходит в\nагентство и\n  уходит.', RU);
		expect(html).toBe('<p>Клиент приходит в⍽агентство и⍽уходит.</p>');
	});

	test('leaves code, link targets and URLs alone', async () => {
		const { html } = await render(
			'Код `в и а` и [ссылка на раздел](#где-это-не-работает "о разделе"), см. https://example.com/в и дальше',
			RU
		);
		expect(html).toContain('<code>в и а</code>');
		expect(html).toContain(
			`и⍽<a href="#${encodeURIComponent('где-это-не-работает')}" title="о разделе">ссылка на⍽раздел</a>`
		);
		expect(html).toContain('>https://example.com/в</a> и⍽дальше');
	});

	test('keeps heading ids and the headings list as they were without it', async () => {
		const markdown = '## Где это не работает\n\nТекст.\n\n### Итог\n\n### Итог';
		const { html, headings } = await render(markdown, RU);
		expect(html).toContain('<h2 id="где-это-не-работает">Где это не⍽работает</h2>');
		expect(headings.map((heading) => heading.slug)).toEqual([
			'где-это-не-работает',
			'итог',
			'итог-1',
		]);
	});

	test('leaves English files as they are', async () => {
		const { html } = await render('A client in a hurry — a customer at 20 %.', EN);
		expect(html).not.toContain('⍽');
	});
});
