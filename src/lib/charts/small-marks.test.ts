import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { dynamicsOption } from './outcomes-views';

describe('under 5 children marked', () => {
	it('the dynamics chart marks a group of 3 children with the asterisk the footnote explains', () => {
		const option = dynamicsOption(
			{
				area: 'Речевое развитие',
				groups: ['Старшая «Радуга»', 'Старшая «Малыши»'],
				start: [1.2, 1.4],
				end: [1.9, 2.6],
				startPct: [40, 46.7],
				endPct: [63.3, 86.7],
				marks: false,
				paired: [22, 3],
				first: 'Сентябрь 2025',
				last: 'Май 2026'
			} satisfies Parameters<typeof dynamicsOption>[0],
			translator('ru'),
			'ru'
		);
		const labels = (option.xAxis as { data: string[] }).data;
		expect(labels).toEqual(['Старшая «Радуга» (n\u00a0=\u00a022)', 'Старшая «Малыши» (n\u00a0=\u00a03*)']);
	});
});

describe('bars with room for their numbers', () => {
	it('labels each bar with two periods, not with the five of a school year by четверть', async () => {
		const { outcomesByAreaOption } = await import('./outcomes-by-area');
		const data = (periods: string[]) =>
			({
				areas: ['Математика'],
				periods,
				mean: periods.map(() => [3.6]),
				pct: periods.map(() => [53.3]),
				marks: true,
				oneScale: true,
				n: periods.map(() => [418]),
				lowShare: periods.map(() => [0]),
				scale: { min: 2, max: 5 },
				children: 418
			}) satisfies Parameters<typeof outcomesByAreaOption>[0];
		const shown = (periods: string[]) =>
			(
				outcomesByAreaOption(data(periods), translator('ru'), 'ru').series as { label: { show: boolean } }[]
			)[0].label.show;
		expect(shown(['Сентябрь', 'Май'])).toBe(true);
		expect(shown(['I четверть', 'II четверть', 'III четверть', 'IV четверть', 'Год'])).toBe(false);
	});
});
