import { ident } from '../engine/sql';
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
	await engine.query(
		`INSERT INTO assignments
		 SELECT ?, _row, ${cell(r.teacher)}, n.teacher_key, ${cell(r.position)}, ${unlessAll(r.group)}, ${unlessAll(r.area)}
		 FROM ${ident(classified)} c LEFT JOIN person_names n ON n.name = ${cell(r.teacher)}
		 WHERE _reason IS NULL`,
		[raw.file]
	);
}
