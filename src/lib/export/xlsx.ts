import { safeCell } from './csv';

/**
 * A table as an .xlsx workbook: a bold header row, numbers as numbers, text neutralised against formula
 * injection like the CSV (a string cell is never a formula in .xlsx, but a user may copy it into one).
 */
export async function toXlsx(sheet: string, header: string[], rows: unknown[][]): Promise<Blob> {
	const cell = (value: unknown) =>
		value === null || value === undefined
			? null
			: typeof value === 'number'
				? { value, type: Number }
				: { value: safeCell(value), type: String };
	const data = [
		header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })),
		...rows.map((row) => row.map(cell))
	];
	// Excel allows 31 characters in a sheet name and none of []:*?/\
	const name = sheet.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sverka';
	// The writer (180 KB of source) comes with the first export, not with the page.
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	return writeXlsxFile(data as never, { sheet: name } as never).toBlob();
}
