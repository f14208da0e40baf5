import { classNames } from './class-names';
import type { Engine } from '../engine/types';
import { column } from '../engine/columns';
import {
	childrenAtOf,
	chosenPeriod,
	dynamicsOf,
	heatmapOf,
	levelsOf,
	readCubes,
	scanChildren,
	type Cubes,
	type Scope
} from './outcome-cube';
import { inAgeOrder } from './age-band';

export { inAgeOrder };
export type { Scope } from './outcome-cube';

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
export async function outcomesHeatmap(
	engine: Engine,
	period: string,
	scope: Partial<Scope> = {},
	cubes?: Cubes
) {
	return heatmapOf(cubes ?? (await readCubes(engine, false)), period, scope);
}

/** Share of children at each level per area, at one period and optionally one group and one area. */
export async function levels(engine: Engine, period: string, group: string, area = '', cubes?: Cubes) {
	return levelsOf(cubes ?? (await readCubes(engine, false)), period, group, area);
}

/**
 * Start and end of the year per group for one area, children paired; with no area chosen, the weakest at
 * the last period (what a head looks at first). A group chosen keeps that group. `cubes` with their pairs.
 */
export async function dynamics(engine: Engine, area: string, group = '', cubes?: Cubes) {
	return dynamicsOf(cubes ?? (await readCubes(engine, true)), area, group);
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
export async function childrenAt(engine: Engine, scope: Scope, cubes?: Cubes): Promise<number> {
	const read = cubes ?? (await readCubes(engine, false));
	const n = childrenAtOf(read, scope);
	return n ?? scanChildren(engine, chosenPeriod(read, scope.period)!.label, scope.group, scope.area);
}
