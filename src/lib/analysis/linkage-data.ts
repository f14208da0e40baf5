import type { Engine } from '../engine/types';
import { classNames } from './class-names';
import { column } from '../engine/columns';

/** Positions whose holders work with many groups in one area: they count for their own area only. */
export const SPECIALIST = 'логопед|дефектолог|музыкальн|психолог|инструктор|тьютор|социальн';

export interface RawPoint {
	competency: string;
	area: string;
	group: string;
	/** The group's age as an outcome file's age column gives it; null without such a column. */
	age: string | null;
	exposure: number;
	/** Who the exposure comes from: the group's own educators, or (where it has none surveyed) specialists. */
	source: 'own' | 'specialists';
	outcome: number;
	start: number | null;
	children: number;
}

/**
 * Each group's exposure to each competency × area pair and its children's outcome (SQL). Exposure is the
 * share in deficit among the group's own educators (воспитатели; a class's subject teacher) who teach the
 * area; specialists (логопед, музыкальный руководитель, инструктор…) and staff listed for all groups count
 * only where no own educator answered the survey, and then only for the area they are listed with.
 */
export async function linkagePoints(
	engine: Engine
): Promise<{ twoPeriods: boolean; points: RawPoint[]; startSlopes: Map<string, number> }> {
	const periods = await engine.query(`SELECT count(*) AS n FROM (SELECT DISTINCT period_id FROM outcomes)`);
	const twoPeriods = Number(periods.get(0)?.n ?? 0) >= 2;
	// A roster's «5 А» and an outcome file's «5 "А"» are one class.
	const cls = await classNames(
		engine,
		`SELECT name FROM groups UNION SELECT "group" FROM assignments WHERE "group" IS NOT NULL`
	);
	const table = await engine.query(
		`
		WITH names AS ${cls.sql},
		outcome AS (
			SELECT group_id, area_id,
			  ${twoPeriods ? 'avg(s1_norm - s0_norm)' : 'avg(s1_norm)'} AS outcome,
			  ${twoPeriods ? 'avg(s0_norm) FILTER (s1_norm IS NOT NULL)' : 'NULL::DOUBLE'} AS start,
			  ${twoPeriods ? 'count(s1_norm - s0_norm)' : 'count(s1_norm)'} AS children
			FROM outcome_pairs
			-- Only areas some deficit is compared with: the rest would be paired for nothing.
			WHERE area_id IN (SELECT a.area_id FROM areas a JOIN competency_area ca ON ca.area = a.name)
			GROUP BY group_id, area_id),
		teach AS (
			SELECT DISTINCT g.group_id, ca.competency, ca.area, a.teacher_key,
			  a."group" IS NOT NULL AND NOT regexp_matches(lower(coalesce(a.position, '')), '${SPECIALIST}') AS own
			FROM competency_area ca CROSS JOIN groups g
			LEFT JOIN names gn ON gn.raw = g.name
			JOIN assignments a ON (a."group" IS NULL OR a."group" = g.name
			    OR a."group" IN (SELECT raw FROM names WHERE class = gn.class))
			  AND (a.area IS NULL OR a.area = ca.area)
			WHERE a.teacher_key IS NOT NULL
			  -- A specialist listed without an area has no area of their own to count for.
			  AND (a.area IS NOT NULL OR NOT regexp_matches(lower(coalesce(a.position, '')), '${SPECIALIST}'))),
		tiers AS (
			SELECT t.group_id, t.competency, t.area, t.own,
			  count(d.teacher_key) AS surveyed, count(*) FILTER (d.is_deficit) AS in_deficit
			FROM teach t LEFT JOIN deficits d ON d.teacher_key = t.teacher_key AND d.competency = t.competency
			GROUP BY t.group_id, t.competency, t.area, t.own
			HAVING count(d.teacher_key) > 0),
		exposure AS (
			SELECT * FROM tiers
			QUALIFY row_number() OVER (PARTITION BY group_id, competency, area ORDER BY own DESC) = 1)
		SELECT e.competency, e.area, g.name AS "group", g.age, e.in_deficit / e.surveyed AS exposure, e.own,
		  o.outcome, o.start, o.children
		FROM exposure e JOIN groups g USING (group_id)
		JOIN areas ar ON ar.name = e.area
		JOIN outcome o ON o.group_id = e.group_id AND o.area_id = ar.area_id
		WHERE o.children > 0
		ORDER BY e.competency, e.area, g.name`,
		cls.params
	);
	const [competency, area, group, age, exposure, own, outcome, start, children] = [
		column<string>(table, 'competency'),
		column<string>(table, 'area'),
		column<string>(table, 'group'),
		column<string | null>(table, 'age'),
		column<number>(table, 'exposure'),
		column<boolean>(table, 'own'),
		column<number>(table, 'outcome'),
		column<number | null>(table, 'start'),
		column<number>(table, 'children')
	];
	const points = competency.map((c, k) => ({
		competency: c,
		area: area[k],
		group: group[k],
		age: age[k] ?? null,
		exposure: exposure[k],
		source: own[k] ? ('own' as const) : ('specialists' as const),
		outcome: outcome[k],
		start: start[k],
		children: Number(children[k])
	}));
	return { twoPeriods, points, startSlopes: twoPeriods ? await startSlopes(engine) : new Map() };
}

/**
 * Per area, how children's growth depends on their start within their own group (pooled within-group slope,
 * 0..1 scale): a ceiling or regression to the mean shows here, whatever the groups' deficits. Within groups,
 * so it says nothing about the comparison of groups it decides the adjustment for.
 */
async function startSlopes(engine: Engine): Promise<Map<string, number>> {
	const table = await engine.query(`
		WITH p AS (
			SELECT area_id,
			  s0_norm - avg(s0_norm) OVER w AS xc,
			  (s1_norm - s0_norm) - avg(s1_norm - s0_norm) OVER w AS yc
			FROM outcome_pairs
			WHERE s0_norm IS NOT NULL AND s1_norm IS NOT NULL
			  AND area_id IN (SELECT a.area_id FROM areas a JOIN competency_area ca ON ca.area = a.name)
			WINDOW w AS (PARTITION BY area_id, group_id))
		SELECT ar.name AS area, sum(xc * yc) / sum(xc * xc) AS slope
		FROM p JOIN areas ar USING (area_id)
		GROUP BY ar.name
		HAVING sum(xc * xc) > 0`);
	const [area, slope] = [column<string>(table, 'area'), column<number>(table, 'slope')];
	return new Map(area.map((a, k) => [a, slope[k]]));
}
