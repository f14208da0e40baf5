import { isUtf8, transcodeToUtf8, type Encoding } from './decode';
import { RecordScanner, type RecordScan } from './records';

/** The UTF-8 bytes DuckDB reads, where their records begin, and the text of a record left in an open quote. */
export interface Prepared {
	utf8: Uint8Array;
	scan: RecordScan;
	/** The start of the record whose quote never closes (it is rejected with this text), if any. */
	quoteText: string | null;
}

/** Rejected rows keep this much of their text: enough to find the row, not a 3 MB cell. */
export const REJECT_TEXT = 1000;
/** 4 MB a step: a chunk is re-encoded and scanned in well under the 50 ms a user feels as a freeze. */
const CHUNK = 4 << 20;

/** Feed `size` bytes to `scanner` chunk by chunk, pausing between chunks. */
export async function scanInChunks(
	scanner: RecordScanner,
	size: number,
	read: (start: number, end: number) => Uint8Array | Promise<Uint8Array>,
	pause: () => Promise<unknown> = async () => {}
): Promise<RecordScan> {
	for (let start = 0; start < size; start += CHUNK) {
		const end = Math.min(size, start + CHUNK);
		scanner.push(await read(start, end));
		if (end < size) await pause();
	}
	return scanner.finish();
}

/**
 * Re-encode a file as UTF-8 and find its records' boundaries in the same pass, before DuckDB gets the
 * bytes: handing them to its worker takes them from the page, so nothing can read them afterwards (the
 * blank rows of every Windows-1251 file went uncounted in the browser that way).
 */
export async function transcodeAndScan(
	bytes: Uint8Array,
	encoding: Encoding,
	delimiter: string,
	pause: () => Promise<unknown> = async () => {}
): Promise<Prepared> {
	const scanner = new RecordScanner(delimiter.charCodeAt(0));
	let utf8 = bytes;
	let scan: RecordScan;
	if (isUtf8(encoding))
		scan = await scanInChunks(scanner, bytes.length, (start, end) => bytes.subarray(start, end), pause);
	else {
		utf8 = await transcodeToUtf8(bytes, encoding, pause, CHUNK, (chunk) => scanner.push(chunk));
		scan = scanner.finish();
	}
	const open = scan.openQuote;
	const quoteText = open
		? new TextDecoder().decode(utf8.subarray(open.byte, open.byte + REJECT_TEXT * 4)).slice(0, REJECT_TEXT)
		: null;
	return { utf8, scan, quoteText };
}
