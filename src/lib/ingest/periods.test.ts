import { describe, expect, it } from 'vitest';
import { parseDateSpan, parsePeriod } from './periods';

const order = (label: string, year?: number) => parsePeriod(label, year)?.order;

describe('school periods as a journal writes them', () => {
	it('reads a quarter in every usual spelling as the same quarter', () => {
		for (const label of [
			'I четверть',
			'1 четверть',
			'1-я четверть',
			'первая четверть',
			'Четверть 1',
			'за 1 четв.'
		])
			expect(order(label), label).toBe(order('I четверть', undefined));
		expect(order('IV четверть')).toBe(order('четвёртая четверть'));
		expect(order('IV четверть')).toBeGreaterThan(order('III четверть')!);
		expect(order('I четверть')).toBeLessThan(order('II четверть')!);
	});

	it('orders quarters, halves, trimesters, phases and the year within the school year', () => {
		const labels = [
			'н.г.',
			'I четверть',
			'сент.',
			'1 триместр',
			'II четверть',
			'1 полугодие',
			'середина года',
			'III четверть',
			'IV четверть',
			'2 полугодие',
			'к.г.',
			'Годовая',
			'Год'
		];
		const orders = labels.map((l) => order(l));
		expect(orders.every((o) => o !== undefined)).toBe(true);
		const sorted = [...labels].sort((a, b) => order(a)! - order(b)!);
		expect(sorted.indexOf('н.г.')).toBeLessThan(sorted.indexOf('I четверть'));
		expect(order('I четверть')).toBeLessThan(order('II четверть')!);
		expect(order('II четверть')).toBeLessThan(order('III четверть')!);
		expect(order('III четверть')).toBeLessThan(order('IV четверть')!);
		expect(order('IV четверть')).toBeLessThan(order('Год')!);
		expect(order('1 полугодие')).toBeLessThan(order('2 полугодие')!);
		expect(order('2 полугодие')).toBeLessThan(order('годовая')!);
		expect(order('1 триместр')).toBeLessThan(order('2 триместр')!);
		expect(order('2 триместр')).toBeLessThan(order('3 триместр')!);
		expect(order('н.г.')).toBeLessThan(order('к.г.')!);
		expect(order('II четверть')).toBeLessThan(order('1 полугодие')!);
		expect(order('IV четверть')).toBeLessThan(order('2 полугодие')!);
		expect(order('сентябрь')).toBeLessThan(order('май')!);
		expect(order('Декабрь')).toBeLessThan(order('январь')!);
	});

	it('gives a term its months when the school year is known, from the label or given', () => {
		expect(parsePeriod('I четверть', 2025)).toMatchObject({ date: '2025-09-01', end: '2025-10-31' });
		expect(parsePeriod('III четверть 2025/26')).toMatchObject({ date: '2026-01-01', end: '2026-03-31' });
		expect(parsePeriod('IV четверть 2026')).toMatchObject({ date: '2026-04-01', end: '2026-05-31' });
		expect(parsePeriod('2 полугодие', 2025)).toMatchObject({ date: '2026-01-01', end: '2026-05-31' });
		expect(parsePeriod('2025-2026')).toMatchObject({ date: '2025-09-01', end: '2026-05-31' });
		expect(parsePeriod('2025/26 уч. год')).toMatchObject({ date: '2025-09-01', end: '2026-05-31' });
		expect(parsePeriod('н.г.', 2025)).toMatchObject({ date: '2025-09-01', end: '2025-09-30' });
		expect(parsePeriod('сент.', 2025)).toMatchObject({ date: '2025-09-01', end: '2025-09-30' });
		expect(order('Год', 2025)).toBeGreaterThan(order('IV четверть', 2025)!);
		expect(order('2025-2026')).toBe(order('Год', 2025));
	});

	it('reads month abbreviations and declined months, and August as the opening of the year', () => {
		expect(parseDateSpan('сент. 2025')).toEqual({ from: '2025-09-01', to: '2025-09-30' });
		expect(parseDateSpan('Окт', 2025)).toEqual({ from: '2025-10-01', to: '2025-10-31' });
		expect(parseDateSpan('Август', 2025)).toEqual({ from: '2025-08-01', to: '2025-08-31' });
	});

	it('refuses what is no period', () => {
		for (const label of ['весной', 'марафон', '5 четверть', 'четверть', 'Группа 2', 'ма'])
			expect(parsePeriod(label), label).toBeNull();
	});
});
