import { ident } from '../engine/sql';

/** SQL reading a text cell as a number: decimal comma, spaces and non-breaking spaces as thousands separators. */
export function numberFrom(column: string): string {
	return `TRY_CAST(replace(replace(replace(trim(${ident(column)}), chr(160), ''), ' ', ''), ',', '.') AS DOUBLE)`;
}

/** SQL for a trimmed cell, NULL when empty. */
export function cell(column: string | undefined): string {
	return column === undefined ? 'NULL' : `nullif(trim(${ident(column)}), '')`;
}
