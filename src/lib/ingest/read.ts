import { ident, literal } from '../engine/sql';
import type { Engine } from '../engine/types';
import { parseRecords, sniffDelimiter, type Delimiter } from './csv-head';
import { decodeText, detectEncoding, isUtf8, transcodeToUtf8, type Encoding } from './decode';
import { detectKind, type Detection } from './detect';
import type { SourceFile } from './source';
import { isXlsx, readWorkbook } from './xlsx';

/** A file read into DuckDB as text, before any interpretation: the ground every later step stands on. */
export interface RawFile {
	index: number;
	name: string;
	/** A view over the records: one VARCHAR column per header, `_row` = the row number in a spreadsheet. */
	table: string;
	format: 'csv' | 'xlsx';
	encoding: Encoding;
	delimiter: Delimiter;
	/** Sheets of a workbook, and the one that was read. */
	sheets: string[];
	sheet?: string;
	/** 1-based row of the header; rows above it are titles, reported as rejected. */
	headerRow: number;
	columns: string[];
	/** Records in the file, the rows above the header included. */
	rowsIn: number;
	aboveHeader: { row: number; text: string; blank: boolean }[];
	/** The guess from the header; the user may correct it. */
	detection: Detection;
	/** Milliseconds DuckDB's own `read_csv` took on the (UTF-8) bytes, and the whole read. */
	readCsvMs: number;
	readMs: number;
	/** A message key when the file could not be read at all, and the engine's own words. */
	error?: 'unreadable_csv' | 'unreadable_xlsx' | 'empty_file';
	detail?: string;
}

const HEAD_BYTES = 64 * 1024;
const HEADER_SEARCH_ROWS = 15;

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
		columns: [],
		rowsIn: 0,
		aboveHeader: [],
		detection: { kind: null, confidence: 0, roles: {} },
		readCsvMs: 0,
		readMs: 0
	};
	if (source.size === 0) return { ...raw, error: 'empty_file' };

	let sample: string;
	if (raw.format === 'xlsx') {
		options.onProgress?.('decode');
		try {
			const workbook = await readWorkbook(await source.read(), options.sheet);
			raw.sheets = workbook.sheets;
			raw.sheet = workbook.sheet;
			const bytes = new TextEncoder().encode(workbook.csv);
			sample = workbook.csv.slice(0, HEAD_BYTES);
			await engine.registerBytes(path, bytes);
		} catch (error) {
			return { ...raw, error: 'unreadable_xlsx', detail: String(error) };
		}
	} else {
		raw.encoding = detectEncoding(head);
		sample = decodeText(head, raw.encoding);
		raw.delimiter = sniffDelimiter(sample);
		if (isUtf8(raw.encoding) && source.blob && engine.registerFile) {
			await engine.registerFile(path, source.blob);
		} else {
			options.onProgress?.('decode');
			const bytes = await source.read();
			// DuckDB reads UTF-8 only: other encodings are re-encoded here, in chunks, yielding between them.
			const utf8 = isUtf8(raw.encoding) ? bytes : await transcodeToUtf8(bytes, raw.encoding, breathe);
			await engine.registerBytes(path, utf8);
		}
	}

	// Titles above the table («Мониторинг 2025/26», «Группа: …») are skipped to the real header.
	const startLines: number[] = [];
	const records = parseRecords(sample, raw.delimiter, HEADER_SEARCH_ROWS + 1, startLines);
	const header = findHeader(records);
	raw.headerRow = header + 1;
	raw.aboveHeader = records.slice(0, header).map((fields, i) => ({
		row: i + 1,
		text: fields.join(raw.delimiter),
		blank: fields.every((f) => f.trim() === '')
	}));

	options.onProgress?.('parse');
	const data = ident(`${table}_data`);
	const readStart = performance.now();
	try {
		await engine.exec(
			`CREATE OR REPLACE TABLE ${data} AS SELECT * FROM read_csv(${literal(path)},
			 delim=${literal(raw.delimiter)}, header=true, skip=${startLines[header] ?? 0}, all_varchar=true,
			 quote='"', escape='"', null_padding=true, parallel=false)`
		);
	} catch (error) {
		await engine.dropFile(path);
		return { ...raw, error: 'unreadable_csv', detail: String(error) };
	}
	raw.readCsvMs = performance.now() - readStart;
	// `npm run bench` reads this: DuckDB's own read_csv on the same (UTF-8) bytes.
	performance.measure('sverka:read_csv', { start: readStart, end: readStart + raw.readCsvMs });
	await engine.dropFile(path);
	// Header names as the file wrote them, made safe to name: control characters (a corrupted file's NUL
	// bytes) become spaces, blanks and repeats get a number. Columns are taken by position, whatever they hold.
	const written = (await engine.query(`SELECT * FROM ${data} LIMIT 0`)).schema.fields.map((f) => f.name);
	raw.columns = safeNames(written);
	// Row numbers come from the table's rowid (insertion order) through a view: no second copy of the data.
	await engine.exec(
		`CREATE OR REPLACE VIEW ${ident(table)} AS SELECT (rowid + ${header + 2})::INTEGER AS _row,
		 ${raw.columns.map((name, i) => `#${i + 1} AS ${ident(name)}`).join(', ')} FROM ${data}`
	);
	const count = (await engine.query(`SELECT count(*) AS n FROM ${data}`)).get(0)?.n;
	raw.rowsIn = Number(count ?? 0) + raw.aboveHeader.length;
	raw.detection = detectKind(raw.columns);
	raw.readMs = performance.now() - started;
	return raw;
}

/** The first of the top rows that reads as a known kind's header, else the first with two filled cells. */
export function findHeader(records: string[][]): number {
	let best = -1;
	let bestConfidence = 0;
	for (const [i, record] of records.slice(0, HEADER_SEARCH_ROWS).entries()) {
		const detection = detectKind(record.map((f) => f.trim()).filter(Boolean));
		if (detection.kind && detection.confidence > bestConfidence) {
			best = i;
			bestConfidence = detection.confidence;
		}
	}
	if (best >= 0) return best;
	const filled = records.findIndex((r) => r.filter((f) => f.trim() !== '').length >= 2);
	return Math.max(0, filled);
}

/** Column names anyone can refer to: no control characters, none empty, none repeated, none `_row`. */
export function safeNames(names: string[]): string[] {
	const seen = new Set<string>(['_row']);
	return names.map((name, i) => {
		// eslint-disable-next-line no-control-regex
		let safe = name.replace(/[\u0000-\u001f\u007f]/g, ' ').trim() || `column${i + 1}`;
		const base = safe;
		for (let n = 2; seen.has(safe); n++) safe = `${base} (${n})`;
		seen.add(safe);
		return safe;
	});
}
