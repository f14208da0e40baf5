import type { Engine } from '../engine/types';
import { marksDistributionOf, readCubes, type Cubes } from './outcome-cube';
import { MARKS_FILES } from '../ingest/cube';
import { classNames } from './class-names';
import { looksLikeClass } from '../ingest/classes';

export { MARKS_FILES } from '../ingest/cube';

export type { Mode } from '../i18n/mode';
import type { Mode } from '../i18n/mode';

/**
 * School when every outcome file holds marks 2–5, or every group is named like a class («5А», «8 класс №1»:
 * a ВПР form on primary points is school data too). A kindergarten keeps its words: its groups are named
 * otherwise, and a 1–5 scale where nobody got a 1 must not turn it into a school.
 */
export function modeOf(
	files: { scale_min: number | null; scale_max: number | null; words?: boolean | null }[],
	groups: string[] = []
): Mode {
	const marks = (f: (typeof files)[number]) =>
		isMarksScale({ min: f.scale_min, max: f.scale_max, words: f.words ?? false });
	if (files.length > 0 && files.every(marks)) return 'school';
	return groups.length > 0 && groups.every(looksLikeClass) ? 'school' : 'kindergarten';
}

/** A scale of school marks: exactly 2–5, in numbers. */
export const isMarksScale = (s: { min: number | null; max: number | null; words?: boolean | null }) =>
	s.min === 2 && s.max === 5 && !s.words;

/**
 * Every loaded outcome file holds marks 2–5: the page says means as marks, not as a share of the scale
 * (points of a ВПР form would be converted wrongly).
 */
export function marksOnly(
	files: { kind: string | null; scale?: { min: number; max: number; words: boolean } }[]
) {
	const outcomes = files.filter((f) => f.kind === 'outcomes');
	return outcomes.length > 0 && outcomes.every((f) => !!f.scale && isMarksScale(f.scale));
}

/** The mode the loaded outcome files suggest (the user may override it on the page). */
export async function detectMode(engine: Engine): Promise<Mode> {
	const table = await engine.query(
		`SELECT scale_min, scale_max, scale_words AS words FROM files WHERE kind = 'outcomes'`
	);
	const groups = await engine.query(`SELECT DISTINCT name FROM groups`);
	return modeOf(
		table.toArray().map((r) => r.toJSON() as never),
		groups.toArray().map((r) => String(r.toJSON().name))
	);
}

/** One subject × class × period of marks; `class` null is the whole school (all classes of that subject). */
export interface MarksRow {
	subject: string;
	class: string | null;
	/** 5 for «5А»; null for the school row and for groups that name no school class */
	parallel: number | null;
	period: string;
	period_order: number;
	n: number;
	mean: number;
	/** успеваемость: share of marks ≥ 3 */
	pass_rate: number;
	/** качество знаний: share of marks 4 and 5 */
	quality_rate: number;
	/** share of «2» (marks below 3) */
	share_2: number;
	/** pupils with a 2, 3, 4, 5 (rounded mark) */
	distribution: { 2: number; 3: number; 4: number; 5: number };
}

/** Marks per subject × class × period, and per subject × period over the whole school. */
export async function marks(engine: Engine): Promise<MarksRow[]> {
	const cls = await classNames(engine);
	// GROUPING SETS: one pass for classes (by their normalised name) and the school; names join afterwards.
	const table = await engine.query(
		`SELECT a.name AS subject, s.class, s.parallel, p.label AS period, p.period_order, s.n, s.mean,
		  s.pass_rate, s.quality_rate, s.share_2, s.d2, s.d3, s.d4, s.d5
		FROM (SELECT o.area_id, c.class, c.parallel, o.period_id, count(*)::INTEGER AS n, avg(o.score) AS mean,
		        avg((o.score >= 3)::INT) AS pass_rate, avg((o.score >= 4)::INT) AS quality_rate,
		        avg((o.score < 3)::INT) AS share_2,
		        count(*) FILTER (round(o.score) = 2)::INTEGER AS d2, count(*) FILTER (round(o.score) = 3)::INTEGER AS d3,
		        count(*) FILTER (round(o.score) = 4)::INTEGER AS d4, count(*) FILTER (round(o.score) = 5)::INTEGER AS d5
		      FROM outcomes o JOIN groups g USING (group_id) JOIN ${cls.sql} c ON c.raw = g.name
		      WHERE o.file_id IN ${MARKS_FILES}
		      GROUP BY GROUPING SETS ((o.area_id, o.period_id), (o.area_id, c.class, c.parallel, o.period_id))) s
		JOIN areas a USING (area_id) JOIN periods p USING (period_id)
		ORDER BY a.area_order, p.period_order, s.class NULLS FIRST`,
		cls.params
	);
	return table.toArray().map((r) => {
		const row = r.toJSON();
		return {
			subject: row.subject,
			class: row.class ?? null,
			parallel: row.parallel ?? null,
			period: row.period,
			period_order: row.period_order,
			n: row.n,
			mean: row.mean,
			pass_rate: row.pass_rate,
			quality_rate: row.quality_rate,
			share_2: row.share_2,
			distribution: { 2: row.d2, 3: row.d3, 4: row.d4, 5: row.d5 }
		};
	});
}

/** The weakest subject by mean mark, each subject at its own last period (ВПР subjects have their own dates). */
export function weakestSubject(rows: MarksRow[]): MarksRow | null {
	const last = new Map<string, MarksRow>();
	for (const r of rows)
		if (r.class === null && (last.get(r.subject)?.period_order ?? -Infinity) < r.period_order)
			last.set(r.subject, r);
	return [...last.values()].sort((a, b) => a.mean - b.mean)[0] ?? null;
}

/** Pupils with each mark per subject, at the chosen period or each subject's own last one, one class or all. */
export async function marksDistribution(engine: Engine, period: string, group: string, cubes?: Cubes) {
	return marksDistributionOf(cubes ?? (await readCubes(engine, false)), period, group);
}
