import type { Engine } from '../engine/types';
import { WHOLE_STAFF } from '../ingest/links';
import { column } from '../engine/columns';

/** Share of the teachers in deficit an event programme must reach to count as covering it. */
export const COVERED_SHARE = 2 / 3;

/** `no_plan`: no plan was loaded, so nothing can be said of coverage (never «не адресован»). */
export type CoverageStatus = 'covered' | 'partial' | 'missed' | 'not_covered' | 'no_plan';

export interface CoverageRow {
	competency: string;
	respondents: number;
	prevalence: number;
	teachers_in_deficit: number;
	/** Teachers in deficit enrolled in at least one targeting event, and in one before the final assessment. */
	teachers_reached: number;
	teachers_reached_in_time: number;
	events: {
		title: string;
		form: string | null;
		date_from: string | null;
		date_to: string | null;
		hours: number | null;
		before_final: boolean;
	}[];
	hours: number;
	/** Mean hours of targeting events before the final assessment per teacher in deficit reached in time. */
	hours_per_reached: number | null;
	/** Names of the teachers in deficit that no targeting event reaches (for the teacher card and the plan). */
	missed: string[];
	status: CoverageStatus;
}

export interface Oversupply {
	event: string;
	/** The competency targeted, where nobody reported that deficit; null when the event targets none. */
	competency: string | null;
	/** What the plan says the event is for, when that names no competency of the survey («Охрана жизни и здоровья детей»). */
	stated: string | null;
}

/**
 * A competency whose share of the plan's events (or hours) is at least this many times its share of the
 * teachers in deficit gets more than its due: time taken from the others.
 */
export const DISPROPORTION = 2;
/** …and only from this many events: two events for one teacher in deficit is not a pattern. */
export const DISPROPORTION_MIN_EVENTS = 3;

export interface Disproportion {
	competency: string;
	events: number;
	hours: number;
	teachers_in_deficit: number;
	/** Shares among the competencies in deficit: of the events (or hours) targeting them, and of their teachers. */
	events_share: number;
	hours_share: number | null;
	deficit_share: number;
}

/** Competencies the plan gives far more events or hours than their share of teachers in deficit. */
export function disproportion(rows: CoverageRow[]): Disproportion[] {
	const events = rows.reduce((s, r) => s + r.events.length, 0);
	const hours = rows.reduce((s, r) => s + r.hours, 0);
	const deficits = rows.reduce((s, r) => s + r.teachers_in_deficit, 0);
	if (!events || !deficits) return [];
	return rows.flatMap((r) => {
		const eventsShare = r.events.length / events;
		const hoursShare = hours > 0 ? r.hours / hours : null;
		const deficitShare = r.teachers_in_deficit / deficits;
		const over =
			eventsShare >= DISPROPORTION * deficitShare ||
			(hoursShare !== null && hoursShare >= DISPROPORTION * deficitShare);
		return r.events.length >= DISPROPORTION_MIN_EVENTS && over
			? [
					{
						competency: r.competency,
						events: r.events.length,
						hours: r.hours,
						teachers_in_deficit: r.teachers_in_deficit,
						events_share: eventsShare,
						hours_share: hoursShare,
						deficit_share: deficitShare
					}
				]
			: [];
	});
}

// A NULL average (nobody reached in time) arrives as NaN from the Arrow column.
const perReached = (x: number | null) => (x !== null && Number.isFinite(x) ? x : null);

/**
 * When the final assessment happened: the last dated outcome period; with undated periods («Начало года
 * / Конец года») the end of May of the school year the plan's events fall in, said as an assumption.
 */
export async function finalAssessment(engine: Engine): Promise<{ date: string | null; assumed: boolean }> {
	const table = await engine.query(`
		WITH last AS (SELECT coalesce(period_end, period_date) AS day, date_assumed FROM periods
		    WHERE period_id IN (SELECT DISTINCT period_id FROM outcomes) AND coalesce(period_end, period_date) IS NOT NULL
		    ORDER BY day DESC, date_assumed LIMIT 1)
		SELECT (SELECT day FROM last)::VARCHAR AS dated, (SELECT date_assumed FROM last) AS dated_assumed,
		  -- A plan starting in August or later belongs to the school year ending next May.
		  (SELECT make_date(year(min(date_from)) + CASE WHEN month(min(date_from)) >= 8 THEN 1 ELSE 0 END, 5, 31)
		    FROM events)::VARCHAR AS may`);
	const row = table.get(0)?.toJSON() as
		{ dated: string | null; dated_assumed: boolean | null; may: string | null } | undefined;
	// Next year's plan beside this year's outcomes (a draft dropped back): its events are judged against
	// the end of its own school year, which no loaded assessment describes yet.
	const planStart = row?.may ? `${Number(row.may.slice(0, 4)) - 1}-08-01` : null;
	if (row?.dated && planStart && row.dated < planStart) return { date: row.may, assumed: true };
	// A «Конец года» dated from the school year is as much an assumption as the May fallback.
	if (row?.dated) return { date: row.dated, assumed: row.dated_assumed === true };
	return { date: row?.may ?? null, assumed: row?.may != null };
}

/**
 * The «соответствие» table: for each competency with deficits, the events that target it and whom they
 * reach before the final assessment. Covered: at least two thirds of the teachers in deficit reached in
 * time. Partial: some reached in time. Missed: events exist, none of the teachers in deficit take part in
 * time. Not covered: no event at all. The sentences count the same «in time» as the status.
 */
export async function coverage(engine: Engine): Promise<{
	rows: CoverageRow[];
	oversupply: Oversupply[];
	disproportion: Disproportion[];
	final: { date: string | null; assumed: boolean };
}> {
	const finalDate = await finalAssessment(engine);
	// The date comes from DuckDB's own VARCHAR of a DATE; checked anyway before it enters the SQL text.
	const final =
		finalDate.date && /^\d{4}-\d{2}-\d{2}$/.test(finalDate.date) ? `DATE '${finalDate.date}'` : 'NULL::DATE';
	const events = await engine.query(`
		SELECT t.competency, e.title, e.form, e.date_from::VARCHAR AS date_from, e.date_to::VARCHAR AS date_to, e.hours,
		  (e.date_from IS NULL OR ${final} IS NULL OR e.date_from <= ${final}) AS before_final
		FROM event_targets t JOIN events e ON e.file = t.file AND e."row" = t.event_row
		ORDER BY t.competency, e.date_from NULLS LAST, e."row"`);
	const summary = await engine.query(`
		WITH taken AS (
			-- One row per teacher in deficit × event they take part in: hours are summed once per event.
			SELECT DISTINCT t.competency, d.teacher_key, e.file, e."row", e.hours,
			  (e.date_from IS NULL OR ${final} IS NULL OR e.date_from <= ${final}) AS in_time
			FROM event_targets t
			JOIN events e ON e.file = t.file AND e."row" = t.event_row
			JOIN event_participants p ON p.file = t.file AND p.event_row = t.event_row
			JOIN deficits d ON d.competency = t.competency AND d.is_deficit AND (p.everyone OR p.teacher_key = d.teacher_key)),
		reached AS (
			SELECT competency, teacher_key, bool_or(in_time) AS in_time,
			  coalesce(sum(hours) FILTER (in_time), 0) AS hours_in_time
			FROM taken GROUP BY competency, teacher_key)
		SELECT d.competency, count(*) AS respondents, count(*) FILTER (d.is_deficit) AS in_deficit,
		  count(r.teacher_key) FILTER (d.is_deficit) AS reached,
		  count(r.teacher_key) FILTER (d.is_deficit AND r.in_time) AS reached_in_time,
		  avg(r.hours_in_time) FILTER (d.is_deficit AND r.in_time) AS hours_per_reached,
		  list(coalesce(t.name, d.teacher) ORDER BY coalesce(t.name, d.teacher))
		    FILTER (d.is_deficit AND r.teacher_key IS NULL) AS missed
		FROM deficits d
		LEFT JOIN reached r ON r.competency = d.competency AND r.teacher_key = d.teacher_key
		LEFT JOIN teachers t ON t.teacher_key = d.teacher_key
		GROUP BY d.competency
		ORDER BY in_deficit DESC, d.competency`);

	const planned = Number((await engine.query(`SELECT count(*) AS n FROM events`)).get(0)?.n ?? 0) > 0;
	const ev = {
		competency: column<string>(events, 'competency'),
		title: column<string>(events, 'title'),
		form: column<string | null>(events, 'form'),
		from: column<string | null>(events, 'date_from'),
		to: column<string | null>(events, 'date_to'),
		hours: column<number | null>(events, 'hours'),
		before: column<boolean>(events, 'before_final')
	};
	const missedLists = column<{ toArray(): string[] } | null>(summary, 'missed');
	const rows: CoverageRow[] = column<string>(summary, 'competency').map((competency, i) => {
		const respondents = column<number>(summary, 'respondents')[i];
		const inDeficit = column<number>(summary, 'in_deficit')[i];
		const reached = column<number>(summary, 'reached')[i];
		const inTime = column<number>(summary, 'reached_in_time')[i];
		const mine = ev.competency.flatMap((c, k) => (c === competency ? [k] : []));
		const list = mine.map((k) => ({
			title: ev.title[k],
			form: ev.form[k],
			date_from: ev.from[k],
			date_to: ev.to[k],
			hours: ev.hours[k],
			before_final: ev.before[k]
		}));
		let status: CoverageStatus = planned ? 'not_covered' : 'no_plan';
		if (list.length > 0) {
			// Only events before the final assessment could have changed what it measured.
			if (inTime === 0) status = 'missed';
			else status = inDeficit > 0 && inTime / inDeficit >= COVERED_SHARE ? 'covered' : 'partial';
		}
		return {
			competency,
			respondents,
			prevalence: respondents ? inDeficit / respondents : 0,
			teachers_in_deficit: inDeficit,
			teachers_reached: reached,
			teachers_reached_in_time: inTime,
			events: list,
			hours: list.reduce((sum, e) => sum + (e.hours ?? 0), 0),
			hours_per_reached: perReached(column<number | null>(summary, 'hours_per_reached')[i]),
			missed: missedLists[i] ? Array.from(missedLists[i]!.toArray()) : [],
			status
		};
	});

	// Events for the whole staff by nature (педсовет, итоговое совещание) target no deficit and miss none.
	const over = await engine.query(
		`SELECT e.title AS event, t.competency, CASE WHEN t.competency IS NULL THEN nullif(trim(e.target), '') END AS stated
		FROM events e LEFT JOIN event_targets t ON t.file = e.file AND t.event_row = e."row"
		WHERE (t.competency IS NULL AND NOT regexp_matches(lower(e.title || ' ' || coalesce(e.form, '')), ?))
		   OR t.competency NOT IN (SELECT competency FROM deficits WHERE is_deficit)
		ORDER BY e.file, e."row"`,
		[WHOLE_STAFF.source]
	);
	const oversupply = column<string>(over, 'event').map((event, i) => ({
		event,
		competency: column<string | null>(over, 'competency')[i],
		stated: column<string | null>(over, 'stated')[i]
	}));
	const inDeficit = rows.filter((r) => r.teachers_in_deficit > 0);
	return { rows: inDeficit, oversupply, disproportion: disproportion(inDeficit), final: finalDate };
}
