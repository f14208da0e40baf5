import { ident } from '../engine/sql';
import type { SqlParam } from '../engine/types';
import { classList } from './classes';
import { blankRow, classifyRows, type RawTable } from './sql-rows';
import { cell } from './sql-text';

/** SQL: the cell, or NULL when it says «все» (every group, every area). */
const unlessAll = (column: string | undefined) =>
	column === undefined
		? 'NULL'
		: `CASE WHEN lower(${cell(column)}) IN ('все', 'все группы', 'все области', 'all') THEN NULL ELSE ${cell(column)} END`;

/** The staff roster into `assignments`: who teaches which group (NULL: all) and area (NULL: all). */
export async function loadRoster(raw: RawTable): Promise<void> {
	const { engine, roles } = raw;
	const r = roles;
	if (!r.teacher) return;
	const reason = `CASE
		WHEN ${blankRow(raw)} THEN 'blank_row'
		WHEN ${cell(r.teacher)} IS NULL THEN 'no_teacher'
	END`;
	const classified = await classifyRows(raw, reason);
	const groups = await listItems(raw, classified, r.group, (text) => {
		// «5А, 6Б, 7 В»: each a class; a kindergarten group's own comma («Радуга», 6 лет) is no list.
		const classes = classList(text);
		const pieces = text.split(/[,;\n]+/).filter((p) => p.trim());
		return classes.length > 1 && classes.length === pieces.length ? classes.map((c) => c.name) : [text];
	});
	// «Математика, алгебра»: one row per subject; a teacher of two subjects in three classes teaches each.
	const areas = await listItems(raw, classified, r.area, (text) => {
		const items = text
			.split(/\s*[;\n]\s*|,\s*(?=\p{Lu})|,\s+/u)
			.map((p) => p.trim())
			.filter(Boolean);
		// «Русский язык, литература»: each subject as the outcome files write it, with a capital.
		return items.length > 1 ? items.map((i) => i[0].toUpperCase() + i.slice(1)) : [text];
	});
	await engine.query(
		`INSERT INTO assignments
		 SELECT ?, _row, ${cell(r.teacher)}, n.teacher_key, ${cell(r.position)}, g.item, a.item
		 FROM ${ident(classified)} c LEFT JOIN person_names n ON n.name = ${cell(r.teacher)}
		 LEFT JOIN ${groups.sql} g ON g.text IS NOT DISTINCT FROM ${unlessAll(r.group)}
		 LEFT JOIN ${areas.sql} a ON a.text IS NOT DISTINCT FROM ${unlessAll(r.area)}
		 WHERE _reason IS NULL`,
		[raw.file, ...groups.params, ...areas.params]
	);
	if (r.homeroom) {
		const homeroom = cell(r.homeroom);
		const rooms = await engine.query(
			`SELECT DISTINCT ${homeroom} AS text FROM ${ident(classified)} WHERE _reason IS NULL AND ${homeroom} IS NOT NULL`
		);
		const texts = Array.from(rooms.getChild('text')?.toArray() ?? [], String);
		// «да» / «+» beside a teacher with one class says nothing of which: kept only where a class is named.
		const named = texts.flatMap((t) => classList(t).map((c) => [t, c.name]));
		if (named.length)
			await engine.query(
				`INSERT INTO homerooms
				 SELECT ?, _row, ${cell(r.teacher)}, n.teacher_key, v.class
				 FROM ${ident(classified)} c LEFT JOIN person_names n ON n.name = ${cell(r.teacher)}
				 JOIN (VALUES ${named.map(() => '(?::VARCHAR, ?::VARCHAR)').join(', ')}) v(text, class) ON v.text = ${homeroom}
				 WHERE _reason IS NULL`,
				[raw.file, ...named.flat()]
			);
		// A primary-school teacher («учитель начальных классов») teaches their own class its subjects: where
		// the roster names no class taught, their homeroom is it.
		if (named.length && r.position)
			await engine.query(
				`INSERT INTO assignments
				 SELECT h.file, h."row", h.teacher, h.teacher_key, ${cell(r.position)}, h.class, a.item
				 FROM homerooms h JOIN ${ident(classified)} c ON c._row = h."row"
				 LEFT JOIN ${areas.sql} a ON a.text IS NOT DISTINCT FROM ${unlessAll(r.area)}
				 WHERE h.file = ? AND regexp_matches(lower(coalesce(${cell(r.position)}, '')), 'начальн')
				   AND ${r.group ? `${cell(r.group)} IS NULL` : 'true'}
				   AND NOT EXISTS (SELECT 1 FROM assignments x WHERE x.file = h.file AND x."row" = h."row" AND x."group" IS NOT NULL)`,
				[...areas.params, raw.file]
			);
		// Without a class list the roster's own rows (all classes) would stand for every class: the
		// primary teachers' rows are now their class, the rest keep «all».
		if (!r.group && named.length && r.position)
			await engine.query(
				`DELETE FROM assignments WHERE file = ? AND "group" IS NULL
				   AND "row" IN (SELECT "row" FROM assignments WHERE file = ? AND "group" IS NOT NULL)`,
				[raw.file, raw.file]
			);
	}
}

/**
 * A roster cell as the items it lists, as a SQL relation `(text, item)` to join on the cell (NULL, «все»:
 * one NULL item). The distinct cells are few, so they are split here, by the same rules as everywhere.
 */
async function listItems(
	raw: RawTable,
	classified: string,
	column: string | undefined,
	split: (text: string) => string[]
): Promise<{ sql: string; params: SqlParam[] }> {
	const none = `(SELECT NULL::VARCHAR AS text, NULL::VARCHAR AS item)`;
	if (!column) return { sql: none, params: [] };
	const cells = await raw.engine.query(
		`SELECT DISTINCT ${unlessAll(column)} AS text FROM ${ident(classified)} WHERE _reason IS NULL`
	);
	const texts = Array.from(cells.getChild('text')?.toArray() ?? [], (t) => (t == null ? null : String(t)));
	const pairs = texts.flatMap((t) => (t === null ? [] : split(t).map((item) => [t, item])));
	if (!pairs.length) return { sql: none, params: [] };
	const values = pairs.map(() => '(?::VARCHAR, ?::VARCHAR)').join(', ');
	return { sql: `(SELECT * FROM (VALUES ${values}) v(text, item) UNION ALL ${none})`, params: pairs.flat() };
}
