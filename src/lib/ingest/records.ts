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
 * single-byte encoding keep `"`, `\r`, `\n` and the delimiter as the same bytes. It jumps from one line
 * break or quote to the next with `indexOf` (native, many bytes a step): a byte-by-byte loop took a
 * second on a 93 MB file. Line breaks are `\n` or `\r\n`, or `\r` alone when the file's first break is
 * one (as DuckDB decides).
 */
export class RecordScanner {
	private record = 1;
	/** Offset in the file of the current record's first byte. */
	private recordStart = 0;
	/** Offset in the file of the chunk being scanned. */
	private offset = 0;
	/** The current record holds a byte other than the `\r` of its break: it is not blank. */
	private filled = false;
	private quoted = false;
	/** Inside quotes, the last byte was a quote: it closes the field unless another quote follows. */
	private quoteSeen = false;
	/** The byte before the chunk being scanned (-1 at the start of the file). */
	private last = -1;
	private longest = 0;
	/** The byte that ends a record: `\n` (its `\r` before it dropped) or, in old Mac files, `\r`. */
	private lineBreak = -1;
	private readonly blank: number[] = [];

	constructor(private readonly delimiter: number) {}

	push(bytes: Uint8Array): void {
		const n = bytes.length;
		if (n === 0) return;
		if (this.lineBreak < 0) this.decideLineBreak(bytes);
		const { delimiter, offset } = this;
		const lineBreak = this.lineBreak < 0 ? LF : this.lineBreak;
		let { record, recordStart, filled, quoted, quoteSeen, longest } = this;
		const before = (p: number) => (p > 0 ? bytes[p - 1] : this.last);
		let nextQuote = -1;
		let nextBreak = -1;
		let i = 0;
		while (i < n) {
			if (quoted) {
				if (quoteSeen) {
					quoteSeen = false;
					// `""` is a quote inside the field; anything else after the quote closes it.
					if (bytes[i] === QUOTE) {
						i++;
						continue;
					}
					quoted = false;
					continue;
				}
				if (nextQuote < i) {
					nextQuote = bytes.indexOf(QUOTE, i);
					if (nextQuote < 0) nextQuote = n;
				}
				if (nextQuote === n) break;
				quoteSeen = true;
				i = nextQuote + 1;
				continue;
			}
			// Each indexOf runs again only once the cursor has passed what it found: one pass over the bytes.
			if (nextQuote < i) {
				nextQuote = bytes.indexOf(QUOTE, i);
				if (nextQuote < 0) nextQuote = n;
			}
			if (nextBreak < i) {
				nextBreak = bytes.indexOf(lineBreak, i);
				if (nextBreak < 0) nextBreak = n;
			}
			if (nextQuote < nextBreak) {
				// A quote opens a field only at its start; elsewhere it is a character.
				const prev = before(nextQuote);
				if (prev === -1 || prev === delimiter || prev === LF || prev === CR) quoted = true;
				filled = true;
				i = nextQuote + 1;
				continue;
			}
			const p = nextBreak;
			if (p === n) {
				// What is left runs on into the next chunk; a `\r` at the very end may be half of `\r\n`.
				if (n - i > 1 || (n - i === 1 && bytes[i] !== CR)) filled = true;
				break;
			}
			const end = lineBreak === LF && before(p) === CR ? p - 1 : p;
			if (end > i) filled = true;
			longest = Math.max(longest, offset + end - recordStart);
			if (!filled) this.blank.push(record);
			record++;
			i = p + 1;
			recordStart = offset + i;
			filled = false;
		}
		this.offset += n;
		this.last = bytes[n - 1];
		Object.assign(this, { record, recordStart, filled, quoted, quoteSeen, longest });
	}

	/** The file's first line break tells `\r` alone from `\n` and `\r\n`, as DuckDB decides. */
	private decideLineBreak(bytes: Uint8Array): void {
		const n = bytes.length;
		if (this.last === CR) {
			// The chunk before ended on the file's first break, a `\r`: only this byte tells which it was.
			this.lineBreak = bytes[0] === LF ? LF : CR;
			if (this.lineBreak === CR && !this.quoted) {
				this.longest = Math.max(this.longest, this.offset - 1 - this.recordStart);
				if (!this.filled) this.blank.push(this.record);
				this.record++;
				this.recordStart = this.offset;
				this.filled = false;
			}
			return;
		}
		const cr = bytes.indexOf(CR);
		const lf = bytes.indexOf(LF);
		if (cr >= 0 && (lf < 0 || cr < lf)) {
			if (cr + 1 < n) this.lineBreak = bytes[cr + 1] === LF ? LF : CR;
		} else if (lf >= 0) this.lineBreak = LF;
	}

	finish(): RecordScan {
		// A quote closed by the very last byte of the file is closed.
		const open = this.quoted && !this.quoteSeen;
		// A `\r` left at the end of the file was a line break after all.
		const tail = this.offset - this.recordStart - (this.last === CR ? 1 : 0);
		const filled = this.filled && (tail > 0 || this.quoted);
		// The last record counts only when it holds something (a file ends with a line break or not).
		const records = filled || open ? this.record : this.record - 1;
		return {
			records,
			longest: Math.max(this.longest, tail),
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
