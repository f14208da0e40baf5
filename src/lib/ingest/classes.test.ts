import { describe, expect, it } from 'vitest';
import { classList, className, looksLikeClass, parseClass } from './classes';

describe('school classes', () => {
	it('reads «5А», «5 А», «5-а», «5 "А"», «5 «А»», «5а класс» and a Latin «5A» as one class', () => {
		for (const s of ['5А', '5 А', '5-а', '5 "А"', '5 «А»', '5а класс', '5A', ' 5 – а ', '5.А', '5 «а» кл.'])
			expect(parseClass(s), s).toEqual({ name: '5А', parallel: 5, letter: 'А' });
	});

	it('keeps the parallel of a class without a letter and of ФИС ОКО ordinal classes', () => {
		expect(parseClass('5 класс')).toEqual({ name: '5', parallel: 5, letter: '' });
		expect(parseClass('11Б')).toEqual({ name: '11Б', parallel: 11, letter: 'Б' });
		expect(parseClass('4 класс №1')).toEqual({ name: '4 №1', parallel: 4, letter: '' });
		expect(parseClass('10-ё')).toEqual({ name: '10Е', parallel: 10, letter: 'Е' });
	});

	it('is not fooled by kindergarten groups, years or Latin letters that are not Cyrillic look-alikes', () => {
		for (const s of ['Ромашка', 'старшая группа', '2025', '12А', '0А', '5Z', ''])
			expect(parseClass(s), s).toBeNull();
		expect(className('Ромашка ')).toBe('Ромашка');
		expect(className('5 "б"')).toBe('5Б');
		expect(className('4 класс №1')).toBe('4 класс №1');
	});

	it('splits a roster cell into classes, each once', () => {
		expect(classList('5А, 6 "Б"; 7-в, 5а').map((c) => c.name)).toEqual(['5А', '6Б', '7В']);
	});

	it('tells a class from a kindergarten group numbered «1»', () => {
		expect(['5А', '8 класс №1', '10 кл.'].map(looksLikeClass)).toEqual([true, true, true]);
		expect(['1', 'Группа 2', 'Ромашка'].map(looksLikeClass)).toEqual([false, false, false]);
	});
});
