import type { Engine } from '../engine/types';

/**
 * The outcomes pre-aggregated once per load at the grain the outcome views read (group × area × period,
 * as Mosaic's materialised views do): a filter then sums a few hundred rows instead of scanning a million
 * scores. Children are counted distinct per group and per each of its period / area / both, so any filter
 * sums them over groups (a child belongs to one group: its id hashes the group).
 */
export async function buildOutcomeCube(engine: Engine): Promise<void> {
	await engine.exec(`
		CREATE OR REPLACE TABLE outcome_cube AS
		SELECT group_id, area_id, period_id, count(*) AS n, sum(score) AS score_sum,
		  sum(score_norm) AS norm_sum, count(score_norm) AS norm_n,
		  count(*) FILTER (level = 'low') AS n_low, count(*) FILTER (level = 'mid') AS n_mid,
		  count(*) FILTER (level = 'high') AS n_high
		FROM outcomes_scored GROUP BY group_id, area_id, period_id;
		CREATE OR REPLACE TABLE outcome_children AS
		SELECT group_id, period_id, area_id, count(DISTINCT child_id) AS children,
		  GROUPING(period_id) = 1 AS all_periods, GROUPING(area_id) = 1 AS all_areas
		FROM outcomes
		GROUP BY GROUPING SETS ((group_id), (group_id, period_id), (group_id, area_id), (group_id, period_id, area_id));`);
}

/**
 * SQL counting the distinct children of `outcome_children` under a period (by id, NULL: every period) and
 * an area (likewise), over the groups `groupWhere` keeps.
 */
export function childrenSql(periodId: string, areaId: string, groupWhere: string): string {
	return `SELECT coalesce(sum(children), 0)::BIGINT AS n
		FROM outcome_children, (SELECT ${periodId} AS _period, ${areaId} AS _area) chosen_ids
		WHERE (CASE WHEN _period IS NULL THEN all_periods ELSE NOT all_periods AND period_id = _period END)
		  AND (CASE WHEN _area IS NULL THEN all_areas ELSE NOT all_areas AND area_id = _area END)
		  AND ${groupWhere}`;
}
