import { ident, list, quoted, run, sql } from '../engine/sql';
import type { SqlParam } from '../engine/types';
import { blankRow, classifyRows, totalRow, type RawTable } from './sql-rows';
import { parseDateSpan, schoolYearNamed, schoolYearOf } from './periods';
import { parsePlanDate, type PlanContext } from './plan-dates';
import { EVERYONE, splitNames } from './names';
import { cell, numberFrom } from './sql-text';

/**
 * The school year a plan's undated deadlines («Октябрь», «IV четверть», «ежемесячно») belong to: the
 * user's, else the earliest the plan's own dates name, else a «2025-2026» in its title rows or name.
 */
async function planContext(raw: RawTable, labels: string[]): Promise<PlanContext> {
	const { schoolYear, referenceDate } = raw.options ?? {};
	const reference = referenceDate && parseDateSpan(referenceDate) ? referenceDate : undefined;
	if (schoolYear !== undefined) return { schoolYear, reference };
	const years = labels
		.map((label) => {
			const { from } = parsePlanDate(label);
			return from ? schoolYearOf(from) : undefined;
		})
		.filter((y): y is number => y !== undefined);
	if (years.length) return { schoolYear: Math.min(...years), reference };
	if (reference) return { schoolYear: schoolYearOf(reference), reference };
	const titles = await raw.engine.query(
		`SELECT text FROM rejects WHERE file_id = ? AND reason = 'above_header' ORDER BY "row"`,
		[raw.fileId]
	);
	const texts = [...Array.from(titles.getChild('text')?.toArray() ?? [], String), raw.file];
	return { schoolYear: schoolYearNamed(texts), reference };
}

/**
 * The plan of methodical work into `events`, one row per event. The deadline is read as a date, a month,
 * a term or in words («в течение месяца», «ежемесячно»); an event is never rejected for it: with no
 * readable date it is kept without one, and an unreadable deadline is noted in `cell_notes`.
 */
export async function loadPlan(raw: RawTable): Promise<void> {
	const { engine, roles } = raw;
	const r = roles;
	const dates = ident(`${raw.table}_dates`);
	await engine.exec(
		`CREATE OR REPLACE TEMP TABLE ${dates}(label VARCHAR, date_from DATE, date_to DATE, how VARCHAR)`
	);
	if (r.date) {
		const result = await engine.query(
			`SELECT DISTINCT ${cell(r.date)} AS label FROM ${ident(raw.table)} WHERE ${cell(r.date)} IS NOT NULL`
		);
		const labels: string[] = Array.from(result.getChild('label')?.toArray() ?? [], String);
		const context = await planContext(raw, labels);
		const values: SqlParam[] = labels.flatMap((label) => {
			const d = parsePlanDate(label, context);
			return [label, d.from, d.to, d.how];
		});
		if (labels.length)
			await engine.query(
				`INSERT INTO ${dates} VALUES ${labels.map(() => '(?, ?::DATE, ?::DATE, ?)').join(', ')}`,
				values
			);
	}
	const reason = `CASE
		WHEN ${blankRow(raw)} THEN 'blank_row'
		WHEN ${totalRow([r.event])} THEN 'total_row'
		WHEN ${cell(r.event)} IS NULL THEN 'no_event'
		${r.hours ? `WHEN ${cell(r.hours)} IS NOT NULL AND ${numberFrom(r.hours)} IS NULL THEN 'bad_hours'` : ''}
	END`;
	const classified = await classifyRows(raw, reason);
	const label = r.date ? cell(r.date) : 'NULL';
	await engine.query(
		`INSERT INTO events
		 SELECT ?, _row, ${cell(r.event)}, ${cell(r.form)}, d.date_from, d.date_to, ${cell(r.responsible)},
		   ${cell(r.participants)}, ${cell(r.target)}, ${r.hours ? numberFrom(r.hours) : 'NULL'}, ${cell(r.status)},
		   ${label}, d.how
		 FROM ${ident(classified)} c LEFT JOIN ${dates} d ON d.label = ${label}
		 WHERE _reason IS NULL`,
		[raw.file]
	);
	if (r.date)
		await engine.query(
			`INSERT INTO cell_notes SELECT file, "row", ?, 'bad_date_cell', date_label FROM events
			 WHERE file = ? AND date_how = 'unread' ORDER BY "row"`,
			[r.date, raw.file]
		);
	await loadParticipants(raw);
}

/** Who each event reaches: «все», or the named participants matched to teachers. */
export async function loadParticipants(raw: RawTable): Promise<void> {
	const { participants } = raw.roles;
	if (!participants) return;
	await run(
		raw.engine,
		sql`INSERT INTO event_participants
		 SELECT e.file, e."row", p.name, n.teacher_key, lower(p.name) IN (${list(EVERYONE)})
		 FROM (SELECT file, "row", trim(${splitNames(quoted('participants'))}) AS name FROM events WHERE file = ${raw.file}) p
		 JOIN events e ON e.file = p.file AND e."row" = p."row"
		 LEFT JOIN person_names n ON n.name = p.name
		 WHERE p.name <> ''`
	);
}
