import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAll } from '../analysis';
import { createNodeEngine } from '../engine/node';
import { translator } from '../i18n';
import type { Engine } from '../engine/types';
import { loadAll, normaliseAll, sourceFromBytes, type FileReport } from './index';

/**
 * Real exports from public sources (../shared/real-exports, each case with its SOURCE.md), read in place
 * as CI lays them beside the clone: what a methodist's first files are. Never copied into the project.
 */
const REAL = new URL('../../../../shared/real-exports/', import.meta.url);
const real = (path: string) => sourceFromBytes(path.split('/').pop()!, readFileSync(new URL(path, REAL)));

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

async function load(...paths: string[]): Promise<FileReport[]> {
	const { reports } = await loadAll(engine, paths.map(real));
	for (const r of reports)
		expect(r.rowsIn, `${r.name}: in = loaded + rejected`).toBe(r.rowsLoaded + r.rowsRejected);
	return reports;
}
const rows = async (sql: string) => (await engine.query(sql)).toArray().map((r) => r.toJSON());
const list = async (sql: string) => (await rows(sql)).map((r) => Object.values(r)[0]);
const reasons = async (file: string) =>
	Object.fromEntries(
		(
			await rows(`SELECT reason, count(*)::INTEGER AS n FROM rejects WHERE file = '${file}' GROUP BY reason`)
		).map((r) => [r.reason, r.n])
	);
const children = async () => Number((await rows(`SELECT count(*) AS n FROM children`))[0].n);

describe("a teacher's grade sheet (grades-dz02-cp1251)", () => {
	it('subjects of any name are outcome columns: 10 pupils × 5 subjects, marks 2–5', async () => {
		const [r] = await load('grades-dz02-cp1251/dz02.csv');
		expect(r).toMatchObject({ kind: 'outcomes', encoding: 'windows-1251', delimiter: ',' });
		expect(r).toMatchObject({ rowsIn: 10, rowsLoaded: 10, rowsRejected: 0, scale: { min: 2, max: 5 } });
		expect(await list(`SELECT name FROM areas ORDER BY area_order`)).toEqual([
			'Алгебра',
			'Английский',
			'Биология',
			'География',
			'Геометрия'
		]);
		expect(await children()).toBe(10);
		expect(Number((await rows(`SELECT count(*) AS n FROM outcomes`))[0].n)).toBe(50);
		expect(r.unused).toEqual([]);
	});
});

describe('ФИС ОКО forms of a real school (vpr-fis-oko-urus-martan)', () => {
	it('Ф1: the code is the pupil, «Отметка» the mark on the subject of «Предмет:», the date from «Дата:»', async () => {
		const [r] = await load('vpr-fis-oko-urus-martan/Ф1_Индивидуальные результаты.xlsx');
		expect(r).toMatchObject({ kind: 'outcomes', headerRow: 8, rowsIn: 58, rowsLoaded: 50, rowsRejected: 8 });
		expect(r.roles).toMatchObject({
			child: 'Код участника',
			group: 'Класс (параллель из заголовка)',
			period: 'Дата (из заголовка)',
			area: 'Предмет (из заголовка)',
			score: 'Отметка',
			journal: 'Отметка по журналу'
		});
		expect(r.roles.items).toHaveLength(15);
		expect(r.scale).toEqual({ min: 2, max: 5, words: false });
		expect(await reasons(r.name)).toEqual({ above_header: 6, blank_row: 1, section_row: 1 });
		expect(await list(`SELECT name FROM areas`)).toEqual(['Русский язык']);
		expect(await rows(`SELECT label, period_date::VARCHAR AS d FROM periods`)).toEqual([
			{ label: '20.04.2026', d: '2026-04-20' }
		]);
		expect(await list(`SELECT name FROM groups ORDER BY name`)).toEqual(['4 класс №1', '4 класс №2']);
		expect(await children()).toBe(50);
		// Marks as the form holds them: 2 ×8, 3 ×27, 4 ×12, 5 ×3 (RESULTS.md).
		expect(
			await rows(`SELECT score::INTEGER AS mark, count(*)::INTEGER AS n FROM outcomes GROUP BY 1 ORDER BY 1`)
		).toEqual([
			{ mark: 2, n: 8 },
			{ mark: 3, n: 27 },
			{ mark: 4, n: 12 },
			{ mark: 5, n: 3 }
		]);
		// Tasks kept with the maximum their header declares; the journal's mark beside the ВПР mark.
		const tasks = await rows(
			`SELECT item, max, count(*)::INTEGER AS n FROM outcome_items WHERE item <> 'Отметка по журналу'
			 GROUP BY item, max ORDER BY min("row"), item LIMIT 3`
		);
		expect(tasks).toEqual([
			{ item: '1 (2б)', max: 2, n: 50 },
			{ item: '10.1 (1б)', max: 1, n: 50 },
			{ item: '10.2 (2б)', max: 2, n: 50 }
		]);
		expect(
			Number((await rows(`SELECT count(*) AS n FROM outcome_items WHERE item = 'Отметка по журналу'`))[0].n)
		).toBe(50);
		expect(r.context.find((c) => c.key === 'subject')).toMatchObject({ value: 'Русский язык', row: 3 });
	});

	it("Ф1: the ordinal classes are named as the school names them, from the file's card", async () => {
		const path = 'vpr-fis-oko-urus-martan/Ф1_Индивидуальные результаты.xlsx';
		const { raws, reports } = await loadAll(engine, [real(path)]);
		const column = 'Класс (параллель из заголовка)';
		expect(reports[0].virtualValues[column]).toEqual(['4 класс №1', '4 класс №2']);
		const values = { [column]: { '4 класс №1': '4А', '4 класс №2': '4Б' } };
		const [again] = await normaliseAll(engine, raws, [{ kind: 'outcomes', roles: reports[0].roles, values }]);
		expect(again).toMatchObject({ rowsLoaded: 50, values });
		expect(await list(`SELECT name FROM groups ORDER BY name`)).toEqual(['4А', '4Б']);
		expect(await children()).toBe(50);
	});

	it('Ф3 and «Сравнение отметок» are school-level aggregates, named so, with no pupil rows; Ф3 kept as the reference', async () => {
		const [f3, compare] = await load(
			'vpr-fis-oko-urus-martan/Ф3_Статистика по отметкам.xlsx',
			'vpr-fis-oko-urus-martan/2849657.xlsx'
		);
		expect(f3).toMatchObject({ kind: null, aggregate: 'vpr_marks', rowsIn: 11, rowsLoaded: 4 });
		expect(compare).toMatchObject({ kind: null, aggregate: 'vpr_compare', rowsIn: 10, rowsLoaded: 0 });
		expect(await reasons(f3.name)).not.toHaveProperty('aggregate_form');
		expect(await reasons(compare.name)).toMatchObject({ aggregate_form: 3 });
	});
});

describe('the ВПР collection form (vpr-collection-form-english8)', () => {
	it('12 pupils, one absent; 1 486 template rows of formula zeros are blank rows', async () => {
		const [r] = await load(
			'vpr-collection-form-english8/Форма сбора результатов Английский язык 8 класс ВПР 2026.xlsx'
		);
		expect(r).toMatchObject({ kind: 'outcomes', sheet: 'Протокол', rowsIn: 1498, rowsLoaded: 11 });
		expect(await reasons(r.name)).toEqual({ blank_row: 1486, absent: 1 });
		expect(r.roles).toMatchObject({
			child: 'Код участника',
			score: 'Итого баллов',
			area: 'Предмет (из имени файла)'
		});
		// The total of 7 tasks of 5, 5, 5, 3, 2, 3, 2 points.
		expect(r.scale).toEqual({ min: 0, max: 25, words: false });
		expect(await list(`SELECT name FROM areas`)).toEqual(['Английский язык']);
		expect(await list(`SELECT label FROM periods`)).toEqual(['ВПР 2026']);
		expect(await list(`SELECT name FROM groups ORDER BY name`)).toEqual(['8 класс №1', '8 класс №2']);
		expect(await children()).toBe(11);
		expect(await list(`SELECT DISTINCT item FROM outcome_items ORDER BY item`)).toHaveLength(8);
		expect(r.unused.filter((u) => u.reason === 'unnamed')).toHaveLength(9);
	});
});

describe('a kindergarten diagnostic card and group summary (kindergarten-indicator-card)', () => {
	const group = 'Вторая младшая группа «Ромашка»';

	it("the card: one area from the title, 12 indicators over «сент. | май», their mean the area's score", async () => {
		const [r] = await load('kindergarten-indicator-card/Диагностика 2 мл. гр. Ромашка 2025-2026.xlsx');
		expect(r).toMatchObject({ kind: 'outcomes', headerRow: 5, headerRows: 2, rowsIn: 19, rowsLoaded: 12 });
		expect(await reasons(r.name)).toEqual({ above_header: 4, total_row: 1, blank_row: 1, section_row: 1 });
		// The legend under the table («3 балла — …; 2 балла — …; 1 балл — …») gives the scale: 1–3, not a 0–3 guess.
		expect(r.scale).toEqual({ min: 1, max: 3, words: false });
		expect(await list(`SELECT name FROM areas`)).toEqual(['Познавательное развитие']);
		expect(await list(`SELECT name FROM groups`)).toEqual([group]);
		expect(await list(`SELECT label FROM periods ORDER BY period_order`)).toEqual([
			'Сентябрь 2025',
			'Май 2026'
		]);
		expect(await children()).toBe(12);
		// The child who left before May has September only.
		expect(
			await rows(
				`SELECT period, count(*)::INTEGER AS n FROM outcomes_named GROUP BY period, period_order ORDER BY period_order`
			)
		).toEqual([
			{ period: 'Сентябрь 2025', n: 12 },
			{ period: 'Май 2026', n: 11 }
		]);
		expect(await list(`SELECT count(DISTINCT item)::INTEGER FROM outcome_items`)).toEqual([12]);
		// «№» numbers the children (told namesakes apart); the totals are said unused.
		expect(r.roles.childId).toBe('№ п/п');
		expect(r.unused.map((u) => u.reason)).toEqual(['total', 'total']);
	});

	it('the summary: five areas over «н.г. | к.г.», group and year from the title', async () => {
		const [r] = await load('kindergarten-indicator-card/Сводная таблица 2 мл. гр. Ромашка 2025-2026.xlsx');
		expect(r).toMatchObject({ kind: 'outcomes', headerRow: 2, headerRows: 2, rowsIn: 14, rowsLoaded: 12 });
		expect(await reasons(r.name)).toEqual({ above_header: 1, total_row: 1 });
		expect(await list(`SELECT name FROM areas ORDER BY area_order`)).toEqual([
			'Социально-коммуникативное развитие',
			'Познавательное развитие',
			'Речевое развитие',
			'Художественно-эстетическое развитие',
			'Физическое развитие'
		]);
		expect(await list(`SELECT label FROM periods ORDER BY period_order`)).toEqual([
			'Начало года',
			'Конец года'
		]);
		expect(await list(`SELECT name FROM groups`)).toEqual([group]);
		expect(await children()).toBe(12);
		expect(Number((await rows(`SELECT count(*) AS n FROM outcomes`))[0].n)).toBe(12 * 5 + 11 * 5);
		// «№» numbers the children (told namesakes apart); the totals are said unused.
		expect(r.roles.childId).toBe('№ п/п');
		expect(r.unused.map((u) => u.reason)).toEqual(['total', 'total']);
		// Alone, with no legend, its means 1,4–3,0 are read on the levels' 0–3.
		expect(r.scale).toEqual({ min: 0, max: 3, words: false });
	});

	it('both files name the same group, so a child is one child across them, on the card’s scale', async () => {
		const [card, summary] = await load(
			'kindergarten-indicator-card/Диагностика 2 мл. гр. Ромашка 2025-2026.xlsx',
			'kindergarten-indicator-card/Сводная таблица 2 мл. гр. Ромашка 2025-2026.xlsx'
		);
		expect(await list(`SELECT name FROM groups`)).toEqual([group]);
		expect(await children()).toBe(12);
		// The summary has no legend; the card about the same group states 1–3: both are read on it, so one
		// child's 2 is 50 % in either file's charts (on a guessed 0–3 the summary said 67 %).
		expect(card.scale).toEqual({ min: 1, max: 3, words: false });
		expect(summary.scale).toEqual({ min: 1, max: 3, words: false, from: card.name });
		const scales = await rows(`SELECT file, scale_min, scale_max FROM files ORDER BY file_id`);
		expect(scales.map((f) => [f.scale_min, f.scale_max])).toEqual([
			[1, 3],
			[1, 3]
		]);
	});

	it('a summary of another group beside the card keeps its own reading of its values', async () => {
		const other = 'outcomes-summary-other-group-no-legend.csv';
		const { reports } = await loadAll(engine, [
			real('kindergarten-indicator-card/Диагностика 2 мл. гр. Ромашка 2025-2026.xlsx'),
			sourceFromBytes(other, readFileSync(new URL(`./fixtures/${other}`, import.meta.url)))
		]);
		expect(reports[1]).toMatchObject({ kind: 'outcomes', rowsLoaded: 3 });
		expect(reports[1].scale).toEqual({ min: 0, max: 3, words: false });
	});
});

describe("one school's four inputs around ВПР (school-4class-full)", () => {
	it('Ф1, the Google Forms survey, the staff table and the plan all load, and the findings say what cannot be linked', async () => {
		const dir = 'school-4class-full/';
		const [survey, roster, plan, f1] = await load(
			`${dir}Диагностика профессиональных дефицитов (Ответы) - Ответы на форму (1).csv`,
			`${dir}Педагогический состав 2025-2026.csv`,
			`${dir}План мероприятий по итогам ВПР-2026.csv`,
			`${dir}Ф1_Индивидуальные результаты.xlsx`
		);
		expect(survey).toMatchObject({ kind: 'survey', rowsIn: 9, rowsLoaded: 8, rowsRejected: 1 });
		expect(roster).toMatchObject({ kind: 'roster', rowsIn: 10, rowsLoaded: 9, rowsRejected: 1 });
		expect(plan).toMatchObject({ kind: 'plan', rowsIn: 11, rowsLoaded: 10, rowsRejected: 1 });
		expect(f1).toMatchObject({ kind: 'outcomes', rowsIn: 58, rowsLoaded: 50 });
		expect(await list(`SELECT count(*)::INTEGER FROM teachers`)).toEqual([9]);
		expect(await list(`SELECT count(DISTINCT teacher_key)::INTEGER FROM deficits`)).toEqual([8]);
		expect(await list(`SELECT count(*)::INTEGER FROM events WHERE date_from IS NOT NULL`)).toEqual([10]);
		// The staff table: subjects from «Преподаваемые учебные предметы…» split at «;»; «Классное
		// руководство» kept apart, and taken as the class taught only by the primary-school teachers.
		expect(await list(`SELECT count(*)::INTEGER FROM homerooms`)).toEqual([5]);
		expect(
			await rows(
				`SELECT "group", count(*)::INTEGER AS subjects FROM assignments WHERE "group" IS NOT NULL GROUP BY ALL ORDER BY ALL`
			)
		).toEqual([
			{ group: '4А', subjects: 5 },
			{ group: '4Б', subjects: 5 },
			{ group: '4В', subjects: 4 }
		]);
		expect(await list(`SELECT area FROM assignments WHERE teacher LIKE 'Алиев%' ORDER BY area`)).toEqual([
			'Алгебра',
			'Вероятность и статистика',
			'Геометрия',
			'Математика'
		]);
		const t = translator('ru');
		const { findings } = await analyzeAll(engine, t, 'ru');
		expect(findings).not.toContain(t('finding.none'));
		expect(findings).toContain(t('missing.pairs'));
	});
});
