import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { marksOption } from './marks-views';

const data = { subjects: ['Русский язык'], periods: ['20.04.2026'], n: [50], counts: [[8], [27], [12], [3]] };

describe('the marks chart', () => {
	it('says each mark with its count and n, and renders', () => {
		const option = marksOption(data, translator('ru'), 'ru');
		const aria = (option as { aria: { label: { description: string } } }).aria.label.description;
		expect(aria).toContain('Русский язык (20.04.2026): «2» 8, «3» 27, «4» 12, «5» 3 (n = 50)');
		const series = option.series as { data: number[] }[];
		expect(series.map((s) => s.data[0])).toEqual([16, 54, 24, 6]);
		const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 900, height: 400 });
		chart.setOption(option);
		expect(chart.renderToSVGString()).toContain('Отметка «2»');
		chart.dispose();
	});
});
