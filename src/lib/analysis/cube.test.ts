import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column } from '../engine/columns';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, sourceFromBytes } from '../ingest';
import { buildOutcomeCube } from '../ingest/cube';
import { outcomesByAreaPeriod } from './outcomes';
import { byAreaPeriod, childrenAtOf, readCubes } from './outcome-cube';
import { childrenAt, dynamics, levels, outcomesHeatmap } from './views';

/**
 * The outcome views read a table pre-aggregated once per load (issue 15.2); every figure must be the one
 * a scan of the scores gives, under any filter. The sample year's monitoring (groups × five areas × two
 * periods) is scanned here the slow way and compared.
 */
let engine: Engine;
const sample = (name: string) =>
	sourceFromBytes(name, readFileSync(new URL(`../../../data-samples/${name}`, import.meta.url)));

beforeAll(async () => {
	engine = await createNodeEngine();
	await loadAll(engine, [sample('monitoring-2025-2026.csv')]);
});
afterAll(() => engine.close());

const scan = async (where: string, params: string[]) => {
	const r = await engine.query(
		`SELECT count(DISTINCT child_id) AS children, count(*) AS n, avg(score_norm) AS norm
		 FROM outcomes_scored o JOIN periods p USING (period_id) JOIN groups g USING (group_id) JOIN areas a USING (area_id)
		 WHERE ${where}`,
		params
	);
	return {
		children: column<number>(r, 'children')[0],
		n: column<number>(r, 'n')[0],
		norm: column<number>(r, 'norm')[0]
	};
};

describe('outcomes pre-aggregated per load', () => {
	it('count children and scores as a scan of the scores does, under every filter', async () => {
		const dims =
			await engine.query(`SELECT (SELECT list(name) FROM groups) AS g, (SELECT list(name) FROM areas) AS a,
			(SELECT list(label ORDER BY period_order) FROM periods WHERE period_id IN (SELECT period_id FROM outcomes)) AS p`);
		const row = dims.get(0)!.toJSON();
		const groups = ['', ...Array.from(row.g as Iterable<string>).slice(0, 3)];
		const areas = ['', ...Array.from(row.a as Iterable<string>).slice(0, 2)];
		const periods = Array.from(row.p as Iterable<string>);
		expect(groups.length).toBeGreaterThan(2);
		expect(periods.length).toBe(2);
		const withPairs = await readCubes(engine, true);
		for (const group of groups)
			for (const area of areas) {
				const inScope = `(? = '' OR g.name = ?) AND (? = '' OR a.name = ?)`;
				const all = await scan(inScope, [group, group, area, area]);
				const byArea = await outcomesByAreaPeriod(engine, { group, area });
				expect(byArea.children).toBe(all.children);
				// Once the pairs are summed, an area's children are counted from their masks, not scanned.
				expect(byAreaPeriod(withPairs, { group, area }).children).toBe(all.children);
				expect(byArea.n.flat().reduce((s, v) => s + (Number.isNaN(v) ? 0 : v), 0)).toBe(all.n);
				if (area) {
					const pairs = await engine.query(
						`SELECT g.name AS "group", count(s1 - s0) AS paired, avg(s0) FILTER (s1 IS NOT NULL) AS start
						 FROM outcome_pairs JOIN groups g USING (group_id) JOIN areas a USING (area_id)
						 WHERE a.name = ? AND (? = '' OR g.name = ?) GROUP BY g.name`,
						[area, group, group]
					);
					const dyn = await dynamics(engine, area, group);
					const names = column<string>(pairs, 'group');
					expect(dyn.groups.toSorted()).toEqual(names.toSorted());
					for (const [i, name] of names.entries()) {
						const at = dyn.groups.indexOf(name);
						expect(dyn.paired[at]).toBe(column<number>(pairs, 'paired')[i]);
						expect(dyn.start[at]).toBeCloseTo(column<number>(pairs, 'start')[i], 12);
					}
					expect(dyn.paired.some((n) => n > 0)).toBe(true);
				}
				for (const period of periods) {
					const one = await scan(`${inScope} AND p.label = ?`, [group, group, area, area, period]);
					expect(await childrenAt(engine, { period, group, area })).toBe(one.children);
					expect(childrenAtOf(withPairs, { period, group, area })).toBe(one.children);
					expect(byAreaPeriod(withPairs, { period, group, area }).children).toBe(one.children);
					expect((await outcomesByAreaPeriod(engine, { period, group, area })).children).toBe(one.children);
					const lv = await levels(engine, period, group, area);
					expect(lv.n.reduce((s, v) => s + v, 0)).toBe(one.n);
					const heat = await outcomesHeatmap(engine, period, { group, area });
					const cells = heat.n.flat().reduce((s, v) => s + v, 0);
					expect(cells).toBe(one.n);
					if (group && area) expect(heat.mean[0][0]).toBeCloseTo(one.norm, 12);
				}
			}
	});
});

describe('the cube, summed per score value or read row by row', () => {
	it('is the same table either way, marks 2–5 included', async () => {
		const fixture = (name: string) =>
			sourceFromBytes(name, readFileSync(new URL(`../ingest/fixtures/${name}`, import.meta.url)));
		for (const files of [
			[sample('monitoring-2025-2026.csv')],
			[fixture('grades-subjects-of-any-name.csv')]
		]) {
			await loadAll(engine, files);
			await buildOutcomeCube(engine, 'by-row');
			await engine.exec(`CREATE OR REPLACE TABLE cube_by_row AS SELECT * FROM outcome_cube`);
			await buildOutcomeCube(engine, 'by-value');
			const r = await engine.query(`SELECT
				(SELECT count(*) FROM outcome_cube) AS cells, (SELECT count(*) FROM cube_by_row) AS by_row,
				(SELECT sum(d2 + d3 + d4 + d5) FROM outcome_cube) AS marks,
				(SELECT count(*) FROM outcome_cube v JOIN cube_by_row r USING (group_id, area_id, period_id, file_id)
				 WHERE v.n = r.n AND v.norm_n = r.norm_n AND v.n_low = r.n_low AND v.n_mid = r.n_mid
				   AND v.n_high = r.n_high AND v.d2 = r.d2 AND v.d3 = r.d3 AND v.d4 = r.d4 AND v.d5 = r.d5
				   AND abs(v.score_sum - r.score_sum) < 1e-9 AND abs(v.norm_sum - r.norm_sum) < 1e-9) AS same`);
			const { cells, by_row, same, marks } = r.get(0)!.toJSON();
			expect(cells).toBeGreaterThan(0);
			expect(by_row).toBe(cells);
			expect(same).toBe(cells);
			if (files[0].name.startsWith('grades')) expect(marks).toBeGreaterThan(0);
		}
		await loadAll(engine, [sample('monitoring-2025-2026.csv')]);
	});
});
