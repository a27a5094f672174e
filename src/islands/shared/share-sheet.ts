/**
 * Handing a link to the device's share sheet (Web Share API), and what to do when it does not
 * take it: the reader closing the sheet (`AbortError`) is their choice, anything else (no share
 * sheet, `NotAllowedError` in an in-app browser or without a tap, a `TypeError` for data it
 * refuses) falls back to copying, and the page says so (DESIGN.md "On a phone").
 */

/** What became of an attempt to share. */
export type ShareOutcome = 'shared' | 'closed' | 'copied' | 'failed';

/** The platform pieces sharing uses; tests pass stand-ins. */
export interface SharePlatform {
	share?: ((data: ShareData) => Promise<void>) | undefined;
	writeText?: ((text: string) => Promise<void>) | undefined;
}

/** The share sheet, then the clipboard, of this browser (either may be missing). */
export function browserPlatform(): SharePlatform {
	return {
		share: typeof navigator.share === 'function' ? (data) => navigator.share(data) : undefined,
		writeText:
			typeof navigator.clipboard?.writeText === 'function'
				? (text) => navigator.clipboard.writeText(text)
				: undefined,
	};
}

/**
 * Copies `text`; never throws.
 * @example await copyText(platform, 'https://…') → true
 */
export async function copyText(platform: SharePlatform, text: string): Promise<boolean> {
	if (!platform.writeText) return false;
	try {
		await platform.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/**
 * Offers `data` to the share sheet; if the sheet is missing or refuses for any reason but the
 * reader closing it, copies its URL instead. Never throws.
 * @example await shareOrCopy(platform, { url, text }) → 'shared' | 'closed' | 'copied' | 'failed'
 */
export async function shareOrCopy(
	platform: SharePlatform,
	data: ShareData & { url: string }
): Promise<ShareOutcome> {
	if (platform.share) {
		try {
			await platform.share(data);
			return 'shared';
		} catch (error) {
			if (error instanceof Error && error.name === 'AbortError') return 'closed';
		}
	}
	return (await copyText(platform, data.url)) ? 'copied' : 'failed';
}
