import type { Engine, SqlParam } from './types';

/**
 * A piece of SQL written in code, with the values it binds: never a name or a value from a file. Functions
 * that build SQL give this and take this, so a column name cannot be passed where SQL is expected (or the
 * reverse) without the compiler saying so. Spliced into a plain template string it gives its text, which is
 * only allowed while it binds nothing: a fragment with values must travel with them (see `sql`).
 */
export class Sql {
	constructor(
		readonly text: string,
		readonly params: readonly SqlParam[] = []
	) {}
	toString(): string {
		if (this.params.length) throw new Error('SQL with bound values spliced as text: use the sql`` tag');
		return this.text;
	}
}

/**
 * SQL from a template: an interpolated `Sql` fragment is spliced with its values, anything else is a value
 * and becomes a `?` parameter, so data can never become SQL. `sql\`SELECT * FROM t WHERE name = ${name}\``.
 */
export function sql(strings: TemplateStringsArray, ...parts: (Sql | SqlParam)[]): Sql {
	let text = strings[0];
	const params: SqlParam[] = [];
	parts.forEach((part, i) => {
		if (part instanceof Sql) {
			text += part.text;
			params.push(...part.params);
		} else {
			text += '?';
			params.push(part);
		}
		text += strings[i + 1];
	});
	return new Sql(text, params);
}

/** Values for `IN (…)`, each bound. */
export const list = (values: readonly SqlParam[]) => new Sql(values.map(() => '?').join(', '), values);

/** A column or table name, quoted, as SQL. */
export const quoted = (name: string) => new Sql(ident(name));

/** Run a statement built with `sql`, its values bound. */
export function run(engine: Engine, statement: Sql) {
	return engine.query(statement.text, statement.params);
}

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
