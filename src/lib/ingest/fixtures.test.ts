import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, normaliseAll, readRaw, sourceFromBytes, type FileReport } from './index';

/** One fixture per quirk of real exports (scripts/make-fixtures.ts writes them). */
const fixture = (name: string) =>
	sourceFromBytes(name, readFileSync(new URL(`fixtures/${name}`, import.meta.url)));

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

async function load(name: string): Promise<FileReport> {
	const { reports } = await loadAll(engine, [fixture(name)]);
	const [report] = reports;
	expect(report.rowsIn, 'rows in = loaded + rejected').toBe(report.rowsLoaded + report.rowsRejected);
	return report;
}
const rows = async (sql: string) => (await engine.query(sql)).toArray().map((r) => r.toJSON());
const rejects = () => rows(`SELECT "row", reason FROM rejects ORDER BY "row"`);

describe('reading', () => {
	it('a short `;` file with two decimal-comma scores a row: every child read, scores whole', async () => {
		const r = await load('outcomes-semicolon-two-decimal-columns-short.csv');
		expect(r).toMatchObject({ kind: 'outcomes', delimiter: ';', rowsIn: 6, rowsLoaded: 6 });
		expect(
			await rows(`SELECT child, area, score FROM outcomes_named WHERE child = 'Волков Илья' ORDER BY area`)
		).toEqual([
			{ child: 'Волков Илья', area: 'Познавательное развитие', score: 1.3 },
			{ child: 'Волков Илья', area: 'Речевое развитие', score: 2.3 }
		]);
	});

	it('Windows-1251, `;`, decimal comma', async () => {
		const r = await load('cp1251-semicolon-decimal-comma.csv');
		expect(r).toMatchObject({
			kind: 'outcomes',
			encoding: 'windows-1251',
			delimiter: ';',
			rowsIn: 3,
			rowsLoaded: 3
		});
		expect(
			await rows(
				`SELECT child, area, period, score FROM outcomes_named WHERE child = 'Белова Алиса' ORDER BY area`
			)
		).toEqual([
			{ child: 'Белова Алиса', area: 'Познавательное развитие', period: 'Сентябрь 2025', score: 1.75 },
			{ child: 'Белова Алиса', area: 'Речевое развитие', period: 'Сентябрь 2025', score: 2.25 }
		]);
	});

	it('UTF-8 with BOM and `,`', async () => {
		const r = await load('utf8-bom-comma-roster.csv');
		expect(r).toMatchObject({ kind: 'roster', encoding: 'utf-8-bom', delimiter: ',', rowsLoaded: 2 });
		expect(await rows(`SELECT teacher, "group", area FROM assignments ORDER BY teacher`)).toEqual([
			{ teacher: 'Иванова А.А.', group: 'Ромашка', area: null },
			{ teacher: 'Петров П.П.', group: null, area: 'Физическое развитие' }
		]);
	});

	it('UTF-16 LE with BOM, tab-separated (Excel «Текст в Юникоде»)', async () => {
		const r = await load('utf16le-bom-tab-plan.txt');
		expect(r).toMatchObject({ kind: 'plan', encoding: 'utf-16le', delimiter: '\t', rowsLoaded: 1 });
		expect(await rows(`SELECT title, date_from::VARCHAR AS f, date_to::VARCHAR AS t FROM events`)).toEqual([
			{ title: 'Семинар «Игра»', f: '2025-10-01', t: '2025-10-31' }
		]);
	});

	it('quoted fields holding delimiters, quotes and line breaks', async () => {
		const r = await load('quoted-delimiters-quotes-newlines-plan.csv');
		expect(r).toMatchObject({ kind: 'plan', rowsIn: 2, rowsLoaded: 2 });
		const events = await rows(
			`SELECT title, participants, date_from::VARCHAR AS f FROM events ORDER BY "row"`
		);
		expect(events[0]).toEqual({
			title: 'Мастер-класс "Мнемотехника"; часть 1',
			participants: 'Иванова А.А.; Петрова Б.Б.',
			f: '2025-11-14'
		});
		expect(events[1].title).toMatch(/^Круглый стол:\r?\nитоги полугодия$/);
		expect(events[1].f).toBe('2026-01-20');
	});

	it('title rows above the header are found, skipped and reported', async () => {
		const r = await load('title-rows-above-header.csv');
		expect(r).toMatchObject({ kind: 'outcomes', headerRow: 4, rowsIn: 5, rowsLoaded: 2, rowsRejected: 3 });
		expect(await rejects()).toEqual([
			{ row: 1, reason: 'above_header' },
			{ row: 2, reason: 'above_header' },
			{ row: 3, reason: 'blank_row' }
		]);
		// The title's «2025/26» places the phases in that school year.
		expect(
			await rows(
				`SELECT DISTINCT period, p.period_date::VARCHAR AS d, p.period_end::VARCHAR AS e FROM outcomes_named
				 JOIN periods p USING (period_id) ORDER BY outcomes_named.period_order`
			)
		).toEqual([
			{ period: 'Начало года', d: '2025-09-01', e: '2025-09-30' },
			{ period: 'Конец года', d: '2026-05-01', e: '2026-05-31' }
		]);
		expect(await rows(`SELECT DISTINCT "row" FROM outcomes ORDER BY "row"`)).toEqual([
			{ row: 5 },
			{ row: 6 }
		]);
	});

	it('an .xlsx workbook: first sheet with data, dates as dates, another sheet on request', async () => {
		const r = await load('outcomes-two-sheets-title-row.xlsx');
		expect(r).toMatchObject({
			kind: 'outcomes',
			format: 'xlsx',
			sheets: ['Сентябрь', 'Май'],
			// The other sheet with data is said on the card, never silently left.
			filledSheets: ['Сентябрь', 'Май'],
			sheet: 'Сентябрь',
			headerRow: 2,
			rowsIn: 3,
			rowsLoaded: 2
		});
		expect(await rows(`SELECT DISTINCT period, period_date::VARCHAR AS d FROM outcomes_named`)).toEqual([
			{ period: '15.09.2025', d: '2025-09-15' }
		]);
		const may = await readRaw(engine, fixture('outcomes-two-sheets-title-row.xlsx'), 0, { sheet: 'Май' });
		await normaliseAll(engine, [may]);
		expect(await rows(`SELECT DISTINCT period FROM outcomes_named`)).toEqual([{ period: '20.05.2026' }]);
		expect(await rows(`SELECT avg(score) AS mean FROM outcomes`)).toEqual([{ mean: 2.75 }]);
	});
});

describe('row accounting', () => {
	it('rejects each bad row with its reason and keeps the good ones, trimmed', async () => {
		const r = await load('totals-blanks-and-bad-rows.csv');
		expect(r).toMatchObject({ rowsIn: 11, rowsLoaded: 2, rowsRejected: 9 });
		expect(await rejects()).toEqual([
			{ row: 3, reason: 'blank_row' },
			{ row: 4, reason: 'no_child' },
			{ row: 5, reason: 'no_group' },
			{ row: 6, reason: 'no_period' },
			{ row: 7, reason: 'bad_period' },
			{ row: 8, reason: 'bad_score' },
			{ row: 9, reason: 'score_out_of_scale' },
			{ row: 10, reason: 'no_scores' },
			{ row: 11, reason: 'total_row' }
		]);
		const [bad] = await rows(`SELECT text FROM rejects WHERE reason = 'bad_score'`);
		expect(bad.text).toBe('Титов Лев;Ромашка;Сентябрь 2025;два;2');
		expect(await rows(`SELECT DISTINCT child FROM outcomes_named ORDER BY child`)).toEqual([
			{ child: 'Белов Артём' },
			{ child: 'Жуков Фёдор' }
		]);
	});
});

describe('shapes and scales', () => {
	it('long outcomes with level words on the 0–3 scale', async () => {
		const r = await load('long-outcomes-level-words.csv');
		expect(r).toMatchObject({ kind: 'outcomes', rowsIn: 8, rowsLoaded: 7, rowsRejected: 1 });
		expect(r.scale).toEqual({ min: 0, max: 3, words: true });
		expect(await rejects()).toEqual([{ row: 9, reason: 'bad_score' }]);
		const scored = await rows(
			`SELECT child, area, period, score, level FROM outcomes_named ORDER BY child, area, period_order`
		);
		expect(scored.map((s) => [s.child, s.area, s.period, s.score, s.level])).toEqual([
			['Белов Артём', 'Речевое развитие', 'Начало года', 1, 'low'],
			['Белов Артём', 'Речевое развитие', 'Конец года', 2, 'mid'],
			['Белов Артём', 'Физическое развитие', 'Начало года', 1, 'low'],
			['Белов Артём', 'Физическое развитие', 'Конец года', 2, 'mid'],
			['Белова Алиса', 'Речевое развитие', 'Начало года', 1, 'low'],
			['Белова Алиса', 'Речевое развитие', 'Конец года', 3, 'high'],
			['Белова Алиса', 'Физическое развитие', 'Конец года', 3, 'high']
		]);
		expect(await rows(`SELECT scale_min, scale_max FROM files`)).toEqual([{ scale_min: 0, scale_max: 3 }]);
	});

	it('school periods in their usual spellings sort within the year, and take its months from the other files', async () => {
		const r = await load('outcomes-school-periods.csv');
		expect(r).toMatchObject({ kind: 'outcomes', rowsIn: 7, rowsLoaded: 7, rowsRejected: 0 });
		const order = async () =>
			(await rows(`SELECT label FROM periods ORDER BY period_order`)).map((p) => p.label);
		const expected = [
			'1 четверть',
			'II четверть',
			'1 полугодие',
			'3-я четверть',
			'IV четверть',
			'2 полугодие',
			'Год'
		];
		const sorted = await order();
		expect(sorted.indexOf('1 четверть')).toBeLessThan(sorted.indexOf('II четверть'));
		expect(sorted.slice(-1)).toEqual(['Год']);
		expect(new Set(sorted)).toEqual(new Set(expected));
		// With a survey of September 2025 in the same load, the quarters become months of 2025/26.
		await loadAll(engine, [
			fixture('outcomes-school-periods.csv'),
			fixture('survey-three-point-phrases.csv')
		]);
		expect(
			await rows(
				`SELECT label, period_date::VARCHAR AS f, period_end::VARCHAR AS t FROM periods
				 WHERE label IN ('1 четверть', 'IV четверть', 'Год') ORDER BY period_order`
			)
		).toEqual([
			{ label: '1 четверть', f: '2025-09-01', t: '2025-10-31' },
			{ label: 'IV четверть', f: '2026-04-01', t: '2026-05-31' },
			{ label: 'Год', f: '2025-09-01', t: '2026-05-31' }
		]);
		expect((await order()).filter((l) => expected.includes(l))).toEqual([
			'1 четверть',
			'II четверть',
			'1 полугодие',
			'3-я четверть',
			'IV четверть',
			'2 полугодие',
			'Год'
		]);
	});

	it('long survey with numbers 1–5: the later of two answers counts', async () => {
		const r = await load('survey-long-numeric-1-5.csv');
		expect(r).toMatchObject({ kind: 'survey', rowsIn: 5, rowsLoaded: 3, rowsRejected: 2 });
		expect(r.scale).toEqual({ min: 1, max: 5, words: false });
		expect(await rejects()).toEqual([
			{ row: 4, reason: 'duplicate_answer' },
			{ row: 6, reason: 'no_answers' }
		]);
		expect(
			await rows(`SELECT teacher_key, competency, score_norm, is_deficit FROM deficits ORDER BY ALL`)
		).toEqual([
			{ teacher_key: 'иванова анна андреевна', competency: 'ИКТ', score_norm: 0.25, is_deficit: true },
			{ teacher_key: 'иванова анна андреевна', competency: 'Речь', score_norm: 1, is_deficit: false },
			{ teacher_key: 'петрова бэлла борисовна', competency: 'ИКТ', score_norm: 0, is_deficit: true }
		]);
	});

	it('Google Forms grid: two questions feed one competency, repeated submission reported, «затрудняюсь» missing', async () => {
		const r = await load('survey-forms-two-questions-per-competency.csv');
		expect(r).toMatchObject({ kind: 'survey', rowsIn: 4, rowsLoaded: 3, rowsRejected: 1 });
		expect(r.scale).toEqual({ min: 1, max: 4, words: true });
		expect(await rejects()).toEqual([{ row: 3, reason: 'duplicate_submission' }]);
		const deficits = await rows(
			`SELECT teacher_key, competency, score_norm, is_deficit FROM deficits ORDER BY ALL`
		);
		expect(deficits.map((d) => [d.teacher_key, d.competency, d.is_deficit])).toEqual([
			['иванова анна андреевна', 'ИКТ', true],
			['иванова анна андреевна', 'Речь', false],
			['петрова бэлла борисовна', 'ИКТ', false],
			['петрова бэлла борисовна', 'Речь', false],
			['сидорова вера викторовна', 'ИКТ', false],
			['сидорова вера викторовна', 'Речь', false]
		]);
		expect(deficits[0].score_norm).toBeCloseTo(1 / 6);
		expect(deficits[2].score_norm).toBeCloseTo(5 / 6);
		// «затрудняюсь» is no answer: Сидорова's ИКТ rests on her one other question.
		expect(deficits[4].score_norm).toBeCloseTo(2 / 3);
	});

	it('survey phrases on a three-point scale: an unknown phrase skips its cell, not the submission', async () => {
		const r = await load('survey-three-point-phrases.csv');
		expect(r).toMatchObject({ kind: 'survey', rowsIn: 6, rowsLoaded: 4, rowsRejected: 2 });
		expect(await rejects()).toEqual([
			{ row: 2, reason: 'duplicate_submission' },
			{ row: 6, reason: 'bad_answer' }
		]);
		expect(await rows(`SELECT "row", "column", reason, text FROM cell_notes ORDER BY ALL`)).toEqual([
			{ row: 5, column: 'Раздел I [Одарённые]', reason: 'bad_answer_cell', text: 'см. комментарий' },
			{ row: 6, column: 'Раздел I [Одарённые]', reason: 'bad_answer_cell', text: 'не помню' }
		]);
		// One scale for both grids, though nobody answered grid I in the middle.
		expect(r.answerScales).toEqual([
			{
				grids: ['Раздел I', 'Раздел II'],
				answers: [
					{ answer: 'Испытываю затруднения', score: 1 },
					{ answer: 'Получается, но необходимо совершенствование', score: 2 },
					{ answer: 'Получается хорошо', score: 3 }
				],
				levels: 3,
				how: 'cues',
				missing: ['Затрудняюсь ответить', 'Не знаю', 'Нет ответа'],
				unknown: ['не помню', 'см. комментарий']
			}
		]);
		const answered = await rows(
			`SELECT teacher, count(*) AS n, min(score_norm) AS lo FROM survey_answers GROUP BY teacher ORDER BY teacher`
		);
		expect(answered).toEqual([
			{ teacher: 'Алиев Ислам Магомедович', n: 3, lo: 0 },
			{ teacher: 'Дудаева Зарема Ахмедовна', n: 3, lo: 0 },
			{ teacher: 'Садулаева Раиса Хамзатовна', n: 1, lo: 1 },
			{ teacher: 'исмаилова хеда', n: 4, lo: 0 }
		]);
	});

	it('the user’s order of the answer words replaces the inferred one', async () => {
		const [raw] = (await loadAll(engine, [fixture('survey-three-point-phrases.csv')])).raws;
		const [r] = await normaliseAll(
			engine,
			[raw],
			[
				{
					kind: 'survey',
					roles: raw.detection.roles,
					answerOrder: [
						'Получается хорошо',
						'Получается, но необходимо совершенствование',
						'Испытываю затруднения',
						'см. комментарий'
					]
				}
			]
		);
		expect(r).toMatchObject({ rowsIn: 6, rowsLoaded: 4, rowsRejected: 2, corrected: true });
		expect(r.answerScales?.map((s) => s.how)).toEqual(['user']);
		expect(r.answerScales?.[0].unknown).toEqual(['не помню']);
		expect(r.answerScales?.[0].answers.at(-1)).toEqual({ answer: 'см. комментарий', score: 4 });
		const [alia] = await rows(
			`SELECT min(score_norm) AS lo, max(score_norm) AS hi FROM survey_answers WHERE teacher LIKE 'Алиев%'`
		);
		// Now «Получается хорошо» is the weakest answer and «Испытываю затруднения» two steps above it.
		expect(alia).toEqual({ lo: 0, hi: 1 });
		expect(await rows(`SELECT count(*) AS n FROM cell_notes`)).toEqual([{ n: 1 }]);
	});

	it('plan dates as days, ISO, Excel serials, months with and without a year, «в течение года»', async () => {
		const r = await load('plan-dates-mixed.csv');
		expect(r).toMatchObject({ kind: 'plan', rowsIn: 8, rowsLoaded: 7, rowsRejected: 1 });
		expect(await rejects()).toEqual([{ row: 9, reason: 'bad_hours' }]);
		const events = await rows(
			`SELECT title, date_from::VARCHAR AS f, date_to::VARCHAR AS t, hours FROM events ORDER BY "row"`
		);
		expect(events).toEqual([
			{ title: 'Семинар', f: '2025-11-14', t: '2025-11-14', hours: 2 },
			{ title: 'Вебинар', f: '2026-02-03', t: '2026-02-03', hours: 1.5 },
			{ title: 'Мастер-класс', f: '2025-11-11', t: '2025-11-11', hours: 2 },
			{ title: 'Круглый стол', f: '2025-10-01', t: '2025-10-31', hours: 1 },
			{ title: 'Педсовет', f: '2026-01-01', t: '2026-01-31', hours: null },
			{ title: 'Наставничество', f: '2025-09-01', t: '2026-05-31', hours: 10 },
			{ title: 'Квест', f: null, t: null, hours: 1 }
		]);
		// The event stays, without a date; the deadline it could not read is noted beside it.
		expect(await rows(`SELECT "row", "column", reason, text FROM cell_notes`)).toEqual([
			{ row: 8, column: 'Сроки', reason: 'bad_date_cell', text: 'когда-нибудь' }
		]);
	});

	it('plan deadlines in words and executors that are roles: every event kept, dated from the school year in the title', async () => {
		const r = await load('plan-dates-in-words.csv');
		expect(r).toMatchObject({ kind: 'plan', headerRow: 2, rowsIn: 14, rowsLoaded: 13, rowsRejected: 1 });
		expect(await rejects()).toEqual([{ row: 1, reason: 'above_header' }]);
		const events = await rows(
			`SELECT title, date_label AS label, date_from::VARCHAR AS f, date_to::VARCHAR AS t, date_how AS how, responsible
			 FROM events ORDER BY "row"`
		);
		const year = { f: '2025-09-01', t: '2026-05-31' };
		expect(events.map((e) => [e.label, e.f, e.t, e.how])).toEqual([
			['В течение месяца', year.f, year.t, 'relative'],
			['В течение четверти / полугодия', year.f, year.t, 'relative'],
			['Ежемесячно / раз в четверть', year.f, year.t, 'recurring'],
			['Ежеквартально', year.f, year.t, 'recurring'],
			['Август–сентябрь', '2025-08-01', '2025-09-30', 'date'],
			['Сентябрь-октябрь 2025', '2025-09-01', '2025-10-31', 'date'],
			['По плану ОО', null, null, 'open'],
			['По графику', null, null, 'open'],
			['Постоянно', year.f, year.t, 'recurring'],
			['До 15.05.2026', year.f, '2026-05-15', 'deadline'],
			['IV четверть', '2026-04-01', '2026-05-31', 'term'],
			['1 полугодие', '2025-09-01', '2025-12-31', 'term'],
			['когда получится', null, null, 'unread']
		]);
		expect(events[10].title).toBe('Итоговый педсовет');
		expect(events.map((e) => e.responsible)).toContain('Заместитель директора по УВР');
		expect(events[1]).toMatchObject({ responsible: 'Учителя начальных классов' });
	});

	it('a reference date turns «в течение месяца» into the month after it', async () => {
		const [raw] = (await loadAll(engine, [fixture('plan-dates-in-words.csv')])).raws;
		await normaliseAll(
			engine,
			[raw],
			[{ kind: 'plan', roles: raw.detection.roles, referenceDate: '2025-10-06' }]
		);
		const events = await rows(
			`SELECT date_label AS label, date_from::VARCHAR AS f, date_to::VARCHAR AS t FROM events
			 WHERE date_how = 'relative' ORDER BY "row"`
		);
		expect(events).toEqual([
			{ label: 'В течение месяца', f: '2025-10-06', t: '2025-11-06' },
			{ label: 'В течение четверти / полугодия', f: '2025-10-06', t: '2025-12-31' }
		]);
	});
});

describe('a group’s age', () => {
	const csv = (name: string, text: string) => sourceFromBytes(name, new TextEncoder().encode(text));
	const withoutAge = csv(
		'сентябрь.csv',
		'ФИО ребёнка;Группа;Период;Речевое развитие\nИванов Пётр;Ягодка;Сентябрь 2025;2\nСидоров Лев;Капелька;Сентябрь 2025;1\n'
	);
	const withAge = csv(
		'май.csv',
		'ФИО ребёнка;Группа;Возрастная группа;Период;Речевое развитие\nИванов Пётр;Ягодка;4-5 лет;Май 2026;3\n'
	);
	const ages = () => rows(`SELECT name, age FROM groups ORDER BY name`);

	it('comes from the file with an age column, whichever file met the group first', async () => {
		await loadAll(engine, [withoutAge, withAge]);
		expect(await ages()).toEqual([
			{ name: 'Капелька', age: null },
			{ name: 'Ягодка', age: '4-5 лет' }
		]);
		await loadAll(engine, [withAge, withoutAge]);
		expect(await ages()).toEqual([
			{ name: 'Капелька', age: null },
			{ name: 'Ягодка', age: '4-5 лет' }
		]);
	});
});
