import { ident, literal, Sql, valuesList } from '../engine/sql';
import type { Engine } from '../engine/types';
import { columnClass, taskMax } from './columns';
import { areaOfColumn } from './detect';
import { contextValue, periodLabel, splitSub } from './layout';
import { parsePeriod } from './periods';
import { inferScale, legendScale } from './scales';
import { classifyRows, totalRow, type RawTable } from './sql-rows';
import { cell, cellOf, levelWord, levelWordOf, numberFrom, numberOf } from './sql-text';

/** The element a list lambda (`_v -> …`) reads. */
const LIST_ITEM = new Sql('_v');

/** One column read as scores: its area and period, fixed by the header or taken from the row. */
interface ScoreColumn {
	column: string;
	/** The area or subject; undefined: the row's area column (long files). */
	area?: string;
	/** The period a second header row gives («н.г.»); undefined: the row's period. */
	period?: string;
	/** A task's or indicator's column (kept in `outcome_items`), not an area's own score. */
	item?: { name: string; max: number | null };
}

/** Cells that mean «not assessed» (a ВПР «X», «нет отметки»): missing, never a bad score. */
const NOT_ASSESSED_SQL = `'^(x|х|-|—|н/а|нет отметки|отсутствовал|не писал|осв|освобожден)$'`;

/** Which columns hold scores, each with its area and period. */
function scoreColumns(raw: RawTable): ScoreColumn[] {
	const { roles } = raw;
	const year = contextValue(raw.context ?? [], 'year')?.value;
	const fixed = (column: string) => {
		const sub = splitSub(column).sub;
		return sub ? periodLabel(sub, year) : undefined;
	};
	if (roles.areas?.length) {
		return roles.areas.map((column) => ({ column, area: areaOfColumn(column), period: fixed(column) }));
	}
	const out: ScoreColumn[] = [];
	if (roles.score) out.push({ column: roles.score });
	for (const column of roles.items ?? []) {
		const name = splitSub(column).base;
		out.push({ column, period: fixed(column), item: { name, max: taskMax(name) ?? null } });
	}
	if (roles.journal) out.push({ column: roles.journal, item: { name: roles.journal, max: 5 } });
	return out;
}

/**
 * Outcomes into `outcomes`, one row per child × area × period. Wide files have one column per area
 * (a second header row may give each its period); long ones an area column (or one area for the file,
 * from a title row) with a score column, or tasks / indicators whose mean is the area's score. A row
 * is rejected whole when it cannot be placed. Written for a million rows: every cell is parsed once,
 * names become hashed ids without joins.
 */
export async function loadOutcomes(raw: RawTable): Promise<void> {
	const { engine, roles } = raw;
	const { period } = roles;
	const long = !roles.areas?.length && roles.area !== undefined;
	const cols = scoreColumns(raw);
	const ownPeriods = cols.length > 0 && cols.every((c) => c.period !== undefined);
	await addPeriods(raw, ownPeriods ? undefined : period, ownPeriods);
	await addPeriodLabels(engine, [...new Set(cols.flatMap((c) => (c.period ? [c.period] : [])))]);
	if (!long) await addAreas(engine, [...new Set(cols.map((c) => c.area!))]);

	// A few score columns (the usual file, up to a million rows): one expression per column, fastest to run.
	// Many: lists of cells, one lambda per rule, so the SQL does not grow with the columns; one expression
	// per column made 574 KB of SQL for 200 columns, planned for 19 s, and 1 000 ran out of memory.
	const byLists = cols.length > MANY_COLUMNS;
	const classified = byLists
		? await classifyByLists(raw, cols, long, ownPeriods)
		: await classifyByColumns(raw, cols, long, ownPeriods);
	await separateNamesakes(raw, classified, [...(ownPeriods ? [] : ['_period']), ...(long ? ['_area'] : [])]);
	// The group's age only from a file with an age column (two passes over a million rows otherwise).
	const age = roles.age !== undefined;
	await engine.exec(`
		INSERT INTO groups SELECT group_id, any_value(_group), ${age ? 'mode(_age)' : 'NULL'} FROM ${classified}
		  WHERE _reason IS NULL AND group_id NOT IN (SELECT group_id FROM groups) GROUP BY group_id;
		-- A group first met in a file without the age column takes it from a later file that has one.
		${
			age
				? `UPDATE groups SET age = a.age FROM (SELECT group_id, mode(_age) AS age FROM ${classified}
		  WHERE _reason IS NULL GROUP BY group_id) a WHERE groups.group_id = a.group_id AND groups.age IS NULL;`
				: ''
		}
		INSERT INTO children SELECT child_id, any_value(_child), any_value(group_id) FROM ${classified}
		  WHERE _reason IS NULL AND child_id NOT IN (SELECT child_id FROM children) GROUP BY child_id;`);
	if (long) {
		const names = await engine.query(
			`SELECT _area FROM ${classified} WHERE _reason IS NULL GROUP BY _area ORDER BY min(_row)`
		);
		await addAreas(engine, Array.from(names.getChild('_area')?.toArray() ?? [], String));
	}
	if (byLists) await insertByLists(raw, cols, classified);
	else await insertByColumns(raw, cols, classified);
	await engine.exec(`DROP TABLE ${classified}`);
}

/** A legend or a banner in the first column: one long cell or a «label: value». */
const longChildOf = (c: Sql | string) => `((strlen(${c}) > 40 AND length(${c}) > 40) OR contains(${c}, ':'))`;
const longChild = longChildOf('_child');

/** Score columns past this many are read as lists (see `loadOutcomes`). */
const MANY_COLUMNS = 12;

/** Classify the rows of a file of a few score columns: each column's cells parsed by an expression of its own. */
async function classifyByColumns(
	raw: RawTable,
	cols: ScoreColumn[],
	long: boolean,
	ownPeriods: boolean
): Promise<string> {
	const { roles } = raw;
	const { child, group, period } = roles;
	const scores = cols.map((_, i) => `_s${i}`);
	const present = cols.map((_, i) => `_c${i}`);
	const items = cols.map((c, i) => (c.item ? i : -1)).filter((i) => i >= 0);
	// Numbers first; «X» and the level-word lookup (lower-casing is dear on millions of cells) only where
	// a number failed, so a file of numbers pays for neither.
	const numbers = `(SELECT *, ${cell(child)} AS _child, ${cell(group)} AS _group_cell, ${cell(roles.age)} AS _age,
		${cell(roles.childId)} AS _id, ${cell(period)} AS _period_cell, ${long ? cell(roles.area) : 'NULL'} AS _area,
		${cols
			.map(
				({ column: a }, i) =>
					// A cell that reads as a number is filled: its trim (a third of a cell's cost) only for the rest.
					`${numberFrom(a)} AS _n${i}, CASE WHEN _n${i} IS NOT NULL THEN true ELSE ${cell(a)} IS NOT NULL END AS _f${i}`
			)
			.join(', ')}
		FROM ${ident(raw.table)})`;
	// CASE, not AND: a projection evaluates every operand of an AND on every row, so the «X» pattern ran on
	// millions of cells that had read as numbers (0,7 s of a million-row file); CASE reads only the rest.
	const notAssessed = (i: number) =>
		`CASE WHEN _n${i} IS NOT NULL OR NOT _f${i} THEN false
		 ELSE regexp_matches(${cell(cols[i].column)}, ${NOT_ASSESSED_SQL}, 'i') END`;
	const marked = `(SELECT *, coalesce(_group_cell, '—') AS _group, coalesce(_period_cell, '—') AS _period, ${cols
		.map(
			(_, i) =>
				`_f${i} AND NOT (${notAssessed(i)}) AS _c${i}${cols[i].item ? `, ${notAssessed(i)} AS _x${i}` : ''}`
		)
		.join(', ')} FROM ${numbers})`;
	const parsed = `(SELECT *, ${cols
		.map(
			(_, i) =>
				`CASE WHEN _n${i} IS NOT NULL THEN _n${i} WHEN NOT _c${i} THEN NULL ELSE ${levelWord(cols[i].column)} END AS _s${i}`
		)
		.join(', ')} FROM ${marked})`;
	const named = raw.columns.filter((c) => columnClass(c, []) !== 'unnamed');
	// Template rows of a collection form hold only formula zeros in their totals: blank, like empty ones.
	const empty = (c: string) =>
		columnClass(c, []) === 'total'
			? `coalesce(${cell(c)}, '0') IN ('0', '0.0', '0,0')`
			: `${cell(c)} IS NULL`;
	const blank = named.map(empty).join(' AND ') || 'true';
	const filledCount = named.map((c) => `(${cell(c)} IS NOT NULL)::INTEGER`).join(' + ') || '0';
	const absent = items.length ? items.map((i) => `_x${i}`).join(' AND ') : 'false';
	const reason = `CASE
		WHEN _child IS NULL OR ${totalRow([child, group])} THEN
			CASE WHEN ${blank} THEN 'blank_row' WHEN ${totalRow([child, group])} THEN 'total_row'
			WHEN ${filledCount} = 1 THEN 'section_row' ELSE 'no_child' END
		-- A legend or a banner in the first column: one long cell or a «label: value», not a child.
		-- Cheapest test first: AND evaluates the next only where the last held, and the row's width
		-- (a trim of every cell) cost more than the rest of the rules together. strlen (bytes) bounds
		-- length (letters), which is dear on Cyrillic.
		WHEN ${longChild} AND NOT (${present.join(' OR ') || 'false'}) AND ${filledCount} = 1 THEN 'section_row'
		${group ? `WHEN _group_cell IS NULL THEN 'no_group'` : ''}
		${period && !ownPeriods ? `WHEN _period_cell IS NULL THEN 'no_period'` : ''}
		${ownPeriods ? '' : `WHEN hash(_period) NOT IN (SELECT period_id FROM periods) THEN 'bad_period'`}
		${long ? `WHEN _area IS NULL THEN 'no_area'` : ''}
		WHEN ${absent} THEN 'absent'
		WHEN ${cols.map((_, i) => `(_c${i} AND _s${i} IS NULL)`).join(' OR ') || 'false'} THEN 'bad_score'
		WHEN ${scores.map((s) => `${s} < 0 OR ${s} > 100`).join(' OR ') || 'false'} THEN 'score_out_of_scale'
		WHEN NOT (${present.join(' OR ') || 'false'}) THEN 'no_scores'
	END`;
	return ident(
		await classifyRows(
			raw,
			reason,
			`_row, _child, _group, _age, _area, _period, _id, hash(_group) AS group_id, hash(_group, _child) AS child_id,
			 hash(_period) AS period_id, ${scores.join(', ')}, ${cols.map((_, i) => `_n${i}`).join(', ')}`,
			parsed
		)
	);
}

/** Insert the classified rows' scores, one UNION ALL branch per score column. */
async function insertByColumns(raw: RawTable, cols: ScoreColumn[], classified: string): Promise<void> {
	const { engine, roles } = raw;
	const items = cols.map((c, i) => (c.item ? i : -1)).filter((i) => i >= 0);
	// One statement per table: each score column a branch of a UNION ALL over the same narrow table.
	const periodSql = (c: ScoreColumn) => (c.period ? `hash(${literal(c.period)}::VARCHAR)` : 'period_id');
	const areaSql = (c: ScoreColumn) => (c.area ? `hash(${literal(c.area)}::VARCHAR)` : 'hash(_area)');
	const branch = (c: ScoreColumn, i: number, extra = '') =>
		`SELECT ?::INTEGER AS file_id, _row, child_id, group_id, ${areaSql(c)} AS area_id, ${periodSql(c)} AS period_id,
		 _s${i} AS score${extra} FROM ${classified} WHERE _reason IS NULL AND _s${i} IS NOT NULL`;
	const areaCols = cols.map((c, i) => ({ c, i })).filter(({ c }) => !c.item);
	const itemCols = cols.map((c, i) => ({ c, i })).filter(({ c }) => c.item && c.column !== roles.journal);
	if (items.length) {
		await engine.query(
			`INSERT INTO outcome_items ${items
				.map((i) =>
					branch(
						cols[i],
						i,
						`, ${literal(cols[i].item!.name)} AS item, ${cols[i].item!.max ?? 'NULL'}::DOUBLE AS max`
					)
				)
				.join(' UNION ALL ')}`,
			items.map(() => raw.fileId)
		);
	}
	const areaRows = areaCols.length
		? areaCols.map(({ c, i }) => branch(c, i)).join(' UNION ALL ')
		: // Indicators without a total of their own: the area's score is their mean, per child and period.
			itemCols.length
			? `SELECT file_id, min(_row) AS _row, child_id, group_id, area_id, period_id, avg(score) AS score
			   FROM (${itemCols.map(({ c, i }) => branch(c, i)).join(' UNION ALL ')})
			   GROUP BY file_id, child_id, group_id, area_id, period_id`
			: '';
	if (areaRows) {
		// The range first, from the narrow table (separate min/max per column vectorise); then one insert.
		const range = areaCols.length
			? `SELECT least(${areaCols.map(({ i }) => `min(_s${i})`).join(', ')}) AS lo,
			     greatest(${areaCols.map(({ i }) => `max(_s${i})`).join(', ')}) AS hi FROM ${classified} WHERE _reason IS NULL`
			: `SELECT min(score) AS lo, max(score) AS hi FROM (${areaRows})`;
		const params = (areaCols.length ? areaCols : itemCols).map(() => raw.fileId);
		const seen = (await engine.query(range, areaCols.length ? [] : params)).get(0);
		// Level words («высокий») are said with the scale: a number that failed and a word that read.
		const words = areaCols.map(({ i }) => `count(*) FILTER (_n${i} IS NULL AND _s${i} IS NOT NULL)`);
		const anyWord = words.length
			? `(SELECT (${words.join(' + ')}) > 0 FROM ${classified} WHERE _reason IS NULL)`
			: 'false';
		await setScale(raw, cols, anyWord, { lo: seen?.lo ?? null, hi: seen?.hi ?? null });
		await engine.query(`INSERT INTO outcomes ${areaRows}`, params);
	}
}

/** Classify the rows of a file of many score columns: its cells as lists, one lambda per rule. */
async function classifyByLists(
	raw: RawTable,
	cols: ScoreColumn[],
	long: boolean,
	ownPeriods: boolean
): Promise<string> {
	const { engine, roles } = raw;
	const { child, group, period } = roles;
	const items = cols.map((c, i) => (c.item ? i : -1)).filter((i) => i >= 0);
	const named = raw.columns.filter((c) => columnClass(c, []) !== 'unnamed');
	const totals = named.filter((c) => columnClass(c, []) === 'total');
	const others = named.filter((c) => columnClass(c, []) !== 'total');
	// Cells across many columns are lists, each rule one lambda over them: the SQL's size does not grow
	// with the columns. One expression per column made 574 KB of SQL for 200 columns, planned for 19 s.
	const list = (columns: string[]) => `[${columns.map((c) => ident(c)).join(', ')}]::VARCHAR[]`;
	const filled = (columns: string[]) =>
		`len(list_filter(${list(columns)}, _v -> ${cellOf(LIST_ITEM)} IS NOT NULL))`;
	// Template rows of a collection form hold only formula zeros in their totals: blank, like empty ones.
	const blank = `${filled(others)} = 0 AND len(list_filter(${list(totals)},
		_v -> coalesce(${cellOf(LIST_ITEM)}, '0') NOT IN ('0', '0.0', '0,0'))) = 0`;
	const total = totalRow([child, group]);
	const mayBeNoChild = `${cell(child)} IS NULL OR ${total}`;
	// Every cell the classification reads, trimmed once into plain columns; a row's width is counted only
	// for the few rows that may be no child.
	const cells = ident(`${raw.table}_cells`);
	await engine.exec(`CREATE OR REPLACE TEMP TABLE ${cells} AS SELECT _row,
		${cell(child)} AS _child, coalesce(${cell(group)}, '—') AS _group, ${cell(group)} IS NULL AS _no_group,
		${cell(roles.age)} AS _age, ${cell(roles.childId)} AS _id,
		coalesce(${cell(period)}, '—') AS _period, ${cell(period)} IS NULL AS _no_period,
		${long ? cell(roles.area) : 'NULL'} AS _area, ${total} AS _total,
		CASE WHEN ${mayBeNoChild} OR ${longChildOf(cell(child))}
		  THEN ${filled(named)} END AS _filled,
		CASE WHEN ${mayBeNoChild} THEN ${blank} END AS _blank,
		${scoresSql(cols.map((c) => c.column))} AS _e
		FROM ${ident(raw.table)}`);

	const any = (sql: string) =>
		cols.length ? `coalesce(list_bool_or(list_transform(_e, _v -> ${sql})), false)` : 'false';
	const present = any('_v.c');
	const absent = items.length
		? `list_bool_and(list_transform(list_select(_e, [${items.map((i) => i + 1).join(', ')}]), _v -> _v.x))`
		: 'false';
	const reason = `CASE
		WHEN _child IS NULL OR _total THEN
			CASE WHEN _blank THEN 'blank_row' WHEN _total THEN 'total_row'
			WHEN _filled = 1 THEN 'section_row' ELSE 'no_child' END
		-- A legend or a banner in the first column: one long cell or a «label: value», not a child.
		WHEN ${longChild} AND NOT ${present} AND _filled = 1 THEN 'section_row'
		${group ? `WHEN _no_group THEN 'no_group'` : ''}
		${period && !ownPeriods ? `WHEN _no_period THEN 'no_period'` : ''}
		${ownPeriods ? '' : `WHEN hash(_period) NOT IN (SELECT period_id FROM periods) THEN 'bad_period'`}
		${long ? `WHEN _area IS NULL THEN 'no_area'` : ''}
		WHEN ${absent} THEN 'absent'
		WHEN ${any('_v.c AND _v.s IS NULL')} THEN 'bad_score'
		WHEN ${any('_v.s < 0 OR _v.s > 100')} THEN 'score_out_of_scale'
		WHEN NOT ${present} THEN 'no_scores'
	END`;
	const classified = ident(
		await classifyRows(
			raw,
			reason,
			`_row, _child, _group, _age, _area, _period, _id, hash(_group) AS group_id, hash(_group, _child) AS child_id,
			 hash(_period) AS period_id, _e`,
			cells
		)
	);
	await engine.exec(`DROP TABLE ${cells}`);

	return classified;
}

/** Insert the classified rows' scores from lists: unpivoted once into a narrow table, joined to each column's area and period. */
async function insertByLists(raw: RawTable, cols: ScoreColumn[], classified: string): Promise<void> {
	const { engine, roles } = raw;
	const items = cols.map((c, i) => (c.item ? i : -1)).filter((i) => i >= 0);
	// The scores unpivoted once, row by column: one narrow table every insert below reads, whatever the
	// number of columns; each column's area, period and task come from a small table joined to it.
	const meta = valuesList(
		['INTEGER', 'VARCHAR', 'VARCHAR', 'VARCHAR', 'DOUBLE', 'BOOLEAN'],
		cols.map((c, i) => [
			i + 1,
			c.area ?? null,
			c.period ?? null,
			c.item?.name ?? null,
			c.item?.max ?? null,
			c.column === roles.journal
		])
	);
	const scored = ident(`${raw.table}_scored`);
	if (cols.length)
		await engine.query(
			`CREATE OR REPLACE TEMP TABLE ${scored} AS
			 SELECT ?::INTEGER AS file_id, s._row, s.child_id, s.group_id,
			   CASE WHEN m.area IS NULL THEN hash(s._area) ELSE hash(m.area) END AS area_id,
			   CASE WHEN m.period IS NULL THEN s.period_id ELSE hash(m.period) END AS period_id,
			   s._v.s AS score, s._v.n IS NULL AS word, m.item, m.max, m.journal
			 FROM (SELECT _row, child_id, group_id, _area, period_id, unnest(range(1, len(_e) + 1)) AS _k, unnest(_e) AS _v
			   FROM ${classified} WHERE _reason IS NULL) s
			 JOIN ${meta.sql} m(k, area, period, item, max, journal) ON m.k = s._k
			 WHERE s._v.s IS NOT NULL`,
			[raw.fileId, ...meta.params]
		);
	const areaCols = cols.filter((c) => !c.item);
	const itemCols = cols.filter((c) => c.item && c.column !== roles.journal);
	if (items.length)
		await engine.exec(
			`INSERT INTO outcome_items SELECT file_id, _row, child_id, group_id, area_id, period_id, score, item, max
			 FROM ${scored} WHERE item IS NOT NULL`
		);
	const areaRows = areaCols.length
		? `SELECT file_id, _row, child_id, group_id, area_id, period_id, score FROM ${scored} WHERE item IS NULL`
		: // Indicators without a total of their own: the area's score is their mean, per child and period.
			itemCols.length
			? `SELECT file_id, min(_row) AS _row, child_id, group_id, area_id, period_id, avg(score) AS score
			   FROM ${scored} WHERE item IS NOT NULL AND NOT journal
			   GROUP BY file_id, child_id, group_id, area_id, period_id`
			: '';
	if (areaRows) {
		const seen = (await engine.query(`SELECT min(score) AS lo, max(score) AS hi FROM (${areaRows})`)).get(0);
		// Level words («высокий») are said with the scale: a number that failed and a word that read.
		const words = areaCols.length
			? `(SELECT count(*) > 0 FROM ${scored} WHERE item IS NULL AND word)`
			: 'false';
		await setScale(raw, cols, words, { lo: seen?.lo ?? null, hi: seen?.hi ?? null });
		await engine.exec(`INSERT INTO outcomes ${areaRows}`);
	}
	if (cols.length) await engine.exec(`DROP TABLE ${scored}`);
}

/**
 * Children of one name in one group are two children, never one: a child has one row per period (and area,
 * in a long file), so a name met twice there is two children. They are told apart by the file's id column
 * («№», «Код») when it is the child's (constant for the child, different between the namesakes), else by
 * their order in the list; both are listed in `namesakes` for the quality view.
 */
async function separateNamesakes(raw: RawTable, classified: string, keys: string[]): Promise<void> {
	const { engine } = raw;
	const per = ['_group', '_child', ...keys].join(', ');
	// Per name in a group: the most rows one period (and area) holds, i.e. how many children bear it.
	const sets = `(SELECT _group, _child, max(n) AS n FROM (SELECT _group, _child, count(*) AS n FROM ${classified}
		WHERE _reason IS NULL GROUP BY ${per}) GROUP BY _group, _child HAVING max(n) > 1)`;
	// Whether there are any, first, by the hashed ids: grouping a million rows by their names cost a second.
	const ids = keys.map((k) => (k === '_period' ? 'period_id' : `hash(${k})`));
	const found = await engine.query(
		`SELECT count(*) AS n FROM (SELECT child_id FROM ${classified} WHERE _reason IS NULL
		 GROUP BY ${['child_id', ...ids].join(', ')} HAVING count(*) > 1)`
	);
	if (Number(found.get(0)?.n ?? 0) === 0) return;
	// The id is the child's when each namesake set holds exactly as many ids as children: a row counter
	// («№» of a long file) gives a child one id per row.
	const check = raw.roles.childId
		? await engine.query(`
			SELECT bool_and(ids = n) AS ok FROM (
			  SELECT count(DISTINCT c._id) AS ids, any_value(f.n) AS n
			  FROM ${classified} c JOIN ${sets} f USING (_group, _child)
			  WHERE c._reason IS NULL GROUP BY c._group, c._child)`)
		: null;
	const byId = Boolean(check?.get(0)?.ok);
	const key = byId
		? 'hash(c._group, c._child, c._id)'
		: `hash(c._group, c._child, row_number() OVER (PARTITION BY ${per
				.split(', ')
				.map((k) => `c.${k}`)
				.join(', ')} ORDER BY c._row)::VARCHAR)`;
	await engine.exec(`
		UPDATE ${classified} SET child_id = d.child_id FROM (
		  SELECT c._row, ${key} AS child_id
		  FROM ${classified} c SEMI JOIN ${sets} f USING (_group, _child)
		  WHERE c._reason IS NULL) d
		WHERE ${classified}._row = d._row`);
	await engine.query(`INSERT INTO namesakes SELECT ?::INTEGER, _group, _child, n, ?::BOOLEAN FROM ${sets}`, [
		raw.fileId,
		byId
	]);
}

/**
 * The scale of the file's area scores: a declared maximum (ФИС ОКО «Максимальный первичный балл»,
 * or the sum of task maxima for a total), marks 2–5, or inferred from the values seen.
 */
async function setScale(
	raw: RawTable,
	cols: ScoreColumn[],
	anyWord: string,
	range: { lo: number | null; hi: number | null } | null
): Promise<void> {
	const { engine, roles } = raw;
	if (range?.lo == null) return;
	let scale = inferScale(Number(range.lo), Number(range.hi));
	let from = 'values';
	// A legend the file carries (a caption row under or over the table) states its scale: it wins over the
	// guess when every score lies on it.
	const captions = await engine.query(
		`SELECT text FROM rejects WHERE file_id = ? AND reason IN ('section_row', 'above_header')`,
		[raw.fileId]
	);
	const legend = legendScale(Array.from(captions.getChild('text')?.toArray() ?? [], String));
	if (legend && Number(range.lo) >= legend.min && Number(range.hi) <= legend.max) {
		scale = legend;
		from = 'legend';
	}
	const scoreClass = roles.score ? columnClass(roles.score, []) : undefined;
	if (scoreClass === 'mark') {
		scale = { min: 2, max: 5 };
		from = 'marks';
	} else if (scoreClass === 'total') {
		const declared = Number(contextValue(raw.context ?? [], 'max')?.value);
		const tasks = cols.reduce((sum, c) => sum + (c.item?.max ?? 0), 0) - (roles.journal ? 5 : 0);
		const max = Number.isFinite(declared) && declared > 0 ? declared : tasks;
		if (max >= Number(range.hi)) {
			scale = { min: 0, max };
			from = 'declared';
		}
	}
	await engine.query(
		`UPDATE files SET scale_min = ?, scale_max = ?, scale_words = ${anyWord}, scale_from = ? WHERE file_id = ?`,
		[scale.min, scale.max, from, raw.fileId]
	);
}

/**
 * An outcome file whose scale was only guessed from its values takes the scale a legend states in another
 * file about the same groups, when its scores lie on it: a group's summary («Сводная таблица», means 1,4–3,0,
 * no legend) beside its diagnostic card («3 балла — …; 1 балл — …») is on the card's 1–3, not a guessed 0–3,
 * or the same children's 2,1 would be 71 % in one chart and 57 % in the next. Left alone when the legends of
 * those files disagree. Returns each file changed, with the scale and the file whose legend gave it.
 */
export async function shareLegendScales(
	engine: Engine
): Promise<Map<number, { min: number; max: number; from: string }>> {
	const shared = new Map<number, { min: number; max: number; from: string }>();
	const legends = await engine.query(
		`SELECT count(*) AS n FROM files WHERE kind = 'outcomes' AND scale_from = 'legend'`
	);
	// No legend anywhere (the usual load, a million rows included): nothing to read.
	if (Number(legends.get(0)?.n ?? 0) === 0) return shared;
	const found = await engine.query(`
		WITH fg AS (SELECT DISTINCT file_id, group_id FROM outcomes),
		  seen AS (SELECT file_id, min(score) AS lo, max(score) AS hi FROM outcomes GROUP BY file_id),
		  pairs AS (
		    SELECT DISTINCT g.file_id, l.file_id AS legend_id, l.file AS legend_file, l.scale_min, l.scale_max
		    FROM files g JOIN fg a ON a.file_id = g.file_id
		    JOIN fg b ON b.group_id = a.group_id AND b.file_id <> a.file_id
		    JOIN files l ON l.file_id = b.file_id
		    -- Only a guess gives way: level words, marks and a form's declared maximum stay as read.
		    WHERE g.kind = 'outcomes' AND g.scale_from = 'values' AND NOT coalesce(g.scale_words, false)
		      AND l.kind = 'outcomes' AND l.scale_from = 'legend')
		SELECT p.file_id, min(p.scale_min) AS scale_min, min(p.scale_max) AS scale_max,
		  min(p.legend_file) AS legend_file
		FROM pairs p JOIN seen s USING (file_id)
		GROUP BY p.file_id
		-- One scale among the legends, and every score of the file on it.
		HAVING count(DISTINCT (p.scale_min, p.scale_max)) = 1
		  AND any_value(s.lo) >= min(p.scale_min) AND any_value(s.hi) <= min(p.scale_max)`);
	for (const row of found.toArray()) {
		const scale = { min: Number(row.scale_min), max: Number(row.scale_max), from: String(row.legend_file) };
		await engine.query(`UPDATE files SET scale_min = ?, scale_max = ? WHERE file_id = ?`, [
			scale.min,
			scale.max,
			Number(row.file_id)
		]);
		shared.set(Number(row.file_id), scale);
	}
	return shared;
}

/** Add the file's period labels to `periods`, each with where it sorts in the year. */
async function addPeriods(raw: RawTable, period: string | undefined, ownPeriods: boolean): Promise<void> {
	if (ownPeriods) return;
	const { engine } = raw;
	const labels = period
		? Array.from(
				(
					await engine.query(
						// Distinct cells first, trimmed after: a million rows hold a handful of labels.
						`SELECT DISTINCT ${cell('_p')} AS label FROM (SELECT DISTINCT ${ident(period)} AS _p FROM ${ident(raw.table)})
						 WHERE ${cell('_p')} IS NOT NULL`
					)
				)
					.getChild('label')
					?.toArray() ?? [],
				String
			)
		: ['—'];
	await addPeriodLabels(engine, labels);
}

async function addPeriodLabels(engine: Engine, labels: string[]): Promise<void> {
	const rows = [...new Set(labels)].flatMap((label) => {
		const parsed = label === '—' ? { order: 0, date: null, end: null } : parsePeriod(label);
		return parsed ? [[label, parsed.order, parsed.date, parsed.end]] : [];
	});
	if (rows.length === 0) return;
	const list = valuesList(['VARCHAR', 'DOUBLE', 'DATE', 'DATE'], rows);
	await engine.query(
		`INSERT INTO periods SELECT hash(label), label, period_order, period_date, period_end, false
		 FROM ${list.sql} v(label, period_order, period_date, period_end) WHERE label NOT IN (SELECT label FROM periods)`,
		list.params
	);
}

/** Add the file's areas to `areas`, in the order of the file's columns. */
async function addAreas(engine: Engine, areas: string[]): Promise<void> {
	const names = [...new Set(areas)];
	if (names.length === 0) return;
	const list = valuesList(
		['VARCHAR', 'INTEGER'],
		names.map((name, i) => [name, i])
	);
	await engine.query(
		`INSERT INTO areas SELECT hash(name), name, (SELECT count(*) FROM areas) + row_number() OVER (ORDER BY i) - 1
		 FROM ${list.sql} v(name, i) WHERE name NOT IN (SELECT name FROM areas) ORDER BY i`,
		list.params
	);
}

/** Cells that mean «not assessed» (a ВПР «X», «нет отметки»), over a list element `_v.t`. */
const NOT_ASSESSED_V = `(CASE WHEN _v.n IS NOT NULL OR _v.t IS NULL THEN false
	ELSE regexp_matches(_v.t, ${NOT_ASSESSED_SQL}, 'i') END)`;

/**
 * The score cells of a row as one list, each read once: its number (numbers first; «X» and the
 * level-word lookup, dear on millions of cells, only where a number failed), whether it is filled (c)
 * or «not assessed» (x), and its score (s). Built in one column of a materialised table, so the rules
 * that read it do not evaluate it again.
 */
function scoresSql(columns: string[]): string {
	const cells = `[${columns.map((c) => ident(c)).join(', ')}]::VARCHAR[]`;
	const read = `list_transform(${cells}, _v -> {'t': ${cellOf(LIST_ITEM)}, 'n': ${numberOf(cellOf(LIST_ITEM))}})`;
	return `list_transform(${read}, _v -> {'n': _v.n, 'x': ${NOT_ASSESSED_V},
		'c': _v.t IS NOT NULL AND NOT ${NOT_ASSESSED_V},
		's': CASE WHEN _v.n IS NOT NULL THEN _v.n WHEN _v.t IS NULL OR ${NOT_ASSESSED_V} THEN NULL ELSE ${levelWordOf(new Sql('_v.t'))} END})`;
}
