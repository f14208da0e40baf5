import { ident, literal } from '../engine/sql';
import type { Engine } from '../engine/types';
import { parseRecords, sniffDelimiter, type Delimiter } from './csv-head';
import { RecordScanner, type RecordScan } from './records';
import { decodeText, detectEncoding, encodingPastAsciiHead, isAscii, isUtf8, type Encoding } from './decode';
import { type Detection } from './detect';
import type { ContextItem } from './layout';
import { findShapeYielding, safeNames, type AggregateForm, type VirtualColumn } from './shape';
import type { SourceFile } from './source';
import { REJECT_TEXT, scanInChunks, transcodeAndScan, type Prepared } from './transcode';
import { OFF_THREAD_BYTES, transcodeOffThread } from './transcode-off-thread';
import { isXlsx, readWorkbook } from './xlsx';

/** More columns than this and a file is refused in words (issue 15.6). */
export const MAX_COLUMNS = 2000;
/** A file read into DuckDB as text, before any interpretation: the ground every later step stands on. */
export interface RawFile {
	index: number;
	name: string;
	/** A view over the records: one VARCHAR column per header, `_row` = the row number in a spreadsheet. */
	table: string;
	format: 'csv' | 'xlsx';
	encoding: Encoding;
	delimiter: Delimiter;
	/** Sheets of a workbook, those with data, and the one that was read. */
	sheets: string[];
	filledSheets?: string[];
	sheet?: string;
	/** 1-based row of the header; rows above it are titles, reported as rejected. */
	headerRow: number;
	/** 2 when a second header row names periods under the areas («н.г. | к.г.»). */
	headerRows: 1 | 2;
	columns: string[];
	/** What title rows, the sheet's and the file's name say, and the columns made from it. */
	context: ContextItem[];
	virtual: VirtualColumn[];
	/** The first records under the header, as text: what the columns' roles were judged from. */
	samples: string[][];
	/** A ФИС ОКО form of school-level aggregates, not pupils. */
	aggregate?: AggregateForm;
	/** Spreadsheet row of the first data record. */
	firstRow: number;
	/** Records in the file, the rows above the header included (the header itself is not a row of data). */
	rowsIn: number;
	/**
	 * Rows under the header DuckDB did not return (blank lines, records it could not read): their row
	 * numbers shift the rows after them, and they are reported as rejected from `${table}_unread`.
	 */
	unread: number;
	aboveHeader: { row: number; text: string; blank: boolean }[];
	/** The guess from the header; the user may correct it. */
	detection: Detection;
	/** Milliseconds DuckDB's own `read_csv` took on the (UTF-8) bytes, and the whole read. */
	readCsvMs: number;
	readMs: number;
	/** A message key when the file could not be read at all, and the engine's own words. */
	error?: 'unreadable_csv' | 'unreadable_xlsx' | 'empty_file' | 'old_xls' | 'too_many_columns';
	detail?: string;
}

const HEAD_BYTES = 64 * 1024;
/** The first bytes of an OLE compound file: Excel 97–2003 `.xls` (and `.doc`). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Records parsed from the head: the rows a header is searched in, and the values under it. */
const HEAD_RECORDS = 60;

/** Yield to the event loop so a long read never freezes the page. */
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Read one file into DuckDB as text: decode (Windows-1251, UTF-16 and .xlsx in JS), sniff the delimiter,
 * find the header row below any title rows, and keep every record in a raw table.
 */
export async function readRaw(
	engine: Engine,
	source: SourceFile,
	index: number,
	options: { sheet?: string; onProgress?: (stage: 'decode' | 'parse') => void } = {}
): Promise<RawFile> {
	const started = performance.now();
	const head = await source.read(0, Math.min(source.size, HEAD_BYTES));
	const table = `raw_${index}`;
	const path = `input_${index}.csv`;
	const raw: RawFile = {
		index,
		name: source.name,
		table,
		format: isXlsx(head) ? 'xlsx' : 'csv',
		encoding: 'utf-8',
		delimiter: ';',
		sheets: [],
		headerRow: 1,
		headerRows: 1,
		columns: [],
		context: [],
		virtual: [],
		samples: [],
		firstRow: 2,
		rowsIn: 0,
		unread: 0,
		aboveHeader: [],
		detection: { kind: null, confidence: 0, roles: {} },
		readCsvMs: 0,
		readMs: 0
	};
	if (source.size === 0) return { ...raw, error: 'empty_file' };
	// An Excel 97–2003 book (.xls) is no text in any encoding: say how to save it instead of reading garbage.
	if (OLE_MAGIC.every((b, i) => head[i] === b)) return { ...raw, error: 'old_xls' };

	let sample: string;
	// The UTF-8 bytes DuckDB reads, scanned before they go to its worker; a UTF-8 blob is read in place.
	let prepared: Prepared | undefined;
	if (raw.format === 'xlsx') {
		options.onProgress?.('decode');
		try {
			const workbook = await readWorkbook(await source.read(), options.sheet);
			raw.sheets = workbook.sheets;
			raw.sheet = workbook.sheet;
			raw.filledSheets = workbook.filled;
			const bytes = new TextEncoder().encode(workbook.csv);
			sample = workbook.csv.slice(0, HEAD_BYTES);
			prepared = await transcodeAndScan(bytes, 'utf-8', raw.delimiter, breathe);
			await engine.registerBytes(path, bytes);
		} catch (error) {
			return { ...raw, error: 'unreadable_xlsx', detail: String(error) };
		}
	} else {
		raw.encoding = detectEncoding(head);
		// An ASCII head says nothing: a Windows-1251 file may hold its first Cyrillic letter after 64 KB.
		if (raw.encoding === 'utf-8' && source.size > head.length && isAscii(head))
			raw.encoding = await encodingPastAsciiHead(
				(start, end) => source.read(start, end),
				source.size,
				head.length,
				breathe
			);
		sample = decodeText(head, raw.encoding);
		raw.delimiter = sniffDelimiter(sample);
		if (isUtf8(raw.encoding) && source.blob && engine.registerFile) {
			await engine.registerFile(path, source.blob);
		} else {
			options.onProgress?.('decode');
			// DuckDB reads UTF-8 only: other encodings are re-encoded, a large file in a worker of its own, a
			// small one here in chunks, yielding between them.
			prepared = await ((source.blob && source.size > OFF_THREAD_BYTES
				? transcodeOffThread(source.blob, raw.encoding, raw.delimiter)
				: null) ?? transcodeAndScan(await source.read(), raw.encoding, raw.delimiter, breathe));
			await engine.registerBytes(path, prepared.utf8);
		}
	}

	// Titles above the table («Мониторинг 2025/26», «Группа: …») are skipped to the real header, and read.
	const records = parseRecords(sample, raw.delimiter, HEAD_RECORDS);
	const shape = await findShapeYielding(records, raw.sheet, source.name, breathe);
	const header = shape.header;
	const firstData = header + shape.headerRows;
	raw.headerRow = header + 1;
	raw.headerRows = shape.headerRows;
	raw.context = shape.context;
	raw.samples = shape.samples;
	raw.aggregate = shape.aggregate;
	raw.aboveHeader = records.slice(0, header).map((fields, i) => ({
		row: i + 1,
		text: fields.join(raw.delimiter),
		blank: fields.every((f) => f.trim() === '')
	}));

	options.onProgress?.('parse');
	const data = ident(`${table}_data`);
	// The columns are the header's (or the data's usual width when rows run longer): fixed here, so the
	// sniffer never guesses, and a row with an extra field is one rejected row, not an unreadable file.
	const width = Math.max(
		...records.slice(header, firstData).map((r) => r.length),
		usualWidth(records.slice(firstData))
	);
	// Thousands of columns are no table a methodist keeps: refused at once, in words, before any SQL is
	// built for them (each column costs the loaders' SQL a few expressions; 10 000 of them hang the page).
	if (width > MAX_COLUMNS) return { ...raw, error: 'too_many_columns', detail: String(width) };
	const columns = Array.from({ length: width }, (_, i) => `${literal(`c${i + 1}`)}: 'VARCHAR'`).join(', ');
	const errors = ident(`${table}_errors`);
	const scans = ident(`${table}_scans`);
	const readCsv = async (lineSize: number) => {
		await engine.exec(`DROP TABLE IF EXISTS ${errors}; DROP TABLE IF EXISTS ${scans}`);
		const start = performance.now();
		await engine.exec(
			`CREATE OR REPLACE TABLE ${data} AS SELECT * FROM read_csv(${literal(path)},
			 auto_detect=false, columns={${columns}}, header=false, skip=${firstData},
			 delim=${literal(raw.delimiter)}, quote='"', escape='"', comment='', null_padding=true, parallel=false,
			 max_line_size=${lineSize}, store_rejects=true, rejects_table=${literal(`${table}_errors`)},
			 rejects_scan=${literal(`${table}_scans`)})`
		);
		// `npm run bench` reads this: DuckDB's own read_csv on the same (UTF-8) bytes.
		performance.measure('sverka:read_csv', { start, end: performance.now() });
		raw.readCsvMs = performance.now() - start;
	};
	// DuckDB reads in its worker while the page scans the same bytes for where records begin: the scan
	// costs no waiting. Only a record longer than DuckDB's line size (a 3 MB cell) makes it read again.
	const [failure, scan] = await Promise.all([
		readCsv(LINE_SIZE).then(
			() => undefined,
			(error: unknown) => error
		),
		prepared ? prepared.scan : scanBytes(source, raw.delimiter)
	]);
	let error = failure;
	if (scan.longest >= LINE_SIZE)
		error = await readCsv(scan.longest + 1).then(
			() => undefined,
			(e: unknown) => e
		);
	if (error) {
		await engine.dropFile(path);
		return { ...raw, error: 'unreadable_csv', detail: String(error) };
	}
	await engine.dropFile(path);
	raw.unread = await recordUnread(engine, table, firstData, scan, prepared?.quoteText ?? source);
	// Header names as the file wrote them (two header rows joined), made safe to name; columns are taken
	// by position.
	raw.columns = safeNames(Array.from({ length: width }, (_, i) => shape.columns[i] ?? ''));
	raw.virtual = shape.virtual.filter((v) => !raw.columns.includes(v.name));
	raw.firstRow = firstData + 1;
	await engine.exec(rawViewSql(raw));
	const count = (await engine.query(`SELECT count(*) AS n FROM ${data}`)).get(0)?.n;
	raw.rowsIn = Number(count ?? 0) + raw.unread + raw.aboveHeader.length;
	raw.detection = shape.detection;
	raw.readMs = performance.now() - started;
	return raw;
}

/** The user's renaming of values, by column: {«4 класс №1»: «4А»}. */
export type ValueRenames = Record<string, Record<string, string>>;

/**
 * The raw view over a file's records: `_row` is the row number in a spreadsheet (from the table's rowid,
 * no second copy of the data), physical columns by position, then the layout's virtual columns; values
 * the user renamed are renamed here, so every loader sees them.
 */
export function rawViewSql(raw: RawFile, renames: ValueRenames = {}): string {
	const renamed = (sql: string, column: string) => {
		const map = Object.entries(Object.hasOwn(renames, column) ? renames[column] : {}).filter(([, to]) =>
			to.trim()
		);
		if (!map.length) return sql;
		const cases = map.map(([from, to]) => `WHEN ${literal(from)} THEN ${literal(to.trim())}`).join(' ');
		return `CASE trim(${sql}) ${cases} ELSE ${sql} END`;
	};
	// Positions first (DuckDB named the columns its own way), names after: the virtual columns refer to them.
	const inner = raw.columns.map((name, i) => `#${i + 1} AS ${ident(name)}`);
	const outer = [
		...raw.columns.map((name) => `${renamed(ident(name), name)} AS ${ident(name)}`),
		...raw.virtual.map((v) => `${renamed(virtualSql(v, raw.columns), v.name)} AS ${ident(v.name)}`)
	];
	let rows = `SELECT (rowid + ${raw.firstRow})::INTEGER AS _row, ${inner.join(', ')} FROM ${ident(`${raw.table}_data`)}`;
	// Rows DuckDB skipped (blank lines, unreadable records) move every later row down by their number.
	if (raw.unread)
		rows = `SELECT (r._row + coalesce(g.shift, 0))::INTEGER AS _row, r.* EXCLUDE (_row) FROM (${rows}) r
			ASOF LEFT JOIN ${ident(`${raw.table}_gaps`)} g ON r._row >= g.k`;
	return `CREATE OR REPLACE VIEW ${ident(raw.table)} AS SELECT _row, ${outer.join(', ')} FROM (${rows})`;
}

/** The most frequent number of fields among non-blank records: a stray long row does not widen the table. */
function usualWidth(records: string[][]): number {
	const counts = new Map<number, number>();
	for (const r of records) if (r.some((f) => f !== '')) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
	let best = 0;
	for (const [width, n] of counts) if (n > (counts.get(best) ?? 0)) best = width;
	return best;
}

/** DuckDB's default longest record, 2 MB. */
const LINE_SIZE = 2 << 20;
/** Find the records' boundaries in a UTF-8 file DuckDB reads in place, chunk by chunk, yielding between. */
const scanBytes = (source: SourceFile, delimiter: Delimiter): Promise<RecordScan> =>
	scanInChunks(
		new RecordScanner(delimiter.charCodeAt(0)),
		source.size,
		(start, end) => source.read(start, end),
		breathe
	);

/** Why DuckDB could not read a record, as a reason code of `rejects`. */
const READ_ERROR_REASON = `CASE error_type
	WHEN 'TOO MANY COLUMNS' THEN 'extra_fields'
	WHEN 'UNQUOTED VALUE' THEN 'stray_quote'
	WHEN 'UNTERMINATED QUOTES' THEN 'open_quote'
	WHEN 'LINE SIZE OVER MAXIMUM' THEN 'line_too_long'
	WHEN 'INVALID ENCODING' THEN 'bad_encoding'
	ELSE 'unreadable_row' END`;

/**
 * Keep the rows under the header DuckDB did not return: the records it rejected (from its rejects
 * table), the blank lines it skipped, and a record whose quote never closes (DuckDB cuts it short
 * without a word). They go to `${table}_unread` with their row numbers, and `${table}_gaps` tells the
 * raw view how far each later row moves down. Returns how many there are.
 */
async function recordUnread(
	engine: Engine,
	table: string,
	firstData: number,
	scan: RecordScan,
	/** The open quote's record: its text already read, or the file to read it from. */
	text: string | SourceFile
): Promise<number> {
	const unread = ident(`${table}_unread`);
	const errors = ident(`${table}_errors`);
	await engine.exec(
		`CREATE OR REPLACE TABLE ${unread} AS
		 SELECT line::INTEGER AS "row", arg_min(${READ_ERROR_REASON}, error_type = 'TOO MANY COLUMNS') AS reason,
		   left(trim(arg_max(csv_line, length(csv_line)), chr(13) || chr(10)), ${REJECT_TEXT}) AS text
		 FROM ${errors} GROUP BY line`
	);
	await engine.exec(`DROP TABLE ${errors}; DROP TABLE IF EXISTS ${ident(`${table}_scans`)}`);
	const blank = scan.blank.filter((n) => n > firstData);
	if (blank.length)
		await engine.query(
			`INSERT INTO ${unread} SELECT unnest(string_split(?, ',')::INTEGER[]), 'blank_row', ''`,
			[blank.join(',')]
		);
	const open = scan.openQuote;
	if (open && open.record > firstData) {
		const known = await engine.query(`SELECT 1 FROM ${unread} WHERE "row" = ?`, [open.record]);
		if (known.numRows === 0) {
			// DuckDB returns the record cut at the quote as its last row when text follows the quote's line, and
			// nothing when the record is the file's last line: counted against the records the scan found, a
			// cut row is taken back (the row before it is a real one) and the record rejected whole.
			const data = ident(`${table}_data`);
			const records = scan.records - firstData - blank.length;
			const returned = Number(
				(
					await engine.query(
						`SELECT (SELECT count(*) FROM ${data}) + (SELECT count(*) FROM ${unread}) - ? AS n`,
						[blank.length]
					)
				).get(0)?.n ?? 0
			);
			if (returned >= records)
				await engine.exec(`DELETE FROM ${data} WHERE rowid = (SELECT max(rowid) FROM ${data})`);
			const quoted =
				typeof text === 'string'
					? text
					: new TextDecoder()
							.decode(await text.read(open.byte, Math.min(text.size, open.byte + REJECT_TEXT * 4)))
							.slice(0, REJECT_TEXT);
			await engine.query(`INSERT INTO ${unread} VALUES (?, 'open_quote', ?)`, [open.record, quoted]);
		}
	}
	const n = Number((await engine.query(`SELECT count(*) AS n FROM ${unread}`)).get(0)?.n ?? 0);
	if (n === 0) {
		await engine.exec(`DROP TABLE ${unread}`);
		return 0;
	}
	// A row's number is its place among the rows DuckDB returned, moved down by every unread row before
	// it: gap j (in order) is passed by the rows numbered from (its row - j + 1) on.
	await engine.exec(
		`CREATE OR REPLACE TABLE ${ident(`${table}_gaps`)} AS
		 SELECT k, max(j) AS shift FROM (
		   SELECT "row" - j + 1 AS k, j FROM (SELECT "row", row_number() OVER (ORDER BY "row") AS j FROM ${unread}))
		 GROUP BY k`
	);
	return n;
}

/** A virtual column's SQL: the context's value, or the parallel joined to an ordinal class number. */
function virtualSql(column: VirtualColumn, columns: string[]): string {
	const value = literal(column.item.value);
	if (!column.from || !columns.includes(column.from)) return value;
	const from = `trim(${ident(column.from)})`;
	return `CASE WHEN regexp_matches(${from}, '^\\d{1,2}$') THEN ${value} || ' класс №' || ${from} ELSE nullif(${from}, '') END`;
}

export { safeNames } from './shape';
