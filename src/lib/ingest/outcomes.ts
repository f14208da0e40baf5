import { ident } from '../engine/sql';
import type { Engine } from '../engine/types';
import { classifyRows, totalRow, type RawTable } from './sql-rows';
import { parsePeriod } from './periods';
import { inferScale } from './scales';
import { cell, levelWord, numberFrom } from './sql-text';

/**
 * Wide outcomes (one row per child × period, one column per area) into `outcomes`, one row per
 * child × area × period. A row is rejected whole when it cannot be placed: no child, no period, a score
 * that is not a number. Written for a million rows: every cell is parsed once, names become hashed ids
 * without joins.
 */
export async function loadOutcomes(raw: RawTable): Promise<void> {
	const { engine, roles } = raw;
	const { child, group, period } = roles;
	// Wide: one column per area. Long: an area column and a score column, one row per child × area.
	const long = !roles.areas?.length && roles.area !== undefined && roles.score !== undefined;
	const scoreCells = long ? [roles.score!] : (roles.areas ?? []);
	await addPeriods(raw, period);
	if (!long) await addAreas(engine, scoreCells);

	const scores = scoreCells.map((_, i) => `_s${i}`);
	const present = scoreCells.map((_, i) => `_c${i}`);
	// Numbers first; the level-word lookup (lower-casing is dear on millions of cells) only where they fail.
	const numbers = `(SELECT *, ${cell(child)} AS _child, coalesce(${cell(group)}, '—') AS _group,
		coalesce(${cell(period)}, '—') AS _period, ${long ? cell(roles.area) : 'NULL'} AS _area,
		${scoreCells.map((a, i) => `${numberFrom(a)} AS _n${i}, ${cell(a)} IS NOT NULL AS _c${i}`).join(', ')}
		FROM ${ident(raw.table)})`;
	const parsed = `(SELECT *, ${scoreCells
		.map(
			(a, i) =>
				`CASE WHEN _n${i} IS NOT NULL THEN _n${i} WHEN NOT _c${i} THEN NULL ELSE ${levelWord(a)} END AS _s${i}`
		)
		.join(', ')} FROM ${numbers})`;
	const blank = raw.columns.map((c) => `${cell(c)} IS NULL`).join(' AND ') || 'true';
	const reason = `CASE
		WHEN _child IS NULL OR ${totalRow([child, group])} THEN
			CASE WHEN ${blank} THEN 'blank_row' WHEN ${totalRow([child, group])} THEN 'total_row' ELSE 'no_child' END
		${group ? `WHEN ${cell(group)} IS NULL THEN 'no_group'` : ''}
		${period ? `WHEN ${cell(period)} IS NULL THEN 'no_period'` : ''}
		WHEN hash(_period) NOT IN (SELECT period_id FROM periods) THEN 'bad_period'
		${long ? `WHEN _area IS NULL THEN 'no_area'` : ''}
		WHEN ${scoreCells.map((_, i) => `(_c${i} AND _s${i} IS NULL)`).join(' OR ') || 'false'} THEN 'bad_score'
		WHEN ${scoreCells.map((_, i) => `_s${i} < 0 OR _s${i} > 100`).join(' OR ') || 'false'} THEN 'score_out_of_scale'
		WHEN NOT (${present.join(' OR ') || 'false'}) THEN 'no_scores'
	END`;
	const classified = ident(
		await classifyRows(
			raw,
			reason,
			`_row, _child, _group, _area, hash(_group) AS group_id, hash(_group, _child) AS child_id,
			 hash(_period) AS period_id, ${scores.join(', ')}, ${scoreCells.map((_, i) => `_n${i}`).join(', ')}`,
			parsed
		)
	);

	await engine.exec(`
		INSERT INTO groups SELECT group_id, any_value(_group) FROM ${classified}
		  WHERE _reason IS NULL AND group_id NOT IN (SELECT group_id FROM groups) GROUP BY group_id;
		INSERT INTO children SELECT child_id, any_value(_child), any_value(group_id) FROM ${classified}
		  WHERE _reason IS NULL AND child_id NOT IN (SELECT child_id FROM children) GROUP BY child_id;`);
	if (long) {
		const names = await engine.query(
			`SELECT _area FROM ${classified} WHERE _reason IS NULL GROUP BY _area ORDER BY min(_row)`
		);
		await addAreas(engine, Array.from(names.getChild('_area')?.toArray() ?? [], String));
	}

	// Separate min/max per column vectorise; least()/greatest() across columns would go row by row.
	const range = (
		await engine.query(
			`SELECT least(${scores.map((s) => `min(${s})`).join(', ')}) AS lo,
			   greatest(${scores.map((s) => `max(${s})`).join(', ')}) AS hi FROM ${classified} WHERE _reason IS NULL`
		)
	).get(0);
	if (range?.lo == null) return;
	const scale = inferScale(Number(range.lo), Number(range.hi));
	const words = scores.map((s, i) => `count(*) FILTER (_n${i} IS NULL AND ${s} IS NOT NULL)`).join(' + ');
	await engine.query(
		`UPDATE files SET scale_min = ?, scale_max = ?,
		   scale_words = (SELECT (${words}) > 0 FROM ${classified} WHERE _reason IS NULL) WHERE file_id = ?`,
		[scale.min, scale.max, raw.fileId]
	);

	if (long) {
		await engine.query(
			`INSERT INTO outcomes SELECT ?::INTEGER, _row, child_id, group_id, hash(_area), period_id, _s0
			 FROM ${classified} WHERE _reason IS NULL AND _s0 IS NOT NULL`,
			[raw.fileId]
		);
	} else {
		// One statement: each area a branch of a UNION ALL over the same narrow table.
		const branches = scores.map(
			(s) =>
				`SELECT ?::INTEGER, _row, child_id, group_id, (SELECT area_id FROM areas WHERE name = ?), period_id, ${s}
				 FROM ${classified} WHERE _reason IS NULL AND ${s} IS NOT NULL`
		);
		await engine.query(
			`INSERT INTO outcomes ${branches.join(' UNION ALL ')}`,
			scoreCells.flatMap((area) => [raw.fileId, area])
		);
	}
	await engine.exec(`DROP TABLE ${classified}`);
}

/** Add the file's period labels to `periods`, each with where it sorts in the year. */
async function addPeriods(raw: RawTable, period: string | undefined): Promise<void> {
	const { engine } = raw;
	const labels = period
		? Array.from(
				(
					await engine.query(
						`SELECT DISTINCT ${cell(period)} AS label FROM ${ident(raw.table)} WHERE ${cell(period)} IS NOT NULL`
					)
				)
					.getChild('label')
					?.toArray() ?? [],
				String
			)
		: ['—'];
	for (const label of labels) {
		const parsed = label === '—' ? { order: 0, date: null, end: null } : parsePeriod(label);
		if (!parsed) continue;
		await engine.query(
			`INSERT INTO periods SELECT hash(?::VARCHAR), ?, ?, ?::DATE, ?::DATE WHERE ? NOT IN (SELECT label FROM periods)`,
			[label, label, parsed.order, parsed.date, parsed.end, label]
		);
	}
}

/** Add the file's areas to `areas`, in the order of the file's columns. */
async function addAreas(engine: Engine, areas: string[]): Promise<void> {
	for (const area of areas) {
		await engine.query(
			`INSERT INTO areas SELECT hash(?::VARCHAR), ?, (SELECT count(*) FROM areas) WHERE ? NOT IN (SELECT name FROM areas)`,
			[area, area, area]
		);
	}
}
