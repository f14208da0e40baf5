import type { Engine } from '../engine/types';
import { parsePlanDate } from './plan-dates';
import { parsePeriod, schoolYearNamed } from './periods';

/**
 * The school year the whole load speaks of: a «2025-2026» in a file name or title row, else the year most
 * of its dates fall in (survey submissions, assessment periods, dated events). Read once every file is in,
 * so it does not depend on the order the files were dropped.
 */
export async function loadSchoolYear(engine: Engine): Promise<number | undefined> {
	const named = await namedSchoolYear(engine);
	if (named !== undefined) return named;
	const years = await engine.query(
		`SELECT CASE WHEN month(d) >= 8 THEN year(d) ELSE year(d) - 1 END AS y, count(*) AS n
		 FROM (SELECT submitted::DATE AS d FROM survey_submissions UNION ALL SELECT period_date FROM periods
		       UNION ALL SELECT date_from FROM events)
		 WHERE d IS NOT NULL GROUP BY y ORDER BY n DESC, y LIMIT 1`
	);
	const y = years.get(0)?.y;
	return y == null ? undefined : Number(y);
}

/**
 * The school year the files' names and title rows give: read from the files as they are, it stays the
 * same whatever kinds and roles the user sets.
 */
export async function namedSchoolYear(engine: Engine): Promise<number | undefined> {
	const texts = await engine.query(
		`SELECT file AS text FROM files UNION ALL SELECT text FROM rejects WHERE reason = 'above_header'`
	);
	// The year most names give (the latest on a tie), whatever order the files came in.
	const named = Array.from(texts.getChild('text')?.toArray() ?? [], (t) => schoolYearNamed([String(t)]))
		.filter((y): y is number => y !== undefined)
		.sort((a, b) => b - a);
	const counts = new Map(named.map((y) => [y, named.filter((x) => x === y).length]));
	return named.length ? [...counts].sort((a, b) => b[1] - a[1])[0][0] : undefined;
}

/**
 * Date the plan events whose deadline needs a school year the plan itself does not give («в течение
 * месяца», «ежемесячно», «IV четверть» in a plan with no dated entry) from the load's school year.
 */
export async function datePlansFromLoad(engine: Engine): Promise<void> {
	const pending = await engine.query(
		`SELECT DISTINCT date_label AS label FROM events
		 WHERE date_from IS NULL AND date_how IN ('relative', 'recurring', 'term')`
	);
	const labels = Array.from(pending.getChild('label')?.toArray() ?? [], String);
	if (labels.length === 0) return;
	const schoolYear = await loadSchoolYear(engine);
	if (schoolYear === undefined) return;
	const dated = labels
		.map((label) => ({ label, ...parsePlanDate(label, { schoolYear }) }))
		.filter((d) => d.from !== null);
	if (dated.length === 0) return;
	await engine.query(
		`UPDATE events SET date_from = v.f::DATE, date_to = v.t::DATE
		 FROM (VALUES ${dated.map(() => '(?, ?, ?)').join(', ')}) v(label, f, t)
		 WHERE events.date_label = v.label AND events.date_from IS NULL
		   AND events.date_how IN ('relative', 'recurring', 'term')`,
		dated.flatMap((d) => [d.label, d.from, d.to])
	);
}

/**
 * Give the year-less periods («I четверть», «н.г.», «Май») the months of the load's school year, so they
 * sort on one axis with dated ones («Сентябрь 2025») from any file, and the plan's timing can be judged
 * against the final assessment.
 */
export async function datePeriodsFromLoad(engine: Engine): Promise<void> {
	const pending = await engine.query(`SELECT label FROM periods WHERE period_date IS NULL AND label <> '—'`);
	const labels = Array.from(pending.getChild('label')?.toArray() ?? [], String);
	if (labels.length === 0) return;
	const schoolYear = await loadSchoolYear(engine);
	if (schoolYear === undefined) return;
	const dated = labels
		.map((label) => ({ label, period: parsePeriod(label, schoolYear) }))
		.filter((d) => d.period?.date);
	if (dated.length === 0) return;
	await engine.query(
		`UPDATE periods SET period_order = v.o, period_date = v.f::DATE, period_end = v.t::DATE, date_assumed = true
		 FROM (VALUES ${dated.map(() => '(?, ?::DOUBLE, ?, ?)').join(', ')}) v(label, o, f, t)
		 WHERE periods.label = v.label AND periods.period_date IS NULL`,
		dated.flatMap((d) => [d.label, d.period!.order, d.period!.date, d.period!.end])
	);
}
