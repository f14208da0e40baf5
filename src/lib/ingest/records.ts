/**
 * Where the records of a CSV file begin, counted the way DuckDB and a spreadsheet count them: a quoted
 * field may span lines, a blank line is a row. DuckDB skips blank lines without a trace, so the loader
 * needs their numbers to give every record its real row number; and DuckDB silently cuts a record whose
 * quote is never closed, so the loader needs to know of that too.
 */
export interface RecordScan {
	/** Records in the file, blank ones included (1-based numbers run 1..records). */
	records: number;
	/** Numbers of the blank records (no byte but `\r` before the line break), ascending. */
	blank: number[];
	/** Bytes of the longest record, its line break not counted: DuckDB's line size must hold it. */
	longest: number;
	/** The record whose quote is still open at the end of the file, and the byte it starts at. */
	openQuote?: { record: number; byte: number };
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * A byte-level scanner fed chunk by chunk (a 100 MB export is never one array); UTF-8 and every
 * single-byte encoding keep `"`, `\r`, `\n` and the delimiter as the same bytes.
 */
export class RecordScanner {
	private record = 1;
	private recordStart = 0;
	private offset = 0;
	/** Bytes of the current record other than `\r`: 0 means it is blank so far. */
	private filled = 0;
	/** At the first byte of a field, where a quote opens a quoted field (elsewhere it is a character). */
	private fieldStart = true;
	private quoted = false;
	/** Inside quotes, the byte before was a quote: it closes the field unless another quote follows. */
	private quoteSeen = false;
	private afterCr = false;
	private longest = 0;
	private readonly blank: number[] = [];

	constructor(private readonly delimiter: number) {}

	push(bytes: Uint8Array): void {
		const delimiter = this.delimiter;
		let { record, recordStart, filled, fieldStart, quoted, quoteSeen, afterCr, longest } = this;
		for (let i = 0; i < bytes.length; i++) {
			const b = bytes[i];
			if (quoted) {
				if (!quoteSeen) {
					if (b === QUOTE) quoteSeen = true;
					continue;
				}
				quoteSeen = false;
				// `""` is a quote inside the field; anything else after the quote closes it.
				if (b === QUOTE) continue;
				quoted = false;
			}
			if (b === LF || b === CR) {
				// `\r\n` is one break: the record ended at the `\r`.
				if (b === LF && afterCr) {
					afterCr = false;
					recordStart = this.offset + i + 1;
					continue;
				}
				afterCr = b === CR;
				longest = Math.max(longest, this.offset + i - recordStart);
				if (filled === 0) this.blank.push(record);
				record++;
				recordStart = this.offset + i + 1;
				filled = 0;
				fieldStart = true;
				continue;
			}
			afterCr = false;
			filled++;
			if (b === QUOTE && fieldStart) {
				quoted = true;
				fieldStart = false;
			} else fieldStart = b === delimiter;
		}
		this.offset += bytes.length;
		Object.assign(this, { record, recordStart, filled, fieldStart, quoted, quoteSeen, afterCr, longest });
	}

	finish(): RecordScan {
		// A quote closed by the very last byte of the file is closed.
		const open = this.quoted && !this.quoteSeen;
		// The last record counts only when it holds something (a file ends with a line break or not).
		const records = this.filled > 0 || open ? this.record : this.record - 1;
		return {
			records,
			longest: Math.max(this.longest, this.offset - this.recordStart),
			blank: this.blank.filter((n) => n <= records),
			...(open ? { openQuote: { record: this.record, byte: this.recordStart } } : {})
		};
	}
}

/** Scan whole bytes at once (tests, bytes already in memory). */
export function scanRecords(bytes: Uint8Array, delimiter: string): RecordScan {
	const scanner = new RecordScanner(delimiter.charCodeAt(0));
	scanner.push(bytes);
	return scanner.finish();
}
