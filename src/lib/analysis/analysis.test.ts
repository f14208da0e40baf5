import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, sourceFromBytes } from '../ingest';
import { deficitPrevalence } from './deficits';
import { outcomesByAreaPeriod } from './outcomes';
import { dynamics, inAgeOrder, outcomesHeatmap } from './views';

const csv = (text: string) => new TextEncoder().encode(text);
let engine: Engine;

beforeAll(async () => {
	engine = await createNodeEngine();
	await loadAll(engine, [
		sourceFromBytes(
			'outcomes.csv',
			csv(
				'ФИО ребёнка;Группа;Период;Речевое развитие;Физическое развитие\n' +
					'А;Г1;Конец года;1;3\nБ;Г1;Конец года;2;3\nА;Г1;Начало года;0;2\nБ;Г1;Начало года;1;\n'
			)
		),
		sourceFromBytes(
			'survey.csv',
			csv(
				'Отметка времени,ФИО,Должность,Умею [ИКТ],Умею [Речь]\n' +
					'01.10.2025 10:00:00,Иванова А.А.,воспитатель,Не владею,Владею\n' +
					'01.10.2025 11:00:00,Петрова Б.Б.,воспитатель,Владею,Владею в совершенстве\n' +
					'01.10.2025 12:00:00,Сидорова В.В.,воспитатель,Частично владею,Владею\n'
			)
		)
	]);
});
afterAll(() => engine.close());

describe('outcomes by area and period', () => {
	it('averages each area per period, periods in the order of the year, areas in file order', async () => {
		const r = await outcomesByAreaPeriod(engine);
		expect(r.periods).toEqual(['Начало года', 'Конец года']);
		expect(r.areas).toEqual(['Речевое развитие', 'Физическое развитие']);
		expect(r.mean).toEqual([
			[0.5, 2],
			[1.5, 3]
		]);
		expect(r.n).toEqual([
			[2, 1],
			[2, 2]
		]);
		// 0–3 scale: 0 and 1 are below the middle (low), 2 is not.
		expect(r.lowShare[0][0]).toBe(1);
		expect(r.lowShare[1][0]).toBe(0.5);
		expect(r.scale).toEqual({ min: 0, max: 3 });
		expect(r.children).toBe(2);
	});

	it('follows the period and the area chosen in the filters, and says when nothing is left', async () => {
		const r = await outcomesByAreaPeriod(engine, { period: 'Конец года', area: 'Физическое развитие' });
		expect(r.periods).toEqual(['Конец года']);
		expect(r.areas).toEqual(['Физическое развитие']);
		expect(r.mean).toEqual([[3]]);
		expect((await outcomesByAreaPeriod(engine, { group: 'Нет такой группы' })).areas).toEqual([]);
		const heat = await outcomesHeatmap(engine, '', { area: 'Речевое развитие' });
		expect(heat.areas).toEqual(['Речевое развитие']);
	});
});

describe('groups in age order', () => {
	it('младшая → средняя → старшая → подготовительная, then names; an age column overrides the name', () => {
		expect(
			inAgeOrder([
				'Подготовительная «Знайки»',
				'Старшая «Радуга»',
				'Младшая «Ягодка»',
				'Средняя «Пчёлка»',
				'Старшая «Бусинки»'
			])
		).toEqual([
			'Младшая «Ягодка»',
			'Средняя «Пчёлка»',
			'Старшая «Бусинки»',
			'Старшая «Радуга»',
			'Подготовительная «Знайки»'
		]);
		expect(inAgeOrder(['Ромашка', 'Берёзка'], ['6-7 лет', '3-4 года'])).toEqual(['Берёзка', 'Ромашка']);
	});
});

describe('dynamics of one area', () => {
	it('pairs each child start to end, leaves out a child assessed once, and opens on the weakest area', async () => {
		expect(await dynamics(engine, '')).toMatchObject({
			area: 'Речевое развитие',
			first: 'Начало года',
			last: 'Конец года',
			groups: ['Г1'],
			start: [0.5],
			end: [1.5],
			paired: [2]
		});
		// Б has no start score in this area: their end score (3) must not lift the end mean.
		expect(await dynamics(engine, 'Физическое развитие')).toMatchObject({
			start: [2],
			end: [3],
			paired: [1]
		});
		expect(await dynamics(engine, 'Нет такой области')).toMatchObject({ area: '', groups: [] });
	});
});

describe('deficit prevalence', () => {
	it('counts teachers below the middle of the scale, most widespread first', async () => {
		const r = await deficitPrevalence(engine);
		expect(r.competencies).toEqual(['ИКТ', 'Речь']);
		expect(r.inDeficit).toEqual([2, 0]);
		expect(r.respondents).toEqual([3, 3]);
		expect(r.share[0]).toBeCloseTo(2 / 3);
	});
});
