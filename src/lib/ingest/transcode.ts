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
	let utf8: Uint8Array;
	if (isUtf8(encoding)) {
		utf8 = bytes;
		for (let start = 0; start < bytes.length; start += CHUNK) {
			scanner.push(bytes.subarray(start, Math.min(bytes.length, start + CHUNK)));
			if (start + CHUNK < bytes.length) await pause();
		}
	} else utf8 = await transcodeToUtf8(bytes, encoding, pause, CHUNK, (chunk) => scanner.push(chunk));
	const scan = scanner.finish();
	const open = scan.openQuote;
	const quoteText = open
		? new TextDecoder().decode(utf8.subarray(open.byte, open.byte + REJECT_TEXT * 4)).slice(0, REJECT_TEXT)
		: null;
	return { utf8, scan, quoteText };
}
