/** How a file's bytes are to be read as text. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1251';

/**
 * Tell the encoding from the first bytes: a BOM when there is one, else UTF-16 by its zero bytes,
 * else valid UTF-8, else Windows-1251 (what Excel writes in a Russian locale).
 */
export function detectEncoding(head: Uint8Array): Encoding {
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
	if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
	if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
	const utf16 = utf16WithoutBom(head);
	if (utf16) return utf16;
	try {
		// stream: true so a multi-byte character cut at the end of the sample is not taken for an error.
		new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
		return 'utf-8';
	} catch {
		return 'windows-1251';
	}
}

/**
 * UTF-16 saved without a BOM: text never holds zero bytes in UTF-8 or Windows-1251, while in UTF-16 every
 * Latin letter, digit, delimiter and line break has one, and Cyrillic a 0x04, on the same side of each pair.
 */
function utf16WithoutBom(head: Uint8Array): Encoding | undefined {
	const n = Math.min(head.length, 4096) & ~1;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i += 2) {
		if (head[i] === 0 || head[i] === 0x04) even++;
		if (head[i + 1] === 0 || head[i + 1] === 0x04) odd++;
	}
	const pairs = n / 2;
	if (pairs < 2) return undefined;
	if (odd > pairs * 0.6 && even < pairs * 0.1) return 'utf-16le';
	if (even > pairs * 0.6 && odd < pairs * 0.1) return 'utf-16be';
	return undefined;
}

/** True when no byte is above 0x7f: ASCII, which every encoding Sverka reads agrees on. */
export function isAscii(bytes: Uint8Array): boolean {
	for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
	return true;
}

/**
 * The encoding of a file whose first bytes are plain ASCII (numbers, codes, Latin headers) is told by the
 * rest: read chunk by chunk until a byte is not valid UTF-8 (then it is Windows-1251) or the file ends.
 */
export async function encodingPastAsciiHead(
	read: (start: number, end: number) => Promise<Uint8Array>,
	size: number,
	from: number,
	pause: () => Promise<unknown> = async () => {},
	chunkSize = 4 << 20
): Promise<Encoding> {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	try {
		for (let start = from; start < size; start += chunkSize) {
			const end = Math.min(size, start + chunkSize);
			decoder.decode(await read(start, end), { stream: end < size });
			await pause();
		}
	} catch {
		return 'windows-1251';
	}
	return 'utf-8';
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
	chunkSize = 4 << 20,
	/** Each chunk's UTF-8 bytes as they are written (the record scan reads them in the same pass). */
	onChunk: (utf8: Uint8Array) => void = () => {}
): Promise<Uint8Array> {
	const table = encoding === 'windows-1251' ? windows1251() : undefined;
	const decoder = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding);
	const encoder = new TextEncoder();
	// Cyrillic takes two UTF-8 bytes per Windows-1251 byte; a few symbols (№, €) take three.
	let out = new Uint8Array(bytes.length * 2 + 16);
	let written = 0;
	for (let start = 0; start < bytes.length; start += chunkSize) {
		const end = Math.min(bytes.length, start + chunkSize);
		const chunk = bytes.subarray(start, end);
		const text = table ? '' : decoder.decode(chunk, { stream: end < bytes.length });
		const most = table ? chunk.length * 3 : text.length * 3;
		if (out.length - written < most) {
			const grown = new Uint8Array(Math.max(out.length * 1.5, written + most));
			grown.set(out.subarray(0, written));
			out = grown;
		}
		const from = written;
		written = table
			? recode(chunk, table, out, written)
			: written + encoder.encodeInto(text, out.subarray(written)).written;
		onChunk(out.subarray(from, written));
		await pause();
	}
	return out.subarray(0, written);
}

let table1251: Uint8Array | undefined;
/**
 * Windows-1251's bytes 0x80–0xff as UTF-8, four bytes a byte (the length in the fourth), made from the
 * platform's own decoder so the result is the same. Read through it, a 93 MB export is re-encoded in half the
 * time TextDecoder and TextEncoder took in Chromium (0,35 s against 0,75).
 */
function windows1251(): Uint8Array {
	if (table1251) return table1251;
	const table = new Uint8Array(128 * 4);
	const decoder = new TextDecoder('windows-1251');
	const encoder = new TextEncoder();
	for (let b = 0; b < 128; b++) {
		const utf8 = encoder.encode(decoder.decode(Uint8Array.of(0x80 + b)));
		table.set(utf8, b * 4);
		table[b * 4 + 3] = utf8.length;
	}
	return (table1251 = table);
}

/** Write `bytes` re-encoded through `table` into `out` at `at`; returns where the writing ended. */
function recode(bytes: Uint8Array, table: Uint8Array, out: Uint8Array, at: number): number {
	let o = at;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b < 0x80) out[o++] = b;
		else {
			const t = (b - 0x80) * 4;
			const n = table[t + 3];
			out[o++] = table[t];
			out[o++] = table[t + 1];
			if (n === 3) out[o++] = table[t + 2];
		}
	}
	return o;
}
