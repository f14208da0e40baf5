import { ident, literal } from '../engine/sql';
import type { Engine } from '../engine/types';
import { parseRecords, sniffDelimiter, type Delimiter } from './csv-head';
import { decodeText, detectEncoding, isUtf8, transcodeToUtf8, type Encoding } from './decode';
import { type Detection } from './detect';
import type { ContextItem } from './layout';
import { findShape, safeNames, type AggregateForm, type VirtualColumn } from './shape';
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
			raw.filledSheets = workbook.filled;
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

	// Titles above the table («Мониторинг 2025/26», «Группа: …») are skipped to the real header, and read.
	const startLines: number[] = [];
	const records = parseRecords(sample, raw.delimiter, HEAD_RECORDS, startLines);
	const shape = findShape(records, raw.sheet, source.name);
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
	const readStart = performance.now();
	try {
		await engine.exec(
			`CREATE OR REPLACE TABLE ${data} AS SELECT * FROM read_csv(${literal(path)},
			 delim=${literal(raw.delimiter)}, header=true, skip=${startLines[firstData - 1] ?? 0}, all_varchar=true,
			 quote='"', escape='"', comment='', null_padding=true, parallel=false)`
		);
	} catch (error) {
		await engine.dropFile(path);
		return { ...raw, error: 'unreadable_csv', detail: String(error) };
	}
	raw.readCsvMs = performance.now() - readStart;
	// `npm run bench` reads this: DuckDB's own read_csv on the same (UTF-8) bytes.
	performance.measure('sverka:read_csv', { start: readStart, end: readStart + raw.readCsvMs });
	await engine.dropFile(path);
	// Header names as the file wrote them (two header rows joined), made safe to name; columns are taken
	// by position, whatever DuckDB called them.
	const fields = (await engine.query(`SELECT * FROM ${data} LIMIT 0`)).schema.fields.map((f) => f.name);
	const width = fields.length;
	// A header «rowid» would hide the table's own row ids, which number the rows: renamed where it stands.
	for (const [i, name] of fields.entries())
		if (name.toLowerCase() === 'rowid')
			await engine.exec(`ALTER TABLE ${data} RENAME COLUMN ${ident(name)} TO ${ident(`column${i + 1}_`)}`);
	raw.columns = safeNames(Array.from({ length: width }, (_, i) => shape.columns[i] ?? ''));
	raw.virtual = shape.virtual.filter((v) => !raw.columns.includes(v.name));
	raw.firstRow = firstData + 1;
	await engine.exec(rawViewSql(raw));
	const count = (await engine.query(`SELECT count(*) AS n FROM ${data}`)).get(0)?.n;
	raw.rowsIn = Number(count ?? 0) + raw.aboveHeader.length;
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
	return `CREATE OR REPLACE VIEW ${ident(raw.table)} AS SELECT _row, ${outer.join(', ')}
		FROM (SELECT (rowid + ${raw.firstRow})::INTEGER AS _row, ${inner.join(', ')} FROM ${ident(`${raw.table}_data`)})`;
}

/** A virtual column's SQL: the context's value, or the parallel joined to an ordinal class number. */
function virtualSql(column: VirtualColumn, columns: string[]): string {
	const value = literal(column.item.value);
	if (!column.from || !columns.includes(column.from)) return value;
	const from = `trim(${ident(column.from)})`;
	return `CASE WHEN regexp_matches(${from}, '^\\d{1,2}$') THEN ${value} || ' класс №' || ${from} ELSE nullif(${from}, '') END`;
}

export { safeNames } from './shape';
