import { column } from '../engine/columns';
import { insertRows } from '../engine/sql';
import type { Engine } from '../engine/types';
import { defaultAreas, matchTarget } from './links';
import { PERIOD_BITS } from './cube';
import { datePeriodsFromLoad, datePlansFromLoad } from './school-year';

/** Settings that change derived tables, not the loaded rows. */
export interface DeriveSettings {
	/** A teacher is in deficit on a competency when their mean normalised score is below this. */
	deficitThreshold: number;
}

export const DEFAULT_SETTINGS: DeriveSettings = { deficitThreshold: 0.5 };

/** The user's word on links, overriding the guesses: areas per competency, competency per event. */
export interface LinkChoices {
	areas: Map<string, string[]>;
	/** Keyed by `eventKey`; null says the event targets no surveyed competency. */
	targets: Map<string, string | null>;
}

export interface DeriveOptions {
	/**
	 * false: leave `outcome_pair_cube` to `buildPairCube`, called once the outcome figures are out (the page
	 * draws its first charts while the pairs, a second of a million rows, are summed).
	 */
	pairs?: boolean;
}

export const eventKey = (file: string, row: number) => `${file}#${row}`;

/**
 * Rebuild the tables computed from loaded rows: period and plan dates that need the load's school year,
 * the dynamics' pairs (unless `options.pairs` is false), `deficits` (teacher × competency), `competency_area`
 * (guessed by name, or as the user set it) and `event_targets` (declared, inferred or confirmed).
 */
export async function deriveTables(
	engine: Engine,
	settings: DeriveSettings = DEFAULT_SETTINGS,
	choices: LinkChoices = { areas: new Map(), targets: new Map() },
	options: DeriveOptions = {}
): Promise<void> {
	await datePeriodsFromLoad(engine);
	await datePlansFromLoad(engine);
	if (options.pairs !== false) await buildPairCube(engine);
	await engine.replaceTable(
		'deficits',
		`SELECT teacher_key, any_value(teacher ORDER BY submitted DESC) AS teacher, competency,
		   avg(score_norm) AS score_norm, avg(score_norm) < ? AS is_deficit
		 FROM survey_answers GROUP BY teacher_key, competency`,
		[settings.deficitThreshold]
	);

	const competencies = column<string>(
		await engine.query(
			`SELECT competency FROM survey_answers GROUP BY competency ORDER BY min("row"), competency`
		),
		'competency'
	);
	const areas = column<string>(await engine.query(`SELECT name FROM areas ORDER BY area_order`), 'name');
	await engine.exec(`CREATE OR REPLACE TABLE competency_area(competency VARCHAR, area VARCHAR, how VARCHAR)`);
	await insertRows(
		engine,
		'competency_area',
		['VARCHAR', 'VARCHAR', 'VARCHAR'],
		competencies.flatMap((competency) => {
			const chosen = choices.areas.get(competency);
			return (chosen ?? defaultAreas(competency, areas)).map((area) => [
				competency,
				area,
				chosen ? 'confirmed' : 'default'
			]);
		})
	);

	await engine.exec(
		`CREATE OR REPLACE TABLE event_targets(file VARCHAR, event_row INTEGER, competency VARCHAR, how VARCHAR)`
	);
	const events = await engine.query(`SELECT file, "row", title, target FROM events ORDER BY file, "row"`);
	const [files, rows, titles, targets] = [
		column<string>(events, 'file'),
		column<number>(events, 'row'),
		column<string>(events, 'title'),
		column<string | null>(events, 'target')
	];
	const links = files.flatMap((file, i) => {
		const key = eventKey(file, rows[i]);
		const link = choices.targets.has(key)
			? choices.targets.get(key)
				? { competency: choices.targets.get(key)!, how: 'confirmed' }
				: null
			: matchTarget(targets[i], titles[i], competencies);
		return link ? [[file, rows[i], link.competency, link.how]] : [];
	});
	await insertRows(engine, 'event_targets', ['VARCHAR', 'INTEGER', 'VARCHAR', 'VARCHAR'], links);
}

/**
 * The year's start and end per group and area, children paired, summed once per load (after the periods
 * are dated: the pairing follows their order): the dynamics chart redraws on every filter from it. Rows are
 * split by the set of periods their children were assessed at (a mask of `PERIOD_BITS`), so the same table
 * counts an area's distinct children at any period, which a filter on an area says under its charts.
 */
export async function buildPairCube(engine: Engine): Promise<void> {
	await engine.replaceTable(
		'outcome_pair_cube',
		// `outcome_pairs` narrowed to what the chart reads: scores of the first and last period only, raw (marks
		// are said as marks) and as shares of their file's scale (every other scale, the page's one scale).
		`WITH ranked AS (${PERIOD_BITS}),
		 ends AS (
		   SELECT period_id, period_order = min(period_order) OVER () AS is_first,
		     period_order = max(period_order) OVER () AS is_last,
		     -- Past the 63rd period no bit: a count there is asked of the scores.
		     CASE WHEN bit < 63 THEN 1::UBIGINT << bit ELSE 0::UBIGINT END AS flag
		   FROM ranked),
		 pairs AS (
		   SELECT o.area_id, o.group_id, avg(o.score) FILTER (e.is_first) AS s0, avg(o.score) FILTER (e.is_last) AS s1,
		     avg(o.score_norm) FILTER (e.is_first) AS n0, avg(o.score_norm) FILTER (e.is_last) AS n1,
		     bit_or(e.flag) AS mask
		   FROM outcomes_scored o JOIN ends e USING (period_id) GROUP BY o.area_id, o.group_id, o.child_id)
		 SELECT area_id, group_id, mask, count(*) AS children, count(s1 - s0) AS paired,
		   sum(s0) FILTER (s1 IS NOT NULL) AS s0_sum, sum(s1) FILTER (s0 IS NOT NULL) AS s1_sum,
		   sum(n0) FILTER (s1 IS NOT NULL) AS n0_sum, sum(n1) FILTER (s0 IS NOT NULL) AS n1_sum
		 FROM pairs GROUP BY area_id, group_id, mask
		 -- Every group of the area stays listed, with no pair when none of its children has both ends.
		 UNION ALL SELECT DISTINCT area_id, group_id, 0::UBIGINT, 0, 0, NULL, NULL, NULL, NULL FROM outcome_cube`
	);
}
