import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { totalRow } from './sql-rows';

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

/** The pattern alone, as it ran on every cell before the first character was looked at. */
const PATTERN = `'(?i)^\\s*(итого|итог|итоговый показатель|всего|среднее|средний итог|средний балл|total|average)(\\PL|$)'`;

describe('total rows', () => {
	it('are the rows the pattern alone finds, whatever the first character', async () => {
		const cells = [
			'Итого',
			'итого:',
			'ИТОГО по группе',
			'  Всего',
			'\tвсего 25',
			'\r\nСреднее',
			'Средний балл',
			'средний итог',
			'Total',
			'AVERAGE',
			'Итоговый показатель',
			'Итоговый педсовет',
			'Иванов Иван',
			'Всеволод',
			'Средняя «Пчёлки»',
			'\u00a0Итого',
			'',
			null
		];
		await engine.exec(`CREATE OR REPLACE TABLE cells(c VARCHAR)`);
		for (const c of cells) await engine.query(`INSERT INTO cells VALUES (?)`, [c]);
		const table = await engine.query(
			`SELECT c, ${totalRow(['c'])} AS guarded, regexp_matches(coalesce(c, ''), ${PATTERN}) AS plain FROM cells`
		);
		const rows = table.toArray().map((r) => r.toJSON());
		for (const r of rows) expect(r.guarded, JSON.stringify(r.c)).toBe(r.plain);
		// The first eleven are totals; the rest (a name, a group, a planned event, a no-break space) are not.
		expect(rows.filter((r) => r.plain).map((r) => r.c)).toEqual(cells.slice(0, 11));
	});
});
