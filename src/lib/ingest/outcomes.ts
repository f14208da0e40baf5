import { ident } from '../engine/sql';
import { blankRow, classifyRows, totalRow, type RawTable } from './load';
import { parsePeriod } from './periods';
import { inferScale, LEVEL_CUTS } from './scales';
import { cell, numberFrom } from './sql-text';

/**
 * Wide outcomes (one row per child × period, one column per area) into `outcomes`, one row per
 * child × area × period. A row is rejected whole when it cannot be placed: no child, no period, a score
 * that is not a number.
 */
export async function loadOutcomes(raw: RawTable): Promise<void> {
	const { engine, detection } = raw;
	const { child, group, period } = detection.roles;
	const areas = detection.roles.areas ?? [];
	const t = (name: string) => ident(`${raw.table}_${name}`);

	await engine.exec(`CREATE OR REPLACE TEMP TABLE ${t('periods')}(label VARCHAR, period_order DOUBLE, period_date DATE);
		CREATE OR REPLACE TEMP TABLE ${t('areas')}(name VARCHAR, area_order INTEGER);`);
	if (period) {
		const labels = await engine.query(`SELECT DISTINCT ${cell(period)} AS label FROM ${ident(raw.table)} WHERE ${cell(period)} IS NOT NULL`);
		for (const label of labels.getChild('label')?.toArray() ?? []) {
			const parsed = parsePeriod(String(label));
			if (parsed) await engine.query(`INSERT INTO ${t('periods')} VALUES (?, ?, ?::DATE)`, [label, parsed.order, parsed.date]);
		}
	}
	for (const [i, area] of areas.entries()) {
		await engine.query(`INSERT INTO ${t('areas')} VALUES (?, ?)`, [area, i]);
	}

	const unreadable = areas.map((a) => `(${cell(a)} IS NOT NULL AND ${numberFrom(a)} IS NULL)`).join(' OR ') || 'false';
	const negative = areas.map((a) => `${numberFrom(a)} < 0 OR ${numberFrom(a)} > 100`).join(' OR ') || 'false';
	const noScores = areas.map((a) => `${cell(a)} IS NULL`).join(' AND ') || 'true';
	const periodKnown = `${cell(period)} IN (SELECT label FROM ${t('periods')})`;
	const reason = `CASE
		WHEN ${blankRow(raw)} THEN 'blank_row'
		WHEN ${totalRow([child, group])} THEN 'total_row'
		WHEN ${cell(child)} IS NULL THEN 'no_child'
		${group ? `WHEN ${cell(group)} IS NULL THEN 'no_group'` : ''}
		${period ? `WHEN ${cell(period)} IS NULL THEN 'no_period' WHEN NOT (${periodKnown}) THEN 'bad_period'` : ''}
		WHEN ${unreadable} THEN 'bad_score'
		WHEN ${negative} THEN 'score_out_of_scale'
		WHEN ${noScores} THEN 'no_scores'
	END`;
	const scoreColumns = areas.map((a) => `${numberFrom(a)} AS ${ident(a)}`).join(', ');
	const classified = await classifyRows(
		raw,
		reason,
		`_row, ${cell(child)} AS _child, coalesce(${cell(group)}, '—') AS _group, coalesce(${cell(period)}, '—') AS _period, ${scoreColumns}`
	);

	const long = `(UNPIVOT (SELECT * EXCLUDE (_text) FROM ${ident(classified)} WHERE _reason IS NULL)
		ON ${areas.map(ident).join(', ')} INTO NAME area VALUE score)`;
	const range = (await engine.query(`SELECT min(score) AS lo, max(score) AS hi FROM ${long}`)).get(0);
	if (range?.lo === null || range?.lo === undefined) return;
	const scale = inferScale(Number(range.lo), Number(range.hi));
	const norm = `(score - ?) / (? - ?)`;
	await engine.query(
		`INSERT INTO outcomes
		 SELECT ?, _row, _child, _group, u.area, a.area_order, _period, p.period_order, p.period_date, score, ${norm}, ?, ?,
		   CASE WHEN ${norm} < ? THEN 'low' WHEN ${norm} >= ? THEN 'high' ELSE 'mid' END
		 FROM ${long} u
		 JOIN ${t('areas')} a ON a.name = u.area
		 LEFT JOIN ${t('periods')} p ON p.label = u._period`,
		[
			raw.file,
			...[scale.min, scale.max, scale.min],
			scale.min,
			scale.max,
			...[scale.min, scale.max, scale.min],
			LEVEL_CUTS.low,
			...[scale.min, scale.max, scale.min],
			LEVEL_CUTS.high
		]
	);
}
