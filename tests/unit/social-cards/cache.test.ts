/** Link-preview cards drawn once and kept by what they show (#16, #27). */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { CARD_SIZE } from '../../../src/brand';
import type { CardText } from '../../../src/social-cards/cards';

const cache = mkdtempSync(join(tmpdir(), 'clientship-cards-'));
vi.stubEnv('SOCIAL_CARD_CACHE', `${cache}/`);
const { cachedCardName, socialCardPng } = await import('../../../src/social-cards/cache');

afterAll(() => rmSync(cache, { recursive: true, force: true }));

const card = (title: string): CardText => ({
	eyebrow: 'Урок 3 из 5',
	title,
	footer: 'Уроки о работе с клиентами',
});

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

const cached = () => readdirSync(cache).filter((name) => name.endsWith('.png'));

// The first card starts satori's layout engine and reads the fonts: seconds on a busy machine.
describe('socialCardPng()', { timeout: 60_000 }, () => {
	test('draws a card as a PNG of the card size and keeps it in the cache', async () => {
		const png = await socialCardPng(card('Брак по расчёту'));
		expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		expect(pngSize(png)).toEqual(CARD_SIZE);
		expect(cached()).toEqual([cachedCardName(card('Брак по расчёту'))]);
		expect(readFileSync(join(cache, cached()[0]!))).toEqual(Buffer.from(png));
	});

	test('reads a card drawn before from the cache instead of drawing it again', async () => {
		await socialCardPng(card('Партнёры, а не заказчики'));
		// The same card in a later build (a fresh module): whatever the cache holds is what it gets.
		writeFileSync(join(cache, cachedCardName(card('Партнёры, а не заказчики'))), 'kept');
		vi.resetModules();
		const later = await import('../../../src/social-cards/cache');
		expect(
			Buffer.from(await later.socialCardPng(card('Партнёры, а не заказчики'))).toString()
		).toBe('kept');
	});

	test('draws cards asked for at once, and leaves no half-written file', async () => {
		const cards = ['Один', 'Два', 'Три', 'Четыре'].map(card);
		const pngs = await Promise.all(cards.map((each) => socialCardPng(each)));
		expect(new Set(pngs.map((png) => Buffer.from(png).toString('base64'))).size).toBe(4);
		expect(readdirSync(cache).filter((name) => name.endsWith('.partial'))).toEqual([]);
	});
});

describe('cachedCardName()', () => {
	test('names a card by what it shows, whichever page or language it is for', () => {
		const one = card('Поиск');
		expect(cachedCardName({ ...one })).toBe(cachedCardName(one));
		expect(cachedCardName({ ...one, title: 'Search' })).not.toBe(cachedCardName(one));
		expect(cachedCardName({ ...one, eyebrow: '' })).not.toBe(cachedCardName(one));
		expect(cachedCardName({ ...one, footer: '' })).not.toBe(cachedCardName(one));
		expect(
			cachedCardName({ ...one, ...({ lang: 'ru', key: 'search' } as Partial<CardText>) })
		).toBe(cachedCardName(one));
	});

	test('tells apart texts that would run together', () => {
		expect(cachedCardName({ eyebrow: 'a', title: 'bc', footer: '' })).not.toBe(
			cachedCardName({ eyebrow: 'ab', title: 'c', footer: '' })
		);
	});
});
