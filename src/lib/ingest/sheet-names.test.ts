import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, sourceFromBytes } from './index';
import { expandSheets } from './sheets';

const bytes = readFileSync(
	new URL('../../../tests/e2e/fixtures/outcomes-two-sheets-one-name.xlsx', import.meta.url)
);

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

describe('a workbook with two sheets of one name', () => {
	it('reads both sheets, each under a name of its own, every row once', async () => {
		const expanded = await expandSheets([sourceFromBytes('outcomes-two-sheets-one-name.xlsx', bytes)]);
		expect(expanded.sheets).toEqual(['Мониторинг', 'Мониторинг (2)']);
		const { reports } = await loadAll(engine, expanded.sources, { sheets: expanded.sheets });
		expect(reports.map((r) => [r.sheet, r.rowsLoaded])).toEqual([
			['Мониторинг', 2],
			['Мониторинг (2)', 2]
		]);
		const periods = (await engine.query(`SELECT label FROM periods ORDER BY period_order`))
			.toArray()
			.map((r) => r.label);
		expect(periods).toEqual(['Сентябрь 2025', 'Май 2026']);
	});
});
