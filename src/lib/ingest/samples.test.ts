import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { peopleReport } from '../analysis/quality';
import { loadAll, sourceFromBytes, type FileReport } from './index';

const dir = new URL('../../../data-samples/', import.meta.url);
let engine: Engine;
let reports: FileReport[];

beforeAll(async () => {
	engine = await createNodeEngine();
	const names = readdirSync(dir)
		.filter((n) => n.endsWith('.csv'))
		.sort();
	({ reports } = await loadAll(
		engine,
		names.map((n) => sourceFromBytes(n, readFileSync(new URL(n, dir))))
	));
});
afterAll(() => engine.close());

const byKind = (kind: string) => reports.find((r) => r.kind === kind)!;
const rows = async (sql: string) => (await engine.query(sql)).toArray().map((r) => r.toJSON());

describe('the sample year', () => {
	it('detects each file kind, its encoding and delimiter', () => {
		expect(reports.map((r) => [r.name, r.kind, r.encoding, r.delimiter])).toEqual([
			['monitoring-2025-2026.csv', 'outcomes', 'windows-1251', ';'],
			['plan-methodical-work-2025-2026.csv', 'plan', 'utf-8-bom', ';'],
			['staff-roster.csv', 'roster', 'windows-1251', ';'],
			['survey-deficits-google-forms.csv', 'survey', 'utf-8', ',']
		]);
	});

	it('accounts for every row: loaded or rejected with a reason', async () => {
		for (const r of reports) expect(r.rowsIn).toBe(r.rowsLoaded + r.rowsRejected);
		expect(await rows(`SELECT file, reason, count(*) AS n FROM rejects GROUP BY ALL ORDER BY ALL`)).toEqual([
			{ file: 'monitoring-2025-2026.csv', reason: 'blank_row', n: 1 },
			{ file: 'monitoring-2025-2026.csv', reason: 'total_row', n: 1 },
			{ file: 'survey-deficits-google-forms.csv', reason: 'duplicate_submission', n: 1 }
		]);
	});

	it('keeps the later of a repeated survey submission', async () => {
		const [rejected] = await rows(`SELECT text FROM rejects WHERE reason = 'duplicate_submission'`);
		expect(rejected.text).toMatch(/^06\.10\.2025 .*Морозова Людмила Ивановна/);
		const kept = await rows(
			`SELECT DISTINCT submitted::VARCHAR AS s FROM survey_answers WHERE teacher_key = 'морозова людмила ивановна'`
		);
		expect(kept).toHaveLength(1);
		expect(kept[0].s).not.toMatch(/^2025-10-06/);
	});

	it('reads decimal-comma scores from Windows-1251 on the 0–3 scale, two periods in order', async () => {
		const outcomes = byKind('outcomes');
		expect(
			await rows(`SELECT DISTINCT area, area_order FROM outcomes_named ORDER BY area_order`)
		).toHaveLength(5);
		const periods = await rows(`SELECT period, period_date::VARCHAR AS d, count(DISTINCT child) AS children
			FROM outcomes_named GROUP BY ALL ORDER BY d`);
		expect(periods.map((p) => [p.period, p.d])).toEqual([
			['Сентябрь 2025', '2025-09-01'],
			['Май 2026', '2026-05-01']
		]);
		expect(periods[0].children).toBeGreaterThan(200);
		const [scale] = await rows(
			`SELECT min(scale_min) AS lo, max(scale_max) AS hi, min(score_norm) AS n0, max(score_norm) AS n1 FROM outcomes_named`
		);
		expect(scale).toMatchObject({ lo: 0, hi: 3 });
		expect(scale.n0).toBeGreaterThanOrEqual(0);
		expect(scale.n1).toBeLessThanOrEqual(1);
		expect(outcomes.rowsLoaded).toBe(outcomes.rowsIn - 2);
	});

	it('turns word answers into scores and grid headers into competencies', async () => {
		const competencies = await rows(
			`SELECT competency, count(DISTINCT item) AS items FROM survey_answers GROUP BY ALL ORDER BY ALL`
		);
		expect(competencies).toHaveLength(7);
		for (const c of competencies) expect(c.items).toBe(2);
		const [answers] = await rows(
			`SELECT count(*) FILTER (score IS NULL) AS unscored, min(score) AS lo, max(score) AS hi FROM survey_answers`
		);
		expect(answers).toEqual({ unscored: 0, lo: 1, hi: 4 });
	});

	it('matches survey names written in capitals or with е for ё to roster short names', async () => {
		const unmatched = await rows(
			`SELECT DISTINCT teacher FROM deficits WHERE teacher_key NOT IN (SELECT teacher_key FROM assignments)`
		);
		expect(unmatched).toEqual([]);
	});

	it('reads plan dates given as days, months with a year and «январь 2026 г.»', async () => {
		const events = await rows(
			`SELECT title, date_from::VARCHAR AS f, date_to::VARCHAR AS t FROM events ORDER BY "row"`
		);
		expect(events).toHaveLength(11);
		expect(events.find((e) => e.title.startsWith('Мнемотехника'))).toMatchObject({
			f: '2026-01-01',
			t: '2026-01-31'
		});
		expect(events.find((e) => e.title.startsWith('Речевые игры'))).toMatchObject({
			f: '2025-11-14',
			t: '2025-11-14'
		});
	});

	it('shows the planted deficits: ICT widespread, speech in the educators of five groups', async () => {
		const prevalence = await rows(
			`SELECT competency, avg(is_deficit::INT) AS share, count(*) AS n FROM deficits GROUP BY ALL ORDER BY share DESC`
		);
		expect(prevalence[0].competency).toBe('Применение ИКТ в образовательном процессе');
		expect(prevalence[0].share).toBeGreaterThan(0.4);
		const speech = prevalence.find((p) => p.competency === 'Развитие речи детей')!;
		expect(speech.share * speech.n).toBeGreaterThanOrEqual(10);
	});
});

describe('loading again', () => {
	it('starts from empty tables and forgets the raw tables of the earlier load', async () => {
		const fresh = await createNodeEngine();
		const names = readdirSync(dir)
			.filter((n) => n.endsWith('.csv'))
			.sort();
		const sources = names.map((n) => sourceFromBytes(n, readFileSync(new URL(n, dir))));
		await loadAll(fresh, sources);
		const first = (await fresh.query(`SELECT count(*) AS n FROM outcomes`)).get(0)?.n;
		await loadAll(fresh, [sources[0]]);
		expect((await fresh.query(`SELECT count(*) AS n FROM outcomes`)).get(0)?.n).toBe(first);
		const raw = await fresh.query(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'raw%'`);
		expect(raw.numRows).toBe(1);
		await fresh.close();
	});
});

describe('people across the sample files', () => {
	it('lists roster teachers without a survey, and finds every survey respondent on the roster', async () => {
		const report = await peopleReport(engine);
		expect(report.teachers).toBe(24);
		expect(report.noSurvey).toEqual(['Андреев М.О.', 'Николаева Л.Б.']);
		expect(report.notInRoster).toEqual([]);
		expect(report.ambiguous).toEqual([]);
		expect(report.unknownParticipants).toEqual([]);
		expect(report.matches).toContainEqual({
			written: 'Семёнова В.Ф.',
			teacher: 'Семенова Валентина Федоровна'
		});
		expect(report.matches).toContainEqual({
			written: 'Соколова И.В.',
			teacher: 'Соколова Ирина Владимировна'
		});
	});

	it('reaches the ten named educators through the speech master class, everyone through «все»', async () => {
		const [speech] = await rows(`SELECT count(DISTINCT teacher_key) AS n FROM event_participants p
			JOIN events e ON e."row" = p.event_row WHERE e.title = 'Речевые игры в режимных моментах'`);
		expect(speech.n).toBe(10);
		const [all] = await rows(`SELECT count(*) FILTER (everyone) AS n FROM event_participants`);
		expect(all.n).toBe(9);
	});
});

describe('links in the sample year', () => {
	it('links plan events to competencies, declared or by free text, and leaves the rest unlinked', async () => {
		const links = await rows(`SELECT e.title, t.competency, t.how FROM events e
			LEFT JOIN event_targets t ON t.file = e.file AND t.event_row = e."row" ORDER BY e."row"`);
		const byTitle = Object.fromEntries(links.map((l) => [l.title, l.competency]));
		expect(byTitle['Театрализованные игры с детьми']).toBe('Организация игровой деятельности');
		expect(byTitle['Мнемотехника в развитии связной речи']).toBe('Развитие речи детей');
		expect(byTitle['Безопасность детей на прогулке']).toBeNull();
		expect(byTitle['Итоги года: анализ мониторинга']).toBeNull();
		expect(links.filter((l) => l.competency === 'Применение ИКТ в образовательном процессе')).toEqual([]);
	});

	it('maps competencies to the outcome areas by name', async () => {
		const map = await rows(`SELECT competency, area FROM competency_area ORDER BY ALL`);
		expect(map).toContainEqual({ competency: 'Развитие речи детей', area: 'Речевое развитие' });
		expect(map).toContainEqual({ competency: 'Здоровьесберегающие технологии', area: 'Физическое развитие' });
		expect(map.map((m) => m.competency)).not.toContain('Применение ИКТ в образовательном процессе');
	});
});
