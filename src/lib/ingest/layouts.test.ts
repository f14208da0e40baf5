import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, sourceFromBytes, type FileReport } from './index';
import { expandSheets } from './sheets';

/** Fixtures for the layouts of real exports, one per rule (scripts/make-fixtures.ts writes them). */
const bytes = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

async function load(name: string): Promise<FileReport> {
	const { reports } = await loadAll(engine, [sourceFromBytes(name, bytes(name))]);
	const [report] = reports;
	expect(report.rowsIn, 'rows in = loaded + rejected').toBe(report.rowsLoaded + report.rowsRejected);
	return report;
}
const rows = async (sql: string) => (await engine.query(sql)).toArray().map((r) => r.toJSON());
const rejects = () => rows(`SELECT "row", reason FROM rejects ORDER BY "row"`);

describe('layouts of real exports', () => {
	it('subjects of any name are outcome columns when their values are marks', async () => {
		const r = await load('grades-subjects-of-any-name.csv');
		expect(r).toMatchObject({ kind: 'outcomes', rowsIn: 3, rowsLoaded: 2, scale: { min: 2, max: 5 } });
		expect(r.roles.areas).toEqual(['Химия', 'Английский', 'ОБЗР']);
		expect(await rejects()).toEqual([{ row: 4, reason: 'total_row' }]);
	});

	it('group and date from the rows above the header; a legend under the table is not a child', async () => {
		const r = await load('title-rows-group-subject-date.csv');
		expect(r).toMatchObject({ kind: 'outcomes', headerRow: 4, rowsIn: 6, rowsLoaded: 2 });
		expect(r.roles).toMatchObject({ group: 'Группа (из заголовка)', period: 'Дата (из заголовка)' });
		expect(r.context.filter((c) => c.source === 'title').map((c) => [c.key, c.value, c.row])).toEqual([
			['group', 'Старшая группа «Солнышко»', 1],
			['date', '15.09.2025', 2]
		]);
		expect(await rows(`SELECT DISTINCT "group", period FROM outcomes_named`)).toEqual([
			{ group: 'Старшая группа «Солнышко»', period: '15.09.2025' }
		]);
		expect(await rejects()).toEqual([
			{ row: 1, reason: 'above_header' },
			{ row: 2, reason: 'above_header' },
			{ row: 3, reason: 'blank_row' },
			{ row: 7, reason: 'section_row' }
		]);
	});

	it('an area merged over «н.г. | к.г.» gives each column its period; the total column is said unused', async () => {
		const r = await load('two-row-header-area-over-periods.csv');
		expect(r).toMatchObject({ kind: 'outcomes', headerRows: 2, rowsIn: 2, rowsLoaded: 2 });
		// «№» numbers the children: it tells namesakes apart, so it is used.
		expect(r.roles.childId).toBe('№');
		expect(r.unused).toEqual([
			{ column: 'Итог | н.г.', reason: 'total' },
			{ column: 'Итог | к.г.', reason: 'total' }
		]);
		expect(
			await rows(
				`SELECT child, area, period, score FROM outcomes_named WHERE child = 'Борисов Глеб' ORDER BY area, period_order`
			)
		).toEqual([
			{ child: 'Борисов Глеб', area: 'Познавательное развитие', period: 'Начало года', score: 1 },
			{ child: 'Борисов Глеб', area: 'Речевое развитие', period: 'Начало года', score: 2 },
			{ child: 'Борисов Глеб', area: 'Речевое развитие', period: 'Конец года', score: 2 }
		]);
		// Rows count from the first data row under the two header rows.
		expect(await rows(`SELECT DISTINCT "row" FROM outcomes ORDER BY "row"`)).toEqual([
			{ row: 3 },
			{ row: 4 }
		]);
	});

	it('a ВПР form: tasks kept with their maxima, an absent pupil and template zeros are not scores', async () => {
		const r = await load('vpr-form-absent-and-template-zeros.csv');
		expect(r).toMatchObject({ kind: 'outcomes', rowsIn: 6, rowsLoaded: 2, scale: { min: 0, max: 3 } });
		expect(await rejects()).toEqual([
			{ row: 1, reason: 'above_header' },
			{ row: 4, reason: 'absent' },
			{ row: 6, reason: 'blank_row' },
			{ row: 7, reason: 'blank_row' }
		]);
		expect(await rows(`SELECT DISTINCT "group", area, period FROM outcomes_named ORDER BY "group"`)).toEqual([
			{ group: '5 класс №1', area: 'Математика', period: 'ВПР 2026' },
			{ group: '5 класс №2', area: 'Математика', period: 'ВПР 2026' }
		]);
		expect(await rows(`SELECT item, max, score FROM outcome_items WHERE "row" = 3 ORDER BY item`)).toEqual([
			{ item: '1 (2б)', max: 2, score: 2 },
			{ item: '2 (1б)', max: 1, score: 1 }
		]);
		expect(r.unused.map((u) => u.column)).toEqual(['Вариант', 'column7', 'column8']);
	});

	it('ФИС ОКО Ф3 is named as a school-level aggregate, its rows kept as the reference', async () => {
		const r = await load('vpr-aggregate-marks-by-level.csv');
		expect(r).toMatchObject({ kind: null, aggregate: 'vpr_marks', headerRow: 3, rowsIn: 4, rowsLoaded: 2 });
		expect(await rejects()).toEqual([
			{ row: 1, reason: 'above_header' },
			{ row: 2, reason: 'above_header' }
		]);
		// Decimal commas read; the rows' levels from their names and order.
		expect(await rows(`SELECT "row", subject, level, n, p2, p5 FROM vpr_reference ORDER BY "row"`)).toEqual([
			{ row: 4, subject: 'Математика', level: 'all', n: 1722202, p2: 0.0506, p5: 0.1769 },
			{ row: 5, subject: 'Математика', level: 'school', n: 89, p2: 0.1236, p5: 0.0787 }
		]);
	});
});

describe('files known by id, not by name', () => {
	it('two dropped files of the same name each account for their own rows', async () => {
		const { reports } = await loadAll(engine, [
			sourceFromBytes('данные.csv', bytes('totals-blanks-and-bad-rows.csv')),
			sourceFromBytes('данные.csv', bytes('title-rows-above-header.csv'))
		]);
		expect(reports.map((r) => [r.rowsIn, r.rowsLoaded, r.rowsRejected])).toEqual([
			[11, 2, 9],
			[5, 2, 3]
		]);
	});
});

describe('headers and cells that must not change the data', () => {
	it('headers named like internal columns or «rowid», and a «#» at a line start, load as written', async () => {
		const r = await load('headers-like-internal-names-and-hash.csv');
		expect(r).toMatchObject({ kind: 'outcomes', rowsIn: 2, rowsLoaded: 2, rowsRejected: 0 });
		expect(r.columns.slice(0, 5)).toEqual(['ФИО ребёнка', '_child (2)', 'rowid', '_period (4)', '_n0 (5)']);
		expect(await rows(`SELECT child, "group", score FROM outcomes_named ORDER BY "row"`)).toEqual([
			{ child: 'Петров Иван', group: 'Группа #3', score: 2 },
			{ child: '#Сидоров Олег', group: 'Группа #3', score: 3 }
		]);
		expect(await rows(`SELECT DISTINCT "row" FROM outcomes ORDER BY "row"`)).toEqual([
			{ row: 2 },
			{ row: 3 }
		]);
	});
});

describe('a workbook with outcomes on several sheets', () => {
	it('is read sheet by sheet, each sheet an entry of its own', async () => {
		const name = 'outcomes-two-sheets-title-row.xlsx';
		const { sources, sheets } = await expandSheets([sourceFromBytes(name, bytes(name))]);
		expect(sources.map((s) => s.name)).toEqual([`${name} — Сентябрь`, `${name} — Май`]);
		expect(sheets).toEqual(['Сентябрь', 'Май']);
		const { reports } = await loadAll(engine, sources, { sheets });
		expect(reports.map((r) => [r.sheet, r.rowsLoaded])).toEqual([
			['Сентябрь', 2],
			['Май', 2]
		]);
		expect(await rows(`SELECT DISTINCT period FROM outcomes_named ORDER BY period`)).toEqual([
			{ period: '15.09.2025' },
			{ period: '20.05.2026' }
		]);
	});

	it('a file with one table, or not a workbook, passes through as it is', async () => {
		const csv = sourceFromBytes('a.csv', bytes('title-rows-group-subject-date.csv'));
		expect(await expandSheets([csv])).toEqual({ sources: [csv], sheets: [undefined] });
	});
});
