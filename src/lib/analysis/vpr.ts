import type { Engine } from '../engine/types';
import { classNames } from './class-names';
import { MARKS_FILES, type MarksRow } from './marks';

// The journal's mark is kept among the items under its column's name; every name detect.ts takes for it
// («Отметка по журналу», «Отметка за четверть»…) starts with «отметка», and no ВПР task does.
const JOURNAL = `lower(item) LIKE 'отметка%'`;

/** A ВПР task in one class (`class` null: the whole school): points scored over points possible. */
export interface TaskRow {
	subject: string;
	class: string | null;
	period: string;
	task: string;
	max: number;
	success_rate: number;
	n: number;
	/** What the task checks, from a task → «проверяемое умение» file when one is loaded. */
	skill?: string | null;
}

/** A task's number as forms write it: «9.1 (1б)», «9.1», «Задание 9.1» → «9.1». */
export const taskNumber = (task: string) => task.match(/\d+(?:\.\d+)*/)?.[0] ?? task.trim().toLowerCase();

/** «1 (2б)» < «2» < «10.1 (1б)» < «10.2»: tasks in the order of the form, not of the alphabet. */
export function compareTasks(a: string, b: string): number {
	const parts = (s: string) => (s.match(/^[\d.]+/)?.[0] ?? '').split('.').filter(Boolean).map(Number);
	const [x, y] = [parts(a), parts(b)];
	for (let i = 0; i < Math.max(x.length, y.length); i++) {
		const d = (x[i] ?? -1) - (y[i] ?? -1);
		if (d) return d;
	}
	return a.localeCompare(b, 'ru');
}

/** Success rate per task × class and over the school, for tasks whose maximum the form declares. */
export async function tasks(engine: Engine): Promise<TaskRow[]> {
	const cls = await classNames(engine);
	const table = await engine.query(
		`SELECT a.name AS subject, s.class, p.label AS period, s.task, s.max, s.success_rate, s.n
		FROM (SELECT i.area_id, c.class, i.period_id, i.item AS task, max(i.max) AS max,
		        sum(i.score) / sum(i.max) AS success_rate, count(*)::INTEGER AS n
		      FROM outcome_items i JOIN groups g USING (group_id) JOIN ${cls.sql} c ON c.raw = g.name
		      WHERE i.file_id IN ${MARKS_FILES} AND i.max > 0 AND NOT ${JOURNAL.replace('item', 'i.item')}
		      GROUP BY GROUPING SETS ((i.area_id, i.period_id, i.item), (i.area_id, c.class, i.period_id, i.item))) s
		JOIN areas a USING (area_id) JOIN periods p USING (period_id)
		ORDER BY a.area_order, p.period_order, s.class NULLS FIRST`,
		cls.params
	);
	const rows = table.toArray().map((r) => r.toJSON() as TaskRow);
	const skillOf = await skillMap(engine);
	// Stable sort keeps subject, period and class order; tasks follow the form within each.
	return rows
		.map((r) => ({ ...r, class: r.class ?? null, skill: skillOf(r.subject, r.task) }))
		.sort((a, b) =>
			a.subject === b.subject && a.period === b.period && a.class === b.class
				? compareTasks(a.task, b.task)
				: 0
		);
}

/** Per subject and period, the school's least solved task: where to look first. */
export function weakestTasks(rows: TaskRow[]): TaskRow[] {
	const worst = new Map<string, TaskRow>();
	for (const r of rows) {
		const key = `${r.subject}\u0000${r.period}`;
		if (r.class === null && r.success_rate < (worst.get(key)?.success_rate ?? Infinity)) worst.set(key, r);
	}
	return [...worst.values()];
}

/** «Объективность» as ФИС ОКО counts it: pupils whose ВПР mark is below, equal to, above the journal's. */
export interface ObjectivityRow {
	subject: string;
	class: string | null;
	period: string;
	lowered: number;
	confirmed: number;
	raised: number;
	/** pupils with both marks */
	n: number;
}

export async function objectivity(engine: Engine): Promise<ObjectivityRow[]> {
	const cls = await classNames(engine);
	const table = await engine.query(
		`SELECT a.name AS subject, s.class, p.label AS period, s.lowered, s.confirmed, s.raised, s.n
		FROM (SELECT o.area_id, c.class, o.period_id,
		        count(*) FILTER (o.score < j.score)::INTEGER AS lowered,
		        count(*) FILTER (o.score = j.score)::INTEGER AS confirmed,
		        count(*) FILTER (o.score > j.score)::INTEGER AS raised, count(*)::INTEGER AS n
		      FROM outcomes o JOIN outcome_items j
		        ON j.file_id = o.file_id AND j."row" = o."row" AND j.child_id = o.child_id
		        AND j.area_id = o.area_id AND j.period_id = o.period_id AND ${JOURNAL.replace('item', 'j.item')}
		        JOIN groups g ON g.group_id = o.group_id JOIN ${cls.sql} c ON c.raw = g.name
		      WHERE o.file_id IN ${MARKS_FILES}
		      GROUP BY GROUPING SETS ((o.area_id, o.period_id), (o.area_id, c.class, o.period_id))) s
		JOIN areas a USING (area_id) JOIN periods p USING (period_id)
		ORDER BY a.area_order, p.period_order, s.class NULLS FIRST`,
		cls.params
	);
	return table.toArray().map((r) => ({ ...(r.toJSON() as ObjectivityRow), class: r.toJSON().class ?? null }));
}

/**
 * A row of the region's reference (ФИС ОКО Ф3 «Статистика по отметкам»): the shares of marks 2–5 at one level
 * — the whole sample, the region, the municipality, the school as ФИС ОКО counted it — for a subject's ВПР.
 */
export interface ReferenceRow {
	subject: string | null;
	parallel: string | null;
	period: string | null;
	level: 'all' | 'region' | 'municipality' | 'school';
	name: string;
	/** Schools counted at that level (none for the school's own row). */
	schools: number | null;
	n: number;
	share_2: number;
	share_3: number;
	share_4: number;
	share_5: number;
}

/** The reference rows of every Ф3 loaded, in the form's order. */
export async function reference(engine: Engine): Promise<ReferenceRow[]> {
	const table = await engine.query(
		`SELECT subject, parallel, period, level, name, schools, n, p2 AS share_2, p3 AS share_3, p4 AS share_4,
		   p5 AS share_5
		 FROM vpr_reference ORDER BY file_id, "row"`
	);
	return table.toArray().map((r) => {
		const row = r.toJSON() as ReferenceRow;
		return { ...row, schools: row.schools == null ? null : Number(row.schools), n: Number(row.n) };
	});
}

/** One line of the school-against-region table: shares of marks 2–5, успеваемость and качество. */
export interface ReferenceLine {
	/** `loaded`: the school's pupils in the loaded files; otherwise the Ф3 row's level. */
	level: 'loaded' | ReferenceRow['level'];
	name: string;
	n: number;
	shares: [number, number, number, number];
	pass_rate: number;
	quality_rate: number;
}

/**
 * Per subject with a reference, the school's own marks (the loaded pupils, at the form's date when the marks
 * have it, else the subject's last period) above the Ф3 rows: the same four shares side by side.
 */
export function marksAgainstReference(
	marksRows: MarksRow[],
	referenceRows: ReferenceRow[]
): { subject: string; period: string | null; lines: ReferenceLine[] }[] {
	const same = (a: string | null, b: string | null) =>
		(a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
	const subjects = [...new Set(referenceRows.map((r) => r.subject ?? ''))];
	return subjects.map((subject) => {
		const rows = referenceRows.filter((r) => (r.subject ?? '') === subject);
		const period = rows[0].period;
		const own = marksRows
			.filter((m) => m.class === null && same(m.subject, subject))
			.sort((a, b) => b.period_order - a.period_order);
		const school = own.find((m) => same(m.period, period)) ?? own[0];
		const lines: ReferenceLine[] = rows.map((r) => ({
			level: r.level,
			name: r.name,
			n: r.n,
			shares: [r.share_2, r.share_3, r.share_4, r.share_5],
			pass_rate: r.share_3 + r.share_4 + r.share_5,
			quality_rate: r.share_4 + r.share_5
		}));
		if (school) {
			const d = school.distribution;
			const shares = ([d[2], d[3], d[4], d[5]] as const).map((k) => k / school.n) as ReferenceLine['shares'];
			lines.unshift({
				level: 'loaded',
				name: '',
				n: school.n,
				shares,
				pass_rate: school.pass_rate,
				quality_rate: school.quality_rate
			});
		}
		return { subject, period: school?.period ?? period, lines };
	});
}

/**
 * The skill a task checks, by its number: a map naming the subject wins over one that names none; several
 * loaded maps naming the same task of the same subject give the first loaded.
 */
async function skillMap(engine: Engine): Promise<(subject: string, task: string) => string | null> {
	const rows = (await engine.query(`SELECT subject, task, skill FROM vpr_skills ORDER BY file_id, "row"`))
		.toArray()
		.map((r) => r.toJSON() as { subject: string | null; task: string; skill: string });
	const key = (subject: string | null, task: string) =>
		`${(subject ?? '').trim().toLowerCase()}\u0000${taskNumber(task)}`;
	const map = new Map<string, string>();
	for (const r of rows) if (!map.has(key(r.subject, r.task))) map.set(key(r.subject, r.task), r.skill);
	return (subject, task) => map.get(key(subject, task)) ?? map.get(key(null, task)) ?? null;
}
