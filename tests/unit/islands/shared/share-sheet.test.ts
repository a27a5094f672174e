/** Share falls back to copy when the share sheet refuses, and says what happened (#20). */
import { describe, expect, test } from 'vitest';
import {
	copyText,
	shareOrCopy,
	type SharePlatform,
} from '../../../../src/islands/shared/share-sheet';

const data = { title: 'T', text: 'My result', url: 'https://x.org/ru/assessments/a/#r=2.1' };
const refusing = (name: string) => () => Promise.reject(new DOMException('no', name));
const done = () => Promise.resolve();

describe('shareOrCopy()', () => {
	test('shares when the sheet takes the link', async () => {
		const shared: ShareData[] = [];
		const platform: SharePlatform = {
			share: (d) => {
				shared.push(d);
				return done();
			},
		};
		expect(await shareOrCopy(platform, data)).toBe('shared');
		expect(shared).toEqual([data]);
	});

	test('does nothing more when the reader closes the sheet', async () => {
		const copied: string[] = [];
		const platform: SharePlatform = {
			share: refusing('AbortError'),
			writeText: (text) => {
				copied.push(text);
				return done();
			},
		};
		expect(await shareOrCopy(platform, data)).toBe('closed');
		expect(copied).toEqual([]);
	});

	test.each(['NotAllowedError', 'TypeError', 'DataError', 'InvalidStateError'])(
		'copies the link instead when the sheet refuses with %s',
		async (name) => {
			const copied: string[] = [];
			const platform: SharePlatform = {
				share: refusing(name),
				writeText: (text) => {
					copied.push(text);
					return done();
				},
			};
			expect(await shareOrCopy(platform, data)).toBe('copied');
			expect(copied).toEqual([data.url]);
		}
	);

	test('copies where there is no share sheet, and says so when it cannot copy either', async () => {
		expect(await shareOrCopy({ writeText: done }, data)).toBe('copied');
		expect(await shareOrCopy({}, data)).toBe('failed');
		expect(
			await shareOrCopy(
				{ share: refusing('NotAllowedError'), writeText: refusing('NotAllowedError') },
				data
			)
		).toBe('failed');
	});
});

describe('copyText()', () => {
	test('never throws', async () => {
		expect(await copyText({ writeText: refusing('NotAllowedError') }, 'x')).toBe(false);
		expect(await copyText({}, 'x')).toBe(false);
	});
});
