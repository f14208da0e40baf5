import { ident } from '../engine/sql';
import { blankRow, classifyRows, totalRow, type RawTable } from './sql-rows';
import { parseDateSpan, schoolYearOf, type DateSpan } from './periods';
import { EVERYONE, splitNames } from './people-table';
import { cell, numberFrom } from './sql-text';

/** The plan of methodical work into `events`, one row per event, its date read as a day or a month. */
export async function loadPlan(raw: RawTable): Promise<void> {
	const { engine, roles } = raw;
	const r = roles;
	const dates = ident(`${raw.table}_dates`);
	await engine.exec(`CREATE OR REPLACE TEMP TABLE ${dates}(label VARCHAR, date_from DATE, date_to DATE)`);
	if (r.date) {
		const result = await engine.query(
			`SELECT DISTINCT ${cell(r.date)} AS label FROM ${ident(raw.table)} WHERE ${cell(r.date)} IS NOT NULL`
		);
		const labels: string[] = Array.from(result.getChild('label')?.toArray() ?? [], String);
		// A month without a year («Октябрь») belongs to the school year the dated entries name.
		const years = labels
			.map((label) => parseDateSpan(label))
			.filter((span): span is DateSpan => span !== null)
			.map((span) => schoolYearOf(span.from));
		const schoolYear = years.length ? Math.min(...years) : undefined;
		for (const label of labels) {
			const span = parseDateSpan(label, schoolYear);
			if (span)
				await engine.query(`INSERT INTO ${dates} VALUES (?, ?::DATE, ?::DATE)`, [label, span.from, span.to]);
		}
	}
	const reason = `CASE
		WHEN ${blankRow(raw)} THEN 'blank_row'
		WHEN ${totalRow([r.event])} THEN 'total_row'
		WHEN ${cell(r.event)} IS NULL THEN 'no_event'
		${r.date ? `WHEN ${cell(r.date)} IS NOT NULL AND ${cell(r.date)} NOT IN (SELECT label FROM ${dates}) THEN 'bad_date'` : ''}
		${r.hours ? `WHEN ${cell(r.hours)} IS NOT NULL AND ${numberFrom(r.hours)} IS NULL THEN 'bad_hours'` : ''}
	END`;
	const classified = await classifyRows(raw, reason);
	await engine.query(
		`INSERT INTO events
		 SELECT ?, _row, ${cell(r.event)}, ${cell(r.form)}, d.date_from, d.date_to, ${cell(r.responsible)},
		   ${cell(r.participants)}, ${cell(r.target)}, ${r.hours ? numberFrom(r.hours) : 'NULL'}, ${cell(r.status)}
		 FROM ${ident(classified)} c LEFT JOIN ${dates} d ON d.label = ${r.date ? cell(r.date) : 'NULL'}
		 WHERE _reason IS NULL`,
		[raw.file]
	);
	await loadParticipants(raw);
}

/** Who each event reaches: «все», or the named participants matched to teachers. */
export async function loadParticipants(raw: RawTable): Promise<void> {
	const { participants } = raw.roles;
	if (!participants) return;
	await raw.engine.query(
		`INSERT INTO event_participants
		 SELECT e.file, e."row", p.name, n.teacher_key, lower(p.name) IN (${EVERYONE.map(() => '?').join(', ')})
		 FROM (SELECT file, "row", trim(${splitNames('participants')}) AS name FROM events WHERE file = ?) p
		 JOIN events e ON e.file = p.file AND e."row" = p."row"
		 LEFT JOIN person_names n ON n.name = p.name
		 WHERE p.name <> ''`,
		[...EVERYONE, raw.file]
	);
}
