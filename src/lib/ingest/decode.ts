/** How a file's bytes are to be read as text. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1251';

/**
 * Tell the encoding from the first bytes: a BOM when there is one, else valid UTF-8,
 * else Windows-1251 (what Excel writes in a Russian locale).
 */
export function detectEncoding(head: Uint8Array): Encoding {
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
	if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
	try {
		// stream: true so a multi-byte character cut at the end of the sample is not taken for an error.
		new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
		return 'utf-8';
	} catch {
		return 'windows-1251';
	}
}

/** Decode bytes as text in the given encoding, without the BOM. */
export function decodeText(bytes: Uint8Array, encoding: Encoding): string {
	const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
	// TextDecoder drops a leading BOM of the encoding it decodes.
	return new TextDecoder(label).decode(bytes);
}

/** True when DuckDB can read the bytes as they are, with no re-encoding. */
export const isUtf8 = (encoding: Encoding) => encoding === 'utf-8' || encoding === 'utf-8-bom';

/**
 * Re-encode a whole file as UTF-8 for DuckDB, chunk by chunk, so a 100 MB Windows-1251 export never
 * becomes one 200 MB JavaScript string; `pause` runs between chunks (the page yields to stay responsive).
 */
export async function transcodeToUtf8(
	bytes: Uint8Array,
	encoding: Encoding,
	pause: () => Promise<unknown> = async () => {},
	chunkSize = 4 << 20
): Promise<Uint8Array> {
	const decoder = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding);
	const encoder = new TextEncoder();
	// Cyrillic takes two UTF-8 bytes per Windows-1251 byte; a few symbols (№, €) take three.
	let out = new Uint8Array(bytes.length * 2 + 16);
	let written = 0;
	for (let start = 0; start < bytes.length; start += chunkSize) {
		const end = Math.min(bytes.length, start + chunkSize);
		const text = decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length });
		if (out.length - written < text.length * 3) {
			const grown = new Uint8Array(Math.max(out.length * 1.5, written + text.length * 3));
			grown.set(out.subarray(0, written));
			out = grown;
		}
		written += encoder.encodeInto(text, out.subarray(written)).written;
		await pause();
	}
	return out.subarray(0, written);
}
