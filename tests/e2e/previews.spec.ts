/**
 * Link previews in the reader's language (#16): every page's Open Graph image exists, in its own
 * language (a lesson's card differs between English and Russian); a self-assessment shows its
 * lesson's card, every other page its own (#27); and no title gets a second punctuation mark after
 * a question mark.
 */
import { test, expect } from './support/fixtures';
import { LESSON_OF_ASSESSMENT, LESSON_SLUGS, LOCALIZED_ROUTES } from './support/site';

const meta = (property: string) => `meta[property="${property}"]`;

for (const slug of LESSON_SLUGS) {
	test(`${slug}: the English and Russian previews are different images that exist (#16)`, async ({
		page,
		request,
	}) => {
		const images: string[] = [];
		for (const lang of ['en', 'ru']) {
			await page.goto(`/${lang}/lessons/${slug}/`);
			const image = await page.locator(meta('og:image')).getAttribute('content');
			const title = await page.locator('h1').textContent();
			expect(await page.locator(meta('og:image:alt')).getAttribute('content')).toContain(
				title?.trim()
			);
			images.push(new URL(image ?? '').pathname);
		}
		expect(images[0]).not.toBe(images[1]);
		for (const path of images) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			expect(response.headers()['content-type']).toContain('image/png');
			const body = await response.body();
			// A PNG, 1200 × 630 as the tags say.
			expect(body.subarray(1, 4).toString()).toBe('PNG');
			expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
		}
	});
}

test('a self-assessment shows its lesson’s card, every other page its own, and no title reads “?:” (#16, #27)', async ({
	page,
	request,
}) => {
	test.setTimeout(LOCALIZED_ROUTES.length * 5_000);
	const imageOf = new Map<string, string>();
	const alts = new Map<string, string>();
	for (const route of LOCALIZED_ROUTES) {
		await page.goto(route.url);
		const image = new URL((await page.locator(meta('og:image')).getAttribute('content')) ?? '')
			.pathname;
		imageOf.set(route.url, image);
		alts.set(route.url, (await page.locator(meta('og:image:alt')).getAttribute('content')) ?? '');
		expect((await request.get(image)).status(), `${route.url} → ${image}`).toBe(200);
		for (const tag of [meta('og:title'), 'meta[name="twitter:title"]']) {
			const title = (await page.locator(tag).getAttribute('content')) ?? '';
			expect(title, route.url).not.toMatch(/[?!…]\s*[.,:;!?]|[.,:;]\s*[.,:;!?]/u);
		}
		expect(await page.title(), route.url).not.toMatch(/[?!…]\s*[.,:;!?]|[.,:;]\s*[.,:;!?]/u);
	}
	const owners = new Map<string, string[]>();
	for (const [url, image] of imageOf) owners.set(image, [...(owners.get(image) ?? []), url]);
	for (const route of LOCALIZED_ROUTES) {
		const id = /^assessments\/([^/]+)\/$/.exec(route.path)?.[1];
		const lesson = id && `/${route.lang}/lessons/${LESSON_OF_ASSESSMENT.get(id)}/`;
		if (lesson) {
			expect(imageOf.get(route.url), `${route.url} shows its lesson’s card`).toBe(
				imageOf.get(lesson)
			);
			expect(alts.get(route.url)).toBe(alts.get(lesson));
		} else {
			const sharing = owners.get(imageOf.get(route.url) ?? '') ?? [];
			expect(
				sharing.filter((url) => url !== route.url && !/\/assessments\/[^/]+\/$/.test(url)),
				`${route.url} shares its card`
			).toEqual([]);
		}
	}
});
