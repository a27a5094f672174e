import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { SocialCard } from '../../../src/lib/social-cards';

const cache = mkdtempSync(join(tmpdir(), 'clientship-cards-'));
vi.stubEnv('SOCIAL_CARD_CACHE', `${cache}/`);
vi.stubEnv(
	'SOCIAL_CARD_WORKER',
	fileURLToPath(new URL('../../../src/lib/social-card-worker.ts', import.meta.url))
);
const { socialCardPng, startDrawing } = await import('../../../src/lib/social-card-files');

afterAll(() => rmSync(cache, { recursive: true, force: true }));

const card = (title: string): SocialCard => ({
	lang: 'ru',
	key: 'lessons/marriage-or-mess',
	eyebrow: 'Урок 3 из 5',
	title,
	footer: 'Уроки о работе с клиентами',
});

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('link-preview card files', () => {
	it('draws a card on a worker thread as a 1200×630 PNG and keeps it in the cache', async () => {
		const png = await socialCardPng(card('Брак по расчёту'));
		expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		const kept = readdirSync(cache).filter((name) => name.endsWith('.png'));
		expect(kept).toHaveLength(1);
		expect(readFileSync(join(cache, kept[0]!))).toEqual(Buffer.from(png));
	});

	it('reads a card drawn before from the cache instead of drawing it again', async () => {
		const first = await socialCardPng(card('Партнёры, а не заказчики'));
		const [file] = readdirSync(cache).filter(
			(name) => name.endsWith('.png') && readFileSync(join(cache, name)).equals(Buffer.from(first))
		);
		// The same card in a later build (a fresh module): whatever the cache holds is what it gets.
		writeFileSync(join(cache, file!), 'kept');
		vi.resetModules();
		const later = await import('../../../src/lib/social-card-files');
		expect(
			Buffer.from(await later.socialCardPng(card('Партнёры, а не заказчики'))).toString()
		).toBe('kept');
	});

	it('draws every card started in the background once, and reports none twice', async () => {
		const cards = ['Один', 'Два', 'Три', 'Четыре'].map(card);
		startDrawing(cards);
		const pngs = await Promise.all(cards.map((each) => socialCardPng(each)));
		expect(new Set(pngs.map((png) => Buffer.from(png).toString('base64'))).size).toBe(4);
		expect(readdirSync(cache).filter((name) => name.endsWith('.partial'))).toEqual([]);
	});

	it('fails every card with the reason when the worker cannot start, instead of waiting forever', async () => {
		vi.resetModules();
		vi.stubEnv('SOCIAL_CARD_WORKER', join(cache, 'no-such-worker.ts'));
		const broken = await import('../../../src/lib/social-card-files');
		// More cards than workers (one per core), so that some wait for a worker that never comes.
		const cards = Array.from({ length: availableParallelism() + 2 }, (_, index) =>
			card(`Карточка ${index}`)
		);
		for (const result of await Promise.allSettled(
			cards.map((each) => broken.socialCardPng(each))
		)) {
			expect(result.status).toBe('rejected');
		}
	});
});
