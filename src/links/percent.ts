/**
 * Undoing what tools do to text on its way: the invisible characters they insert, and the
 * percent-encoding they add (a mail scanner wraps a link in its own address, encoded once or
 * twice). Pure, browser-safe, with no dependency, so that every link format can use it.
 */

/**
 * Characters tools insert that a reader cannot see: zero-width space, non-joiner and joiner, word
 * joiner, soft hyphen, byte-order mark, and bidirectional marks and embeddings.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/**
 * Removes the invisible characters tools insert into text.
 * @example stripInvisible('ab\u200bc\u00ad') → 'abc'
 */
export function stripInvisible(text: string): string {
	return text.replace(INVISIBLE, '');
}

/**
 * Percent-decodes every `%XX` sequence that forms valid UTF-8 and leaves any other as it is (or,
 * with `dropsInvalid`, removes it); never throws.
 * @example lenientDecode('%23r%3D1.1%E2%80%8B%ZZ') → '#r=1.1\u200b%ZZ'
 * @example lenientDecode('%D0%90%FF%D0%91') → 'А%FFБ'
 * @example lenientDecode('%D0%90%FF%D0', true) → 'А'
 */
export function lenientDecode(text: string, dropsInvalid = false): string {
	return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
		const bytes = run
			.slice(1)
			.split('%')
			.map((hex) => Number.parseInt(hex, 16));
		let out = '';
		for (let index = 0; index < bytes.length;) {
			const length = utf8Length(bytes, index);
			if (length === 0) {
				if (!dropsInvalid) out += `%${run.slice(1 + index * 3, 3 + index * 3)}`;
				index++;
				continue;
			}
			out += new TextDecoder().decode(Uint8Array.from(bytes.slice(index, index + length)));
			index += length;
		}
		return out;
	});
}

/** The length of the valid UTF-8 sequence starting at `index`, or 0 if it is not one. */
function utf8Length(bytes: readonly number[], index: number): number {
	const lead = bytes[index] ?? 0;
	const length =
		lead < 0x80
			? 1
			: lead >= 0xc2 && lead < 0xe0
				? 2
				: lead >= 0xe0 && lead < 0xf0
					? 3
					: lead >= 0xf0 && lead < 0xf5
						? 4
						: 0;
	if (length === 0 || index + length > bytes.length) return 0;
	const sequence = Uint8Array.from(bytes.slice(index, index + length));
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(sequence);
		return length;
	} catch {
		return 0;
	}
}
