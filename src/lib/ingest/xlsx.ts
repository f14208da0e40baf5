import Papa from 'papaparse';
import type readXlsxFile from 'read-excel-file/universal';
import type { CellValue } from 'read-excel-file/universal';

/** The magic of a ZIP archive, which every .xlsx is. */
export function isXlsx(head: Uint8Array): boolean {
	return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

export interface Workbook {
	sheets: string[];
	/** Sheets that hold data, the read one included: a card with an area per sheet is read one sheet at a time. */
	filled: string[];
	/** The chosen sheet as CSV text (`;`, quoted where needed), ready for the CSV path. */
	csv: string;
	sheet: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as the CSV path expects it: dates as DD.MM.YYYY (Russian exports), numbers with a point. */
export function cellText(value: CellValue | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) {
		const date = `${pad(value.getUTCDate())}.${pad(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
		const time = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds();
		return time
			? `${date} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`
			: date;
	}
	return String(value);
}

/**
 * Read an .xlsx workbook and turn one sheet into CSV text: the named one, else the first that has data.
 * Formulas come as their cached values; nothing in the file is evaluated.
 */
export async function readWorkbook(bytes: Uint8Array, sheet?: string): Promise<Workbook> {
	const sheets = await parse(bytes);
	const chosen = sheets.find((s) => s.sheet === sheet) ?? sheets.find((s) => s.data.length > 0) ?? sheets[0];
	const filled = sheets.filter(hasData).map((s) => s.sheet);
	return { sheets: sheets.map((s) => s.sheet), filled, csv: toCsv(chosen.data), sheet: chosen.sheet };
}

/** Every sheet that holds data, as CSV text: one parse of the workbook for all of them. */
export async function filledSheets(bytes: Uint8Array): Promise<{ sheet: string; csv: string }[]> {
	return (await parse(bytes)).filter(hasData).map((s) => ({ sheet: s.sheet, csv: toCsv(s.data) }));
}

type Sheet = Awaited<ReturnType<typeof readXlsxFile>>[number];

async function parse(bytes: Uint8Array): Promise<Sheet[]> {
	// The reader (190 KB of source) comes with the first workbook, not with the page.
	const { default: read } = await import('read-excel-file/universal');
	const sheets = await read(
		bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
	);
	// Excel forbids two sheets of one name, other writers do not: a sheet is chosen by name, so each gets its own.
	const seen = new Map<string, number>();
	return sheets.map((s) => {
		const n = (seen.get(s.sheet) ?? 0) + 1;
		seen.set(s.sheet, n);
		return n === 1 ? s : { ...s, sheet: `${s.sheet} (${n})` };
	});
}

const hasData = (s: Sheet) => s.data.some((row) => row.some((c) => c !== null && c !== ''));

/** The sheet as `;` CSV for DuckDB: values exactly as read, so no formula escaping (that is for exports). */
function toCsv(data: Sheet['data']): string {
	const width = Math.max(0, ...data.map((row) => row.length));
	const rows = data.map((row) =>
		Array.from({ length: width }, (_, i) => cellText(row[i] as CellValue | null))
	);
	return Papa.unparse(rows, { delimiter: ';', newline: '\r\n', escapeFormulae: false }) + '\r\n';
}
