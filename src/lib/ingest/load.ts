import type { Engine } from '../engine/types';
import { ident, literal } from '../engine/sql';
import { decodeText, detectEncoding, isUtf8, transcodeToUtf8, type Encoding } from './decode';
import { sniffDelimiter, type Delimiter } from './csv-head';
import { detectKind, type Detection, type FileKind } from './detect';
import { loadOutcomes } from './outcomes';
import { loadSurvey } from './survey';
import { loadPlan } from './plan';
import { loadRoster } from './roster';

/** A file as the loader sees it, whether it came from a drop, a fetch or the disk. */
export interface SourceFile {
	name: string;
	size: number;
	/** Bytes `[start, end)` of the file. */
	read(start?: number, end?: number): Promise<Uint8Array>;
	/** The original blob, which a browser engine can read in place. */
	blob?: Blob;
}

export interface FileReport {
	name: string;
	kind: FileKind | null;
	confidence: number;
	encoding: Encoding;
	delimiter: Delimiter;
	rowsIn: number;
	rowsLoaded: number;
	rowsRejected: number;
	/** Set when the file could not be read at all; the message key for the user. */
	error?: string;
	/** The engine's own words about that error, for the curious and for bug reports. */
	detail?: string;
}

/** What a kind's loader needs to turn one raw table into normalised rows and rejects. */
export interface RawTable {
	engine: Engine;
	/** The raw table: every CSV record as text, with `_row` = its row number in a spreadsheet. */
	table: string;
	/** Index of the file in the load, its key in `files` and the normalised tables. */
	fileId: number;
	file: string;
	columns: string[];
	delimiter: Delimiter;
	detection: Detection;
}

const HEAD_BYTES = 64 * 1024;

/**
 * Read one file into DuckDB: decode, sniff, keep every record as text in a raw table,
 * detect its kind and hand it to that kind's loader. Rows in = loaded + rejected, always.
 */
export async function loadFile(engine: Engine, source: SourceFile, index: number): Promise<FileReport> {
	const head = await source.read(0, Math.min(source.size, HEAD_BYTES));
	const encoding = detectEncoding(head);
	const delimiter = sniffDelimiter(decodeText(head, encoding));
	const path = `input_${index}.csv`;
	const table = `raw_${index}`;
	const report: FileReport = {
		name: source.name,
		kind: null,
		confidence: 0,
		encoding,
		delimiter,
		rowsIn: 0,
		rowsLoaded: 0,
		rowsRejected: 0
	};

	if (isUtf8(encoding) && source.blob && engine.registerFile) {
		await engine.registerFile(path, source.blob);
	} else {
		// DuckDB reads UTF-8 only: other encodings are decoded here, in JS.
		const bytes = await source.read();
		const utf8 = isUtf8(encoding) ? bytes : transcodeToUtf8(bytes, encoding);
		await engine.registerBytes(path, utf8);
	}
	try {
		// Row numbers come from the table's rowid (insertion order) through a view: no second copy of the data.
		await engine.exec(
			`CREATE OR REPLACE TABLE ${ident(table + '_data')} AS SELECT * FROM read_csv(${literal(path)},
			 delim=${literal(delimiter)}, header=true, all_varchar=true, quote='"', escape='"',
			 null_padding=true, parallel=false);
			 CREATE OR REPLACE VIEW ${ident(table)} AS SELECT rowid + 2 AS _row, * FROM ${ident(table + '_data')};`
		);
	} catch (error) {
		await engine.dropFile(path);
		return { ...report, error: 'unreadable_csv', detail: String(error) };
	}
	await engine.dropFile(path);

	const columns = (await engine.query(`SELECT * FROM ${ident(table)} LIMIT 0`)).schema.fields
		.map((f) => f.name)
		.filter((name) => name !== '_row');
	const rowsIn = Number((await engine.query(`SELECT count(*) AS n FROM ${ident(table)}`)).get(0)?.n ?? 0);
	const detection = detectKind(columns);
	report.kind = detection.kind;
	report.confidence = detection.confidence;
	report.rowsIn = rowsIn;

	await engine.query(
		`INSERT INTO files (file_id, file, kind, encoding, delimiter, rows_in) VALUES (?, ?, ?, ?, ?, ?)`,
		[index, source.name, report.kind, encoding, delimiter, rowsIn]
	);
	const raw: RawTable = { engine, table, fileId: index, file: source.name, columns, delimiter, detection };
	const loaders = { outcomes: loadOutcomes, survey: loadSurvey, plan: loadPlan, roster: loadRoster };
	if (detection.kind) {
		await loaders[detection.kind](raw);
	} else {
		await rejectAll(raw, 'unknown_kind');
	}
	const counts = await engine.query(`SELECT count(*) AS n FROM rejects WHERE file = ?`, [source.name]);
	report.rowsRejected = Number(counts.get(0)?.n ?? 0);
	report.rowsLoaded = rowsIn - report.rowsRejected;
	await engine.query(`UPDATE files SET rows_loaded = ?, rows_rejected = ? WHERE file_id = ?`, [
		report.rowsLoaded,
		report.rowsRejected,
		index
	]);
	return report;
}

/** The record as the user wrote it, to show next to the reason it was rejected. */
export function rowText(raw: RawTable, alias?: string): string {
	const prefix = alias ? `${ident(alias)}.` : '';
	const cells = raw.columns.map((c) => `coalesce(${prefix}${ident(c)}, '')`).join(', ');
	return `concat_ws(${literal(raw.delimiter)}, ${cells})`;
}

/** SQL that is true when every cell of the record is empty. */
export function blankRow(raw: RawTable): string {
	return raw.columns.map((c) => `coalesce(trim(${ident(c)}), '') = ''`).join(' AND ') || 'true';
}

/** SQL that is true for an Excel total row («Итого», «Всего», «Среднее») in any of the given columns. */
export function totalRow(columns: (string | undefined)[]): string {
	const present = columns.filter((c): c is string => c !== undefined);
	if (present.length === 0) return 'false';
	return present
		.map((c) => `regexp_matches(coalesce(${ident(c)}, ''), '^\\s*(?i:итого|всего|среднее|total)')`)
		.join(' OR ');
}

async function rejectAll(raw: RawTable, reason: string): Promise<void> {
	await raw.engine.query(
		`INSERT INTO rejects SELECT ?, _row, ?, ${rowText(raw)} FROM ${ident(raw.table)} ORDER BY _row`,
		[raw.file, reason]
	);
}

/**
 * Run `classify` (a SELECT giving `_row` and `reason`, NULL when the row is fine) into a table of its
 * own, and copy the rejected rows into `rejects`. Returns the name of the classified table.
 */
export async function classifyRows(
	raw: RawTable,
	reasonSql: string,
	extraColumns = '*',
	from = ident(raw.table)
): Promise<string> {
	const classified = `${raw.table}_classified`;
	await raw.engine.exec(
		`CREATE OR REPLACE TEMP TABLE ${ident(classified)} AS SELECT ${extraColumns}, ${reasonSql} AS _reason FROM ${from}`
	);
	// The row's own text is built for rejected rows only: a million loaded rows need no copy of themselves.
	await raw.engine.query(
		`INSERT INTO rejects SELECT ?, c._row, c._reason, ${rowText(raw, 'r')}
		 FROM ${ident(classified)} c JOIN ${ident(raw.table)} r ON r._row = c._row
		 WHERE c._reason IS NOT NULL ORDER BY c._row`,
		[raw.file]
	);
	return classified;
}

/** Read a file from the disk or a fetch response into a `SourceFile`. */
export function sourceFromBytes(name: string, bytes: Uint8Array): SourceFile {
	return {
		name,
		size: bytes.length,
		read: async (start = 0, end = bytes.length) => bytes.subarray(start, end)
	};
}

/** A dropped or picked `File`, read lazily so large files are never copied whole when they need not be. */
export function sourceFromBlob(name: string, blob: Blob): SourceFile {
	return {
		name,
		size: blob.size,
		blob,
		read: async (start = 0, end = blob.size) => new Uint8Array(await blob.slice(start, end).arrayBuffer())
	};
}
