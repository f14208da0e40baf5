import type { Engine } from '../engine/types';
import { LEVEL_CUTS } from './scales';

/**
 * The outcomes pre-aggregated once per load at the grain the outcome views read (group × area × period,
 * and file, whose scale says what a score means; as Mosaic's materialised views do): a filter then sums a
 * few hundred rows instead of scanning a million scores. Children are counted distinct per group and per
 * group and period, so a period or group filter sums them over groups (a child belongs to one group: its
 * id hashes the group); per area too cost 3 s of a million-row load, so an area filter counts them from
 * the scores (a fifth of them, or less).
 */
export async function buildOutcomeCube(
	engine: Engine,
	/** Tests choose the way; the load lets the scores' values decide. */
	how?: 'by-value' | 'by-row'
): Promise<void> {
	// Marks 2–5 counted as the marks' chart shows them, only where a file holds marks (a third of the cube's time).
	// Scores come in few values (levels, marks, tenths): counted per value and cell first, the cube sums those
	// (0,34 → 0,19 s of five million scores). Continuous scores (as many values as rows) are read row by row.
	const shape = (
		await engine.query(`SELECT (SELECT count(*) FROM ${MARKS_FILES} m) AS marks,
		  (SELECT count(*) FROM outcomes) AS n, -- A fiftieth of the scores (in whole vectors, the same each time) tells how many values they take.
		  (SELECT approx_count_distinct(score) FROM outcomes USING SAMPLE 2% (system, 1)) AS scores,
		  (SELECT count(*) FROM groups) * (SELECT count(*) FROM areas) * (SELECT count(*) FROM periods)
		    * (SELECT count(*) FROM files WHERE kind = 'outcomes') AS cells`)
	).get(0);
	const marks = Number(shape?.marks ?? 0) > 0;
	const staged =
		how === undefined
			? Number(shape?.scores ?? 0) * Number(shape?.cells ?? 0) * 4 <= Number(shape?.n ?? 0)
			: how === 'by-value';
	const total = staged ? 'sum(k)::BIGINT' : 'count(*)';
	const count = (filter: string) =>
		staged ? `coalesce(sum(k) FILTER (${filter}), 0)::BIGINT` : `count(*) FILTER (${filter})`;
	const sum = (x: string) => (staged ? `sum(${x} * k)` : `sum(${x})`);
	const from = staged
		? `(SELECT s.*, (s.score - f.scale_min) / (f.scale_max - f.scale_min) AS score_norm
		   FROM (SELECT group_id, area_id, period_id, file_id, score, count(*) AS k FROM outcomes
		     GROUP BY group_id, area_id, period_id, file_id, score) s JOIN files f USING (file_id))`
		: 'outcomes_scored';
	const mark = (d: number) => (marks ? count(`round(score) = ${d}`) : '0::BIGINT') + ` AS d${d}`;
	const low = `score_norm < ${LEVEL_CUTS.low}`;
	const high = `score_norm >= ${LEVEL_CUTS.high}`;
	await engine.exec(`
		CREATE OR REPLACE TABLE outcome_cube AS
		SELECT group_id, area_id, period_id, file_id, ${total} AS n, ${sum('score')} AS score_sum,
		  ${sum('score_norm')} AS norm_sum, ${count('score_norm IS NOT NULL')} AS norm_n,
		  -- Levels on the normalised score, as the view's \`level\` says them (no score: «mid»), without
		  -- comparing five million words.
		  ${count(low)} AS n_low, ${total} - ${count(`${low} OR ${high}`)} AS n_mid, ${count(high)} AS n_high,
		  ${[2, 3, 4, 5].map(mark).join(', ')}
		FROM ${from} GROUP BY group_id, area_id, period_id, file_id`);
	await engine.exec(`
		-- Each child once per group and period, then counted both ways: 0,45 s of a million-row file where
		-- GROUPING SETS over count(DISTINCT) took 0,7.
		CREATE OR REPLACE TABLE outcome_children AS
		WITH seen AS MATERIALIZED (SELECT DISTINCT group_id, period_id, child_id FROM outcomes)
		SELECT group_id, NULL::UBIGINT AS period_id, count(DISTINCT child_id) AS children, true AS all_periods
		FROM seen GROUP BY group_id
		UNION ALL
		SELECT group_id, period_id, count(*), false FROM seen GROUP BY group_id, period_id;`);
}

/**
 * School marks 2–5 are marks, not levels: a «3» is a pass. A file is read as marks when its outcome scale is
 * exactly 2–5 in numbers (scales.ts infers it from the values, ФИС ОКО forms and journals give it).
 */
export const MARKS_FILES = `(SELECT file_id FROM files
	WHERE kind = 'outcomes' AND scale_min = 2 AND scale_max = 5 AND NOT coalesce(scale_words, false))`;

/**
 * The periods with scores ranked in their order from 0: a period's bit in the masks of
 * `outcome_pair_cube`, which say at which periods the children of a row were assessed.
 */
export const PERIOD_BITS = `SELECT period_id, period_order,
	(row_number() OVER (ORDER BY period_order, period_id) - 1)::INTEGER AS bit
	FROM periods WHERE period_id IN (SELECT period_id FROM outcome_cube)`;

/**
 * SQL counting the distinct children under a period (an id, 'NULL': every period) and an area (likewise),
 * over the groups `groupWhere` keeps; each id is read once, in this order, for the statement's parameters.
 */
export function childrenSql(periodId: string, areaId: string, groupWhere: string): string {
	const ids = `(SELECT ${periodId} AS _period, ${areaId} AS _area) chosen_ids`;
	if (areaId !== 'NULL')
		return `SELECT count(DISTINCT child_id) AS n FROM outcomes, ${ids}
			WHERE (_period IS NULL OR period_id = _period) AND area_id = _area AND ${groupWhere}`;
	return `SELECT coalesce(sum(children), 0)::BIGINT AS n FROM outcome_children, ${ids}
		WHERE (CASE WHEN _period IS NULL THEN all_periods ELSE NOT all_periods AND period_id = _period END)
		  AND ${groupWhere}`;
}
