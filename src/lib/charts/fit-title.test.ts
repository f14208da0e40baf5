import { describe, expect, it } from 'vitest';
import { fitTitle } from './fit-title';

describe('fitTitle', () => {
	const option = {
		title: { text: 'Результаты по группам и областям, Май 2026 (% шкалы)', textStyle: { fontSize: 16 } },
		legend: { top: 36 },
		grid: { top: 80, left: 70 }
	};

	it('leaves a title that fits alone', () => {
		expect(fitTitle(option, 1200)).toBe(option);
	});

	it('breaks a long title within half a page and moves the legend and plot down by the added line', () => {
		const fitted = fitTitle(option, 420) as typeof option & { title: { textStyle: object } };
		expect(fitted.title.textStyle).toMatchObject({ fontSize: 16, width: 388, overflow: 'break' });
		expect(fitted.legend.top).toBe(58);
		expect(fitted.grid).toEqual({ top: 102, left: 70 });
	});
});
