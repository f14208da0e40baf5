/** Quote an identifier (table or column name) so that text from a CSV header can never become SQL. */
export function ident(name: string): string {
	return '"' + name.replaceAll('"', '""') + '"';
}

/** Quote a string literal for the few places DuckDB does not accept a bound parameter (table functions' options). */
export function literal(value: string): string {
	return "'" + value.replaceAll("'", "''") + "'";
}
