import { describe, expect, it } from 'vitest';
import { ageBand, ageBandOfValue, bandOrder } from './age-band';

describe('age band from the group name', () => {
	it.each([
		['Младшая «Капелька»', 'младшая'],
		['2 мл. гр. «Ромашка»', 'младшая'],
		['1 мл.', 'младшая'],
		['Вторая младшая группа', 'младшая'],
		['Ясельная «Малыши»', 'младшая'],
		['Группа раннего возраста', 'младшая'],
		['Средняя «Пчёлки»', 'средняя'],
		['СТАРШАЯ «Радуга»', 'старшая'],
		['Подготовительная к школе «Непоседы»', 'подготовительная'],
		['Разновозрастная (старшая-подготовительная)', 'разновозрастная'],
		['5А', 'класс 5'],
		['10-Б', 'класс 10'],
		['7 «В» класс', 'класс 7'],
		['11 класс', 'класс 11']
	])('%s → %s', (name, band) => expect(ageBand(name)).toBe(band));

	it('says nothing when the name does not', () => {
		expect(ageBand('Группа «Солнышко»')).toBeNull();
		expect(ageBand('Г1')).toBeNull();
		expect(ageBand('2025')).toBeNull();
	});

	it('orders bands by age, parallels by number, unknown last', () => {
		const bands = ['класс 10', null, 'старшая', 'класс 5', 'младшая'];
		expect([...bands].sort((a, b) => bandOrder(a) - bandOrder(b))).toEqual([
			'младшая',
			'старшая',
			'класс 5',
			'класс 10',
			null
		]);
	});
});

describe('age band from an age column', () => {
	it.each([
		['2-3 года', 'младшая'],
		['1,5–3 года', 'младшая'],
		['младшая', 'младшая'],
		['3-4 года', 'младшая'],
		['4–5 лет', 'средняя'],
		['средняя', 'средняя'],
		['от 5 до 6 лет', 'старшая'],
		['5 лет', 'старшая'],
		['6-7 лет', 'подготовительная'],
		['Подготовительная к школе', 'подготовительная'],
		['3–7 лет', 'разновозрастная'],
		['5', 'класс 5'],
		['10 класс', 'класс 10']
	])('%s → %s', (value, band) => expect(ageBandOfValue(value)).toBe(band));

	it('says nothing for empty or ageless values', () => {
		expect(ageBandOfValue(null)).toBeNull();
		expect(ageBandOfValue('')).toBeNull();
		expect(ageBandOfValue('Ромашка')).toBeNull();
	});
});
