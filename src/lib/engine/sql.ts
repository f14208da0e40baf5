import type { Engine, SqlParam } from './types';

/** Quote an identifier (table or column name) so that text from a CSV header can never become SQL. */
export function ident(name: string): string {
	return '"' + name.replaceAll('"', '""') + '"';
}

/** Quote a string literal for the few places DuckDB does not accept a bound parameter (table functions' options). */
export function literal(value: string): string {
	return "'" + value.replaceAll("'", "''") + "'";
}

/**
 * A `(VALUES …)` list of many rows, each value bound and cast to its column's type, with its parameters in
 * order: one statement for a list instead of one (a round trip to the worker in the page) per row.
 */
export function valuesList(
	types: readonly string[],
	rows: readonly (readonly SqlParam[])[]
): { sql: string; params: SqlParam[] } {
	const row = `(${types.map((t) => `?::${t}`).join(', ')})`;
	return { sql: `(VALUES ${rows.map(() => row).join(', ')})`, params: rows.flat() };
}

/** Append rows to a table in one statement. */
export async function insertRows(
	engine: Engine,
	table: string,
	types: readonly string[],
	rows: readonly (readonly SqlParam[])[]
): Promise<void> {
	if (rows.length === 0) return;
	const list = valuesList(types, rows);
	await engine.query(`INSERT INTO ${ident(table)} SELECT * FROM ${list.sql}`, list.params);
}
