import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { fitToWidth } from './fit-title';
import { outcomesByAreaOption } from './outcomes-by-area';
import { levelsOption } from './outcomes-views';
import { renderSvg } from './render-svg';
import { collisions, textBoxes } from './text-boxes';

describe('fitToWidth', () => {
	const option = {
		title: {
			text: 'Результаты по группам и областям, Май 2026 (% шкалы)',
			subtext: 'период: Сентябрь 2025 → Май 2026 · все группы · область: Речевое развитие · детей: 210',
			textStyle: { fontSize: 16 }
		},
		legend: { top: 36 },
		grid: { top: 80, left: 70 }
	};

	it('leaves a title that fits alone', () => {
		expect(fitToWidth(option, 1400)).toBe(option);
	});

	it('breaks a long title and subtitle within half a page and moves the legend and plot down by the lines added', () => {
		const fitted = fitToWidth(option, 420) as typeof option;
		expect(fitted.title.text).toBe('Результаты по группам и областям, Май\n2026 (% шкалы)');
		// The subtitle breaks between its parts, not inside «область: Речевое развитие».
		expect(fitted.title.subtext).toBe(
			'период: Сентябрь 2025 → Май 2026 · все группы\nобласть: Речевое развитие · детей: 210'
		);
		expect(fitted.legend.top).toBe(36 + 22 + 15);
		expect(fitted.grid).toEqual({ top: 80 + 22 + 15, left: 70 });
	});

	it('wraps side-by-side area names to the width each gets, so two charts abreast on a page do not collide', () => {
		const data = {
			areas: [
				'Социально-коммуникативное развитие',
				'Познавательное развитие',
				'Речевое развитие',
				'Художественно-эстетическое развитие',
				'Физическое развитие'
			],
			periods: ['Сентябрь 2025', 'Май 2026'],
			mean: [Array(5).fill(1.5), Array(5).fill(2)],
			pct: [Array(5).fill(50), Array(5).fill(67)],
			n: [Array(5).fill(210), Array(5).fill(210)],
			lowShare: [Array(5).fill(0.2), Array(5).fill(0.1)],
			scale: { min: 0, max: 3 },
			oneScale: true,
			marks: false,
			children: 213
		};
		const chart = outcomesByAreaOption(data, translator('ru'), 'ru', 'все периоды · все группы · детей: 213');
		const drawn = (width: number) => renderSvg(fitToWidth(chart, width) as EChartsOption, width, 420);
		for (const width of [460, 640]) expect(collisions(textBoxes(drawn(width))), `width ${width}`).toEqual([]);
		// Without the fit, the same chart at print width collides: the check can fail.
		expect(collisions(textBoxes(renderSvg(chart, 460, 420))).length).toBeGreaterThan(0);
	});

	it('moves the plot below a legend that runs into a second row two abreast, and leaves it where it fits', () => {
		const data = {
			period: 'Май 2026',
			areas: ['Речевое развитие', 'Физическое развитие'],
			n: [210, 208],
			low: [0.19, 0.1],
			mid: [0.6, 0.62],
			high: [0.21, 0.28]
		};
		const chart = levelsOption(data, translator('ru'), 'ru', 'период: Май 2026 · детей: 210') as {
			legend: { top: number };
			grid: { top: number };
		};
		const wide = fitToWidth(chart as EChartsOption, 900) as typeof chart;
		expect(wide.grid.top).toBe(chart.grid.top);
		// «низкий (ниже 50 % шкалы)», «средний», «высокий (от 83 % шкалы)»: two rows at 400 px, the plot one row lower.
		const narrow = fitToWidth(chart as EChartsOption, 400) as typeof chart;
		expect(narrow.grid.top).toBe(chart.grid.top + 22);
		expect(narrow.legend.top).toBe(chart.legend.top);
	});
});
