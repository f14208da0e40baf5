import type { Engine, SqlParam } from '../engine/types';
import { className, parseClass } from '../ingest/classes';
import { column } from '../engine/columns';

/**
 * The loaded groups with their class name and parallel («5 А» and «5-а» from two files are one class «5А»),
 * as a SQL relation `(raw, class, parallel)` to join on `groups.name`, with its bound parameters.
 */
export async function classNames(
	engine: Engine,
	/** Where the names come from: the loaded groups, or these and the roster's classes. */
	namesSql = `SELECT DISTINCT name FROM groups`
): Promise<{ sql: string; params: SqlParam[] }> {
	const names = column<string>(await engine.query(`SELECT name FROM (${namesSql}) ORDER BY name`), 'name');
	if (!names.length)
		return {
			sql: `(SELECT ''::VARCHAR AS raw, ''::VARCHAR AS class, 0::INTEGER AS parallel WHERE false)`,
			params: []
		};
	return {
		sql: `(SELECT * FROM (VALUES ${names.map(() => '(?::VARCHAR, ?::VARCHAR, ?::INTEGER)').join(', ')}) v(raw, class, parallel))`,
		params: names.flatMap((n) => [n, className(n), parseClass(n)?.parallel ?? null])
	};
}
