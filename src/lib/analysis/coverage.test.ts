import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { translator } from '../i18n';
import { loadAll, sourceFromBytes } from '../ingest';
import { coverage, disproportion, type CoverageRow } from './coverage';
import { analyzeAll } from './index';

const csv = (text: string) => new TextEncoder().encode(text);
let engine: Engine;

// Periods «Начало года / Конец года» carry no date; the plan runs from September 2025 to June 2026.
beforeAll(async () => {
	engine = await createNodeEngine();
	await loadAll(engine, [
		sourceFromBytes(
			'outcomes.csv',
			csv(
				'ФИО ребёнка;Группа;Период;Речевое развитие\n' +
					'А;Г1;Начало года;1\nА;Г1;Конец года;2\nБ;Г1;Начало года;1\nБ;Г1;Конец года;3\n'
			)
		),
		sourceFromBytes(
			'survey.csv',
			csv(
				'Отметка времени,ФИО,Должность,Умею [ИКТ],Умею [Речь]\n' +
					'01.10.2025 10:00:00,Иванова А.А.,воспитатель,Не владею,Не владею\n' +
					'01.10.2025 11:00:00,Петрова Б.Б.,воспитатель,Не владею,Не владею\n' +
					'01.10.2025 12:00:00,Сидорова В.В.,воспитатель,Владею,Не владею\n'
			)
		),
		sourceFromBytes(
			'plan.csv',
			csv(
				'Мероприятие;Форма работы;Сроки;Участники;Компетенция (дефицит);Часы\n' +
					'Цифровые ресурсы;семинар;Июнь 2026;все;ИКТ;2\n' +
					'Речевые игры;мастер-класс;Октябрь 2025;Иванова А.А.;Речь;2\n' +
					'Связная речь;мастерская;Июнь 2026;все;Речь;2\n'
			)
		)
	]);
});
afterAll(() => engine.close());

describe('coverage timing with undated periods', () => {
	it('takes May 31 of the school year as the final assessment, so a June event for «все» is late', async () => {
		const { rows, final } = await coverage(engine);
		expect(final).toEqual({ date: '2026-05-31', assumed: true });
		const ict = rows.find((r) => r.competency === 'ИКТ')!;
		expect(ict).toMatchObject({ teachers_in_deficit: 2, teachers_reached: 2, teachers_reached_in_time: 0 });
		expect(ict.status).toBe('missed');
		const speech = rows.find((r) => r.competency === 'Речь')!;
		expect(speech).toMatchObject({
			teachers_in_deficit: 3,
			teachers_reached: 3,
			teachers_reached_in_time: 1
		});
		expect(speech.status).toBe('partial');
		// Иванова alone is reached in time, by the October master class of 2 hours.
		expect(speech.hours_per_reached).toBe(2);
		expect(ict.hours_per_reached).toBeNull();
	});

	it('says the assumption, and counts in its sentences what the status counts', async () => {
		const { findings } = await analyzeAll(engine, translator('ru'), 'ru');
		const text = findings.join('\n');
		expect(text).toContain('принято, что это 31 мая 2026 г.');
		expect(text).toContain(
			'Дефицит «ИКТ» есть в плане, но ни один из 2 педагогов с дефицитом не участвует в мероприятиях до итоговой диагностики. Из них 2 участвуют только в мероприятиях после неё.'
		);
		expect(text).toContain(
			'до итоговой диагностики в мероприятиях участвуют 1 из 3 педагогов с дефицитом. Из них 2 участвуют только'
		);
	});
});

describe('disproportion', () => {
	const row = (competency: string, teachers: number, events: number, hours = 0) =>
		({
			competency,
			respondents: 20,
			prevalence: teachers / 20,
			teachers_in_deficit: teachers,
			teachers_reached: 0,
			teachers_reached_in_time: 0,
			events: Array.from({ length: events }, (_, i) => ({
				title: `${competency} ${i}`,
				form: null,
				date_from: null,
				date_to: null,
				hours: hours / Math.max(1, events),
				before_final: true
			})),
			hours,
			hours_per_reached: null,
			missed: [],
			status: events ? 'partial' : 'not_covered'
		}) as CoverageRow;

	it('flags a competency with 2 teachers in deficit and 3 of 5 events, not the ones in proportion', () => {
		const flagged = disproportion([row('ИКТ', 12, 1), row('Речь', 6, 1), row('Игра', 2, 3)]);
		expect(flagged.map((d) => d.competency)).toEqual(['Игра']);
		expect(flagged[0]).toMatchObject({
			events: 3,
			teachers_in_deficit: 2,
			events_share: 0.6,
			deficit_share: 0.1
		});
	});

	it('says nothing of two events, or of events in proportion to the deficits', () => {
		expect(disproportion([row('ИКТ', 12, 1), row('Игра', 1, 2)])).toEqual([]);
		expect(disproportion([row('ИКТ', 10, 5), row('Игра', 10, 5)])).toEqual([]);
	});
});
