import { renderSvg } from './render-svg';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { marksHeatmapOption, marksOption } from './marks-views';

const data = { subjects: ['Русский язык'], periods: ['20.04.2026'], n: [50], counts: [[8], [27], [12], [3]] };

describe('the marks chart', () => {
	it('says each mark with its count and n, and renders', () => {
		const option = marksOption(data, translator('ru'), 'ru');
		const aria = (option as { aria: { label: { description: string } } }).aria.label.description;
		expect(aria).toContain('Русский язык (20.04.2026): «2» 8, «3» 27, «4» 12, «5» 3 (n = 50)');
		const series = option.series as { data: number[] }[];
		expect(series.map((s) => s.data[0])).toEqual([16, 54, 24, 6]);
		expect(renderSvg(option, 900, 400)).toContain('Отметка «2»');
	});

	it('the heatmap says mean marks with n, «*» under 5 pupils', () => {
		const heat = {
			period: '20.04.2026',
			groups: ['4А', '4Б'],
			areas: ['Русский язык'],
			mean: [[0.4], [1 / 3]],
			n: [[29], [4]]
		};
		const option = marksHeatmapOption(heat, translator('ru'), 'ru');
		const aria = (option as { aria: { label: { description: string } } }).aria.label.description;
		expect(aria).toContain('4А: Русский язык — 3,2 (n = 29); 4Б: Русский язык — 3,0 (n = 4)');
		const hidden = marksHeatmapOption(heat, translator('ru'), 'ru', true);
		expect((hidden as { aria: { label: { description: string } } }).aria.label.description).toContain(
			'4Б: Русский язык — меньше 5 детей'
		);
	});
});
