import { describe, expect, it } from 'vitest';
import { parsePlanDate } from './plan-dates';

const year = { schoolYear: 2025 };
const span = (text: string, ctx = {}) => {
	const d = parsePlanDate(text, ctx);
	return [d.from, d.to, d.how];
};

describe('plan deadlines in words', () => {
	it('reads runs of months, terms and «до …» against the school year', () => {
		expect(span('Август–сентябрь', year)).toEqual(['2025-08-01', '2025-09-30', 'date']);
		expect(span('Сентябрь-октябрь 2025')).toEqual(['2025-09-01', '2025-10-31', 'date']);
		expect(span('декабрь – январь 2026')).toEqual(['2025-12-01', '2026-01-31', 'date']);
		expect(span('IV четверть', year)).toEqual(['2026-04-01', '2026-05-31', 'term']);
		expect(span('1 полугодие', year)).toEqual(['2025-09-01', '2025-12-31', 'term']);
		expect(span('До 15.05.2026')).toEqual(['2025-09-01', '2026-05-15', 'deadline']);
		expect(span('до 20 октября', year)).toEqual(['2025-09-01', '2025-10-20', 'deadline']);
		expect(span('в сентябре', year)).toEqual(['2025-09-01', '2025-09-30', 'date']);
		expect(span('01.10.2025 – 15.10.2025')).toEqual(['2025-10-01', '2025-10-15', 'date']);
	});

	it('spans «в течение …» from the reference date, else the school year', () => {
		const ref = { schoolYear: 2025, reference: '2025-10-06' };
		expect(span('В течение месяца', ref)).toEqual(['2025-10-06', '2025-11-06', 'relative']);
		expect(span('В течение 2–3 недель', ref)).toEqual(['2025-10-06', '2025-10-27', 'relative']);
		expect(span('В течение 10 рабочих дней', ref)).toEqual(['2025-10-06', '2025-10-20', 'relative']);
		expect(span('В течение четверти', ref)).toEqual(['2025-10-06', '2025-10-31', 'relative']);
		expect(span('В течение полугодия', ref)).toEqual(['2025-10-06', '2025-12-31', 'relative']);
		expect(span('В течение учебного года', ref)).toEqual(['2025-10-06', '2026-05-31', 'recurring']);
		expect(span('В течение месяца', year)).toEqual(['2025-09-01', '2026-05-31', 'relative']);
		// A plan written after May's results looks ahead to the coming year's first quarter.
		expect(span('В течение четверти', { reference: '2026-06-10' })).toEqual([
			'2026-09-01',
			'2026-10-31',
			'relative'
		]);
	});

	it('spreads recurring events over the school year and unites alternatives', () => {
		expect(span('Ежемесячно', year)).toEqual(['2025-09-01', '2026-05-31', 'recurring']);
		expect(span('Раз в четверть', year)).toEqual(['2025-09-01', '2026-05-31', 'recurring']);
		expect(span('Ежеквартально', year)).toEqual(['2025-09-01', '2026-05-31', 'recurring']);
		expect(span('Постоянно', year)).toEqual(['2025-09-01', '2026-05-31', 'recurring']);
		expect(span('Ежемесячно / раз в четверть', year)).toEqual(['2025-09-01', '2026-05-31', 'recurring']);
		expect(span('I четверть / II четверть', year)).toEqual(['2025-09-01', '2025-12-31', 'term']);
		expect(span('В течение четверти / полугодия', { reference: '2025-10-06' })).toEqual([
			'2025-10-06',
			'2025-12-31',
			'relative'
		]);
	});

	it('keeps an event without a date when the deadline names none or cannot be placed', () => {
		expect(span('По плану ОО', year)).toEqual([null, null, 'open']);
		expect(span('По графику', year)).toEqual([null, null, 'open']);
		expect(span('В течение месяца')).toEqual([null, null, 'relative']);
		expect(span('Ежемесячно')).toEqual([null, null, 'recurring']);
		expect(span('IV четверть')).toEqual([null, null, 'term']);
		expect(span('когда-нибудь', year)).toEqual([null, null, 'unread']);
	});
});
