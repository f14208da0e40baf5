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
