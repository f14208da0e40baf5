import { classNames } from './class-names';
import type { Engine } from '../engine/types';
import { ageBand, ageBandOfValue, bandOrder } from './age-band';
import { column } from '../engine/columns';
import { childrenSql } from '../ingest/cube';
import { MARKS_FILES } from './marks';

/** What the filters narrow a view to; empty means «all». */
export interface Scope {
	period: string;
	group: string;
	area: string;
}

/**
 * Group names in the order children pass through them (младшая → средняя → старшая → подготовительная, then
 * school parallels), by the age column where the file has one, else by the name; the name breaks ties.
 */
export function inAgeOrder(names: string[], ages: (string | null)[] = []): string[] {
	const band = new Map(names.map((n, i) => [n, bandOrder(ageBandOfValue(ages[i]) ?? ageBand(n))]));
	return [...names].sort((a, b) => band.get(a)! - band.get(b)! || a.localeCompare(b, 'ru'));
}

/** The values the filters can take, from the loaded data. */
export interface Dimensions {
	periods: string[];
	groups: string[];
	areas: string[];
	teachers: { key: string; name: string }[];
}

export async function dimensions(engine: Engine): Promise<Dimensions> {
	const list = async (sql: string) => column<string>(await engine.query(sql), 'v');
	const teachers = await engine.query(`SELECT teacher_key, name FROM teachers ORDER BY name`);
	const groups = await engine.query(`SELECT name, age FROM groups`);
	return {
		periods: await list(
			`SELECT label AS v FROM periods WHERE period_id IN (SELECT period_id FROM outcome_cube) ORDER BY period_order`
		),
		groups: inAgeOrder(column<string>(groups, 'name'), column<string | null>(groups, 'age')),
		areas: await list(`SELECT name AS v FROM areas ORDER BY area_order`),
		teachers: column<string>(teachers, 'teacher_key').map((key, i) => ({
			key,
			name: column<string>(teachers, 'name')[i]
		}))
	};
}

/** Key figures for the overview. */
export async function keyFigures(engine: Engine) {
	const row = (
		await engine.query(`SELECT
			(SELECT count(*) FROM children) AS children,
			(SELECT count(*) FROM groups) AS groups,
			(SELECT count(*) FROM teachers) AS teachers,
			(SELECT count(DISTINCT teacher_key) FROM survey_answers) AS respondents,
			(SELECT count(DISTINCT competency) FROM survey_answers) AS competencies,
			(SELECT count(*) FROM events) AS events`)
	).get(0)!;
	return row.toJSON() as Record<
		'children' | 'groups' | 'teachers' | 'respondents' | 'competencies' | 'events',
		number
	>;
}

/**
 * Group × area at one period (the last when none is chosen): mean normalised score and children; groups in
 * age order. A group or an area chosen in the filters keeps that row or column.
 */
export async function outcomesHeatmap(engine: Engine, period: string, scope: Partial<Scope> = {}) {
	const { group: oneGroup = '', area: oneArea = '' } = scope;
	const table = await engine.query(
		`WITH chosen AS (
			SELECT period_id, label FROM periods WHERE period_id IN (SELECT period_id FROM outcome_cube)
			  AND (? = '' OR label = ?) ORDER BY period_order DESC LIMIT 1)
		SELECT g.name AS "group", g.age, a.name AS area, a.area_order, chosen.label AS period,
		  sum(o.norm_sum) / sum(o.norm_n) AS mean, sum(o.n)::BIGINT AS n
		FROM outcome_cube o JOIN chosen USING (period_id) JOIN groups g USING (group_id) JOIN areas a USING (area_id)
		WHERE (? = '' OR g.name = ?) AND (? = '' OR a.name = ?)
		GROUP BY ALL ORDER BY g.name, a.area_order`,
		[period, period, oneGroup, oneGroup, oneArea, oneArea]
	);
	const group = column<string>(table, 'group');
	const area = column<string>(table, 'area');
	const age = column<string | null>(table, 'age');
	const named = [...new Set(group)];
	const groups = inAgeOrder(
		named,
		named.map((g) => age[group.indexOf(g)])
	);
	const areas = [...new Set(area)];
	const mean = groups.map(() => areas.map(() => NaN));
	const n = groups.map(() => areas.map(() => 0));
	group.forEach((g, i) => {
		const [r, c] = [groups.indexOf(g), areas.indexOf(area[i])];
		mean[r][c] = column<number>(table, 'mean')[i];
		n[r][c] = column<number>(table, 'n')[i];
	});
	return { period: column<string>(table, 'period')[0] ?? '', groups, areas, mean, n };
}

/** Share of children at each level per area, at one period and optionally one group and one area. */
export async function levels(engine: Engine, period: string, group: string, area = '') {
	const table = await engine.query(
		`WITH chosen AS (
			SELECT period_id, label FROM periods WHERE period_id IN (SELECT period_id FROM outcome_cube)
			  AND (? = '' OR label = ?) ORDER BY period_order DESC LIMIT 1)
		SELECT a.name AS area, a.area_order, chosen.label AS period, sum(o.n)::BIGINT AS n,
		  sum(o.n_low) / sum(o.n) AS low, sum(o.n_mid) / sum(o.n) AS mid, sum(o.n_high) / sum(o.n) AS high
		FROM outcome_cube o JOIN chosen USING (period_id) JOIN areas a USING (area_id) JOIN groups g USING (group_id)
		WHERE (? = '' OR g.name = ?) AND (? = '' OR a.name = ?)
		GROUP BY ALL ORDER BY a.area_order`,
		[period, period, group, group, area, area]
	);
	return {
		period: column<string>(table, 'period')[0] ?? '',
		areas: column<string>(table, 'area'),
		n: column<number>(table, 'n'),
		low: column<number>(table, 'low'),
		mid: column<number>(table, 'mid'),
		high: column<number>(table, 'high')
	};
}

/**
 * Start and end of the year per group for one area, children paired; with no area chosen, the weakest at
 * the last period (what a head looks at first). A group chosen keeps that group.
 */
export async function dynamics(engine: Engine, area: string, group = '') {
	const chosen = column<string>(
		await engine.query(
			`WITH last AS (SELECT period_id FROM periods WHERE period_id IN (SELECT period_id FROM outcome_cube)
			   ORDER BY period_order DESC LIMIT 1),
			 mean AS (SELECT area_id, sum(norm_sum) / sum(norm_n) AS m FROM outcome_cube JOIN last USING (period_id) GROUP BY area_id)
			SELECT name FROM areas LEFT JOIN mean USING (area_id) WHERE ? = '' OR name = ?
			ORDER BY m NULLS LAST, area_order LIMIT 1`,
			[area, area]
		),
		'name'
	)[0];
	// The area's id as a constant (ids are hashes of names), so the filter reaches below the pairing and
	// only that area's children are paired: this redraws on every filter change.
	const table = await engine.query(
		`WITH bounds AS (
			SELECT arg_min(label, period_order) AS first_label, arg_max(label, period_order) AS last_label
			FROM periods WHERE period_id IN (SELECT period_id FROM outcome_cube))
		SELECT g.name AS "group", g.age, b.first_label, b.last_label,
		  sum(s0_sum) / sum(paired) AS start, sum(s1_sum) / sum(paired) AS "end", sum(paired)::BIGINT AS paired,
		  100 * sum(n0_sum) / sum(paired) AS start_pct, 100 * sum(n1_sum) / sum(paired) AS end_pct,
		  (SELECT bool_and(file_id IN ${MARKS_FILES}) FROM files WHERE kind = 'outcomes') AS marks
		FROM outcome_pair_cube JOIN groups g USING (group_id), bounds b
		WHERE area_id = hash(?::VARCHAR) AND (? = '' OR g.name = ?)
		GROUP BY ALL ORDER BY g.name`,
		[chosen ?? '', group, group]
	);
	const names = column<string>(table, 'group');
	const order = inAgeOrder(names, column<string | null>(table, 'age')).map((g) => names.indexOf(g));
	const pick = <T>(name: string) => order.map((i) => column<T>(table, name)[i]);
	return {
		area: table.numRows ? chosen : '',
		first: column<string>(table, 'first_label')[0] ?? '',
		last: column<string>(table, 'last_label')[0] ?? '',
		groups: pick<string>('group'),
		start: pick<number>('start'),
		end: pick<number>('end'),
		/** The same means in % of the scale: the one scale of every outcome figure. */
		startPct: pick<number>('start_pct'),
		endPct: pick<number>('end_pct'),
		/** Every outcome file holds marks 2–5: the mean mark is the scale read. */
		marks: column<boolean>(table, 'marks')[0] === true,
		paired: pick<number>('paired')
	};
}

/** Plan events by month, one entry per event × targeted competency (none: «—»). */
export async function timeline(engine: Engine) {
	const table = await engine.query(`
		SELECT e.title, strftime(e.date_from, '%Y-%m') AS month, coalesce(t.competency, '—') AS competency
		FROM events e LEFT JOIN event_targets t ON t.file = e.file AND t.event_row = e."row"
		WHERE e.date_from IS NOT NULL ORDER BY month, e."row"`);
	return {
		title: column<string>(table, 'title'),
		month: column<string>(table, 'month'),
		competency: column<string>(table, 'competency')
	};
}

/** The teacher card (ИППР): their deficits against the collective, their groups' outcomes and events. */
export async function teacherCard(engine: Engine, key: string) {
	const name =
		(await engine.query(`SELECT name FROM teachers WHERE teacher_key = ?`, [key])).get(0)?.name ?? '';
	const deficits = await engine.query(
		`SELECT d.competency, d.score_norm AS own, d.is_deficit, c.mean AS collective, c.prevalence
		 FROM deficits d JOIN (SELECT competency, avg(score_norm) AS mean, avg(is_deficit::INT) AS prevalence
		   FROM deficits GROUP BY competency) c USING (competency)
		 WHERE d.teacher_key = ? ORDER BY d.competency`,
		[key]
	);
	// Only the areas the teacher works in: a логопед's card shows speech, not the groups' every area.
	// A roster's «5А» is the marks file's «5 "А"».
	const cls = await classNames(
		engine,
		`SELECT name FROM groups UNION SELECT "group" FROM assignments WHERE "group" IS NOT NULL`
	);
	const groups = await engine.query(
		`WITH names AS ${cls.sql},
		 last AS (SELECT period_id FROM periods WHERE period_id IN (SELECT period_id FROM outcome_cube)
		   ORDER BY period_order DESC LIMIT 1)
		 SELECT g.name AS "group", count(DISTINCT o.child_id) AS n, avg(o.score_norm) AS mean,
		   avg((o.level = 'low')::INT) AS low
		 FROM outcomes_scored o JOIN last USING (period_id) JOIN groups g ON g.group_id = o.group_id
		 JOIN areas ar ON ar.area_id = o.area_id LEFT JOIN names gn ON gn.raw = g.name
		 WHERE EXISTS (SELECT 1 FROM assignments a WHERE a.teacher_key = ?
		   AND (a."group" IS NULL OR a."group" = g.name OR a."group" IN (SELECT raw FROM names WHERE class = gn.class))
		   AND (a.area IS NULL OR a.area = ar.name))
		 GROUP BY g.name ORDER BY g.name`,
		[...cls.params, key]
	);
	const areaRows = await engine.query(
		`SELECT DISTINCT area FROM assignments WHERE teacher_key = ? ORDER BY area NULLS FIRST`,
		[key]
	);
	const assigned = column<string | null>(areaRows, 'area');
	const events = await engine.query(
		`SELECT DISTINCT e.title, e.date_from::VARCHAR AS date, e."row"
		 FROM event_participants p JOIN events e ON e.file = p.file AND e."row" = p.event_row
		 WHERE p.teacher_key = ? OR p.everyone ORDER BY e."row"`,
		[key]
	);
	const missed = await engine.query(
		`SELECT DISTINCT e.title, t.competency, e.date_from::VARCHAR AS date, e."row"
		 FROM deficits d JOIN event_targets t ON t.competency = d.competency
		 JOIN events e ON e.file = t.file AND e."row" = t.event_row
		 WHERE d.teacher_key = ? AND d.is_deficit
		   AND NOT EXISTS (SELECT 1 FROM event_participants p WHERE p.file = e.file AND p.event_row = e."row"
		     AND (p.everyone OR p.teacher_key = d.teacher_key))
		 ORDER BY e."row"`,
		[key]
	);
	return {
		name: String(name),
		deficits: {
			competency: column<string>(deficits, 'competency'),
			own: column<number>(deficits, 'own'),
			collective: column<number>(deficits, 'collective'),
			prevalence: column<number>(deficits, 'prevalence'),
			isDeficit: column<boolean>(deficits, 'is_deficit')
		},
		/** The areas the figures cover; null: every area (an educator of the group). */
		areas: assigned.length && assigned.every((a) => a !== null) ? (assigned as string[]) : null,
		groups: {
			group: column<string>(groups, 'group'),
			n: column<number>(groups, 'n'),
			mean: column<number>(groups, 'mean'),
			low: column<number>(groups, 'low')
		},
		events: { title: column<string>(events, 'title'), date: column<string | null>(events, 'date') },
		missed: {
			title: column<string>(missed, 'title'),
			competency: column<string>(missed, 'competency'),
			date: column<string | null>(missed, 'date')
		}
	};
}
export type TeacherCard = Awaited<ReturnType<typeof teacherCard>>;

/** Names of the teachers who work in a group (roster «все» included). */
export async function teachersOfGroup(engine: Engine, group: string): Promise<Set<string>> {
	const table = await engine.query(
		`SELECT DISTINCT t.name FROM assignments a JOIN teachers t USING (teacher_key) WHERE a."group" IS NULL OR a."group" = ?`,
		[group]
	);
	return new Set(column<string>(table, 'name'));
}

/**
 * Distinct children behind a chart of one period (the last when none is chosen), in the group and area
 * chosen: the n its subtitle states.
 */
export async function childrenAt(engine: Engine, scope: Scope): Promise<number> {
	const { period, group, area } = scope;
	const table = await engine.query(
		`WITH chosen AS (
			SELECT period_id FROM periods WHERE period_id IN (SELECT period_id FROM outcome_cube)
			  AND (? = '' OR label = ?) ORDER BY period_order DESC LIMIT 1)
		${childrenSql(
			'coalesce((SELECT period_id FROM chosen), 0::UBIGINT)',
			area ? `coalesce((SELECT area_id FROM areas WHERE name = ?), 0::UBIGINT)` : 'NULL',
			`(? = '' OR group_id IN (SELECT group_id FROM groups WHERE name = ?))`
		)}`,
		[period, period, ...(area ? [area] : []), group, group]
	);
	return column<number>(table, 'n')[0] ?? 0;
}
