import { ident, literal } from '../engine/sql';
import type { Engine } from '../engine/types';
import type { Delimiter } from './csv-head';
import type { Roles } from './detect';
import type { ContextItem } from './layout';

/** What a kind's loader needs to turn one raw table into normalised rows and rejects. */
export interface RawTable {
	engine: Engine;
	/** The raw view: every record as text, with `_row` = its row number in a spreadsheet. */
	table: string;
	/** Index of the file in the load, its key in `files` and the normalised tables. */
	fileId: number;
	file: string;
	columns: string[];
	delimiter: Delimiter;
	roles: Roles;
	/** What the file's title rows and names say (school year, maximum score…). */
	context?: ContextItem[];
	/** The user's settings for reading the file beyond its roles (FileSetup). */
	options?: LoadOptions;
}

/** How to read a file beyond its columns' roles; each set by the user, none needed. */
export interface LoadOptions {
	/** Survey: the answer words from weakest to strongest, overriding the inferred scale. */
	answerOrder?: string[];
	/** Plan, periods: the school year's first calendar year (2025 for 2025/26). */
	schoolYear?: number;
	/** Plan: the day relative deadlines («в течение месяца») count from, ISO. */
	referenceDate?: string;
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

/** First characters a total row's word can have, as code points: the ASCII spaces of `\s`, И В С T A either case. */
const TOTAL_FIRST = [9, 10, 11, 12, 13, 32, ...'ИиВвСсTtAa'].map((c) =>
	typeof c === 'number' ? c : c.codePointAt(0)!
);

/**
 * SQL that is true for an Excel total row («Итого», «Всего:», «Среднее») in any of the given columns; the word
 * alone, so an event «Итоговый педсовет» is no total.
 */
export function totalRow(columns: (string | undefined)[]): string {
	const present = columns.filter((c): c is string => c !== undefined);
	if (present.length === 0) return 'false';
	// The pattern only where the cell's first character can begin it (a space or И, В, С, T, A in either
	// case: RE2's \s is ASCII): one code point compared instead of a regular expression on every name
	// (0,2 s of a million-row file).
	return present
		.map(
			(c) =>
				`CASE WHEN ord(${ident(c)}) IN (${TOTAL_FIRST.join(', ')})
				 THEN regexp_matches(${ident(c)}, '(?i)^\\s*(итого|итог|итоговый показатель|всего|среднее|средний итог|средний балл|total|average)(\\PL|$)')
				 ELSE false END`
		)
		.join(' OR ');
}

/**
 * Run `reasonSql` (NULL when the row is fine, else a reason code) over `from` into a table of its own,
 * and copy the rejected rows, with their own text, into `rejects`. Returns the classified table's name.
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
		`INSERT INTO rejects SELECT ?, c._row, c._reason, ${rowText(raw, 'r')}, ?::INTEGER
		 FROM ${ident(classified)} c JOIN ${ident(raw.table)} r ON r._row = c._row
		 WHERE c._reason IS NOT NULL ORDER BY c._row`,
		[raw.file, raw.fileId]
	);
	return classified;
}

/** Reject every record of a file with one reason (a file whose kind is unknown). */
export async function rejectAll(raw: RawTable, reason: string): Promise<void> {
	await raw.engine.query(
		`INSERT INTO rejects SELECT ?, _row, ?, ${rowText(raw)}, ?::INTEGER FROM ${ident(raw.table)} ORDER BY _row`,
		[raw.file, reason, raw.fileId]
	);
}
