import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, sourceFromBytes } from './index';

/** The real school case, read in place beside the project (as CI lays it out), never copied in. */
const CASE = resolve('../shared/real-exports/school-4class-full');
const SURVEY = 'Диагностика профессиональных дефицитов (Ответы) - Ответы на форму (1).csv';
const PLAN = 'План мероприятий по итогам ВПР-2026.csv';
const ROSTER = 'Педагогический состав 2025-2026.csv';
const source = (name: string) => sourceFromBytes(name, readFileSync(resolve(CASE, name)));

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());
const rows = async (sql: string) => (await engine.query(sql)).toArray().map((r) => r.toJSON());

describe('a real Google Forms survey and a real plan «по итогам ВПР»', () => {
	it('reads the three-point phrases of the survey: every teacher loaded, the repeat reported', async () => {
		const [r] = (await loadAll(engine, [source(SURVEY)])).reports;
		expect(r).toMatchObject({ kind: 'survey', rowsIn: 9, rowsLoaded: 8, rowsRejected: 1 });
		expect(await rows(`SELECT "row", reason FROM rejects`)).toEqual([
			{ row: 2, reason: 'duplicate_submission' }
		]);
		expect(r.answerScales).toEqual([
			{
				grids: [
					'Раздел I. Общепедагогическая профессиональная компетентность',
					'Раздел II. Оценочно-рефлексивная компетентность',
					'Раздел III. Подготовка и проведение уроков',
					'Раздел IV. Психолого-педагогическая компетентность',
					'Раздел V. Коммуникативная компетентность'
				],
				answers: [
					{ answer: 'Испытываю затруднения', score: 1 },
					{ answer: 'Получается, но необходимо совершенствование', score: 2 },
					{ answer: 'Получается хорошо', score: 3 }
				],
				levels: 3,
				how: 'cues',
				missing: [],
				unknown: []
			}
		]);
		const [totals] = await rows(
			`SELECT count(DISTINCT item) AS items, count(DISTINCT competency) AS competencies,
			   count(DISTINCT teacher_key) AS teachers FROM survey_answers`
		);
		expect(totals).toEqual({ items: 26, competencies: 26, teachers: 8 });
		// The psychologist left two lesson items empty: missing, not zero, and her other 24 count.
		const [psy] = await rows(
			`SELECT count(*) AS n FROM survey_answers WHERE teacher = 'Садулаева Раиса Хамзатовна'`
		);
		expect(psy.n).toBe(24);
		expect(await rows(`SELECT count(*) AS n FROM cell_notes`)).toEqual([{ n: 0 }]);
	});

	it('keeps all ten events of the plan, without dates when nothing says which school year', async () => {
		const [r] = (await loadAll(engine, [source(PLAN)])).reports;
		expect(r).toMatchObject({ kind: 'plan', rowsIn: 11, rowsLoaded: 10, rowsRejected: 1 });
		expect(await rows(`SELECT "row", reason FROM rejects`)).toEqual([{ row: 1, reason: 'above_header' }]);
		const events = await rows(
			`SELECT date_how AS how, count(*) AS n, count(date_from) AS dated FROM events GROUP BY ALL ORDER BY ALL`
		);
		expect(events).toEqual([
			{ how: 'recurring', n: 1, dated: 0 },
			{ how: 'relative', n: 9, dated: 0 }
		]);
		// Executors are roles, not people: kept as written.
		expect(await rows(`SELECT responsible FROM events WHERE "row" = 7`)).toEqual([
			{ responsible: 'Руководитель ШМО' }
		]);
	});

	it('dates the plan from the school year the other files name («Педагогический состав 2025-2026»)', async () => {
		await loadAll(engine, [source(PLAN), source(SURVEY), source(ROSTER)]);
		expect(
			await rows(`SELECT count(*) AS n, min(date_from)::VARCHAR AS f, max(date_to)::VARCHAR AS t FROM events`)
		).toEqual([{ n: 10, f: '2025-09-01', t: '2026-05-31' }]);
	});
});
