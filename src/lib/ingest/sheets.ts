import { parseRecords } from './csv-head';
import { findShape } from './shape';
import type { SourceFile } from './source';
import { filledSheets, isXlsx } from './xlsx';

/** Workbooks larger than this are read one sheet at a time, as chosen: each sheet would be parsed again. */
const EXPAND_UP_TO = 2 * 1024 * 1024;
const HEAD_RECORDS = 60;

/**
 * A workbook whose sheets each hold outcomes (a diagnostic card with an area per sheet, a sheet per
 * period) is read sheet by sheet: one entry per such sheet, named «file — sheet», so every sheet is
 * loaded and accounted for. Other files pass through with no sheet chosen.
 */
export async function expandSheets(
	sources: SourceFile[]
): Promise<{ sources: SourceFile[]; sheets: (string | undefined)[] }> {
	const out: { sources: SourceFile[]; sheets: (string | undefined)[] } = { sources: [], sheets: [] };
	for (const source of sources) {
		const sheets = await outcomeSheets(source);
		if (sheets.length < 2) {
			out.sources.push(source);
			out.sheets.push(undefined);
			continue;
		}
		for (const sheet of sheets) {
			out.sources.push({ ...source, name: `${source.name} — ${sheet}` });
			out.sheets.push(sheet);
		}
	}
	return out;
}

/** The sheets of a small workbook that read as outcome tables; none for anything else. */
async function outcomeSheets(source: SourceFile): Promise<string[]> {
	if (source.size > EXPAND_UP_TO || !isXlsx(await source.read(0, 4))) return [];
	try {
		const sheets = await filledSheets(await source.read());
		if (sheets.length < 2) return [];
		return sheets
			.filter(
				({ sheet, csv }) =>
					findShape(parseRecords(csv, ';', HEAD_RECORDS), sheet, source.name).detection.kind === 'outcomes'
			)
			.map((s) => s.sheet);
	} catch {
		// An unreadable workbook is said by the loader, with its reason.
		return [];
	}
}
