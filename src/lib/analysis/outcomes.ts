import type { Engine } from '../engine/types';
import { column } from '../engine/columns';
import { childrenSql } from '../ingest/cube';
import { MARKS_FILES } from './marks';

/** Mean outcome per area and period: the first chart a methodist wants to see. */
export interface OutcomesByAreaPeriod {
	areas: string[];
	periods: string[];
	/** `mean[p][a]`: mean score of period `p`, area `a`, on the file's own scale; NaN when no scores. */
	mean: number[][];
	/**
	 * The same mean as a share of the scale, 0–100 (0 = the scale's lowest score, 100 = its highest): the one
	 * scale every outcome figure is drawn on, so files on 0–3, 1–4 and 2–5 read side by side.
	 */
	pct: number[][];
	/** Children with a score in that cell. */
	n: number[][];
	/** Share of those children at the low level. */
	lowShare: number[][];
	scale: { min: number; max: number };
	/** Every outcome file has this one scale, so the mean in the file's own points can be said too. */
	oneScale: boolean;
	/** Every outcome file holds school marks 2–5: the mean mark is itself the scale everyone reads. */
	marks: boolean;
	/** Distinct children behind the chart. */
	children: number;
}

/** A period, a group, an area chosen in the filters; empty means all. */
export type OutcomesScope = { period?: string; group?: string; area?: string };

export async function outcomesByAreaPeriod(
	engine: Engine,
	scope: OutcomesScope = {}
): Promise<OutcomesByAreaPeriod> {
	const { period: onePeriod = '', group = '', area: oneArea = '' } = scope;
	// Aggregate over ids first: the outcomes table can hold millions of rows, the names join afterwards.
	const where = `(? = '' OR period_id IN (SELECT period_id FROM periods WHERE label = ?))
		AND (? = '' OR group_id IN (SELECT group_id FROM groups WHERE name = ?))
		AND (? = '' OR area_id IN (SELECT area_id FROM areas WHERE name = ?))`;
	const params = [onePeriod, onePeriod, group, group, oneArea, oneArea];
	const table = await engine.query(
		`SELECT a.name AS area, a.area_order, p.label AS period, p.period_order, s.mean, s.pct, s.n, s.low_share,
		  (SELECT min(scale_min) FROM files WHERE kind = 'outcomes') AS scale_min,
		  (SELECT max(scale_max) FROM files WHERE kind = 'outcomes') AS scale_max,
		  (SELECT count(DISTINCT (scale_min, scale_max)) FROM files WHERE kind = 'outcomes') AS scales,
		  (SELECT bool_and(file_id IN ${MARKS_FILES}) FROM files WHERE kind = 'outcomes') AS marks
		FROM (SELECT area_id, period_id, sum(score_sum) / sum(n) AS mean, 100 * sum(norm_sum) / sum(norm_n) AS pct,
		        sum(n)::BIGINT AS n, sum(n_low) / sum(n) AS low_share
		      FROM outcome_cube WHERE ${where} GROUP BY area_id, period_id) s
		JOIN areas a USING (area_id) JOIN periods p USING (period_id)
		ORDER BY a.area_order, p.period_order`,
		params
	);
	// Named filters as ids; one that names nothing matches nothing (id 0 is no hash of a name).
	const idOf = (table: string, key: string, label: string, value: string) =>
		value ? `coalesce((SELECT ${key} FROM ${table} WHERE ${label} = ?), 0::UBIGINT)` : 'NULL';
	const children = column<number>(
		await engine.query(
			childrenSql(
				idOf('periods', 'period_id', 'label', onePeriod),
				idOf('areas', 'area_id', 'name', oneArea),
				`(? = '' OR group_id IN (SELECT group_id FROM groups WHERE name = ?))`
			),
			[...(onePeriod ? [onePeriod] : []), ...(oneArea ? [oneArea] : []), group, group]
		),
		'n'
	)[0];
	const area = column<string>(table, 'area');
	const period = column<string>(table, 'period');
	const periodOrder = column<number>(table, 'period_order');
	const areas = [...new Set(area)];
	const periods = [...new Set(period)].sort(
		(a, b) => (periodOrder[period.indexOf(a)] ?? 0) - (periodOrder[period.indexOf(b)] ?? 0)
	);
	const grid = () => periods.map(() => areas.map(() => NaN));
	const result: OutcomesByAreaPeriod = {
		areas,
		periods,
		mean: grid(),
		pct: grid(),
		n: grid(),
		lowShare: grid(),
		scale: {
			min: Math.min(...column<number>(table, 'scale_min')),
			max: Math.max(...column<number>(table, 'scale_max'))
		},
		oneScale: table.numRows > 0 && Number(column<number | bigint>(table, 'scales')[0]) === 1,
		marks: table.numRows > 0 && column<boolean>(table, 'marks')[0] === true,
		children
	};
	const mean = column<number>(table, 'mean');
	const pct = column<number>(table, 'pct');
	const n = column<number>(table, 'n');
	const low = column<number>(table, 'low_share');
	for (let i = 0; i < area.length; i++) {
		const p = periods.indexOf(period[i]);
		const a = areas.indexOf(area[i]);
		result.mean[p][a] = mean[i];
		result.pct[p][a] = pct[i];
		result.n[p][a] = n[i];
		result.lowShare[p][a] = low[i];
	}
	return result;
}
