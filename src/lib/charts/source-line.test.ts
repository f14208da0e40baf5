import { echarts } from '../ui/echarts-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { deficitPrevalenceOption } from './deficit-prevalence';
import { withSourceLine } from './source-line';

describe('exported charts', () => {
	it('carry the source line inside the image, escaped like any text', () => {
		const option = deficitPrevalenceOption(
			{ competencies: ['ИКТ'], inDeficit: [3], respondents: [10], share: [0.3] },
			translator('ru'),
			'ru'
		);
		const framed = withSourceLine(option, 'Источник: <опрос>.csv. Сверка, 22 ноября 2026 г.', 600);
		expect(framed.extraHeight).toBe(20);
		expect((framed.option.grid as { bottom: number }).bottom).toBe(56 + 20);
		const chart = echarts.init(null, null, {
			renderer: 'svg',
			ssr: true,
			width: 600,
			height: 300 + framed.extraHeight
		});
		chart.setOption(framed.option);
		const svg = chart.renderToSVGString();
		chart.dispose();
		expect(svg).toContain('Источник: &lt;опрос&gt;.csv. Сверка, 22 ноября 2026 г.');
		expect(svg).toContain('Профессиональные дефициты педагогов');
	});

	it('wrap a long source line and make room for every line', () => {
		const long =
			'Источник: ' + Array.from({ length: 8 }, (_, i) => `monitoring-2025-2026-${i}.csv`).join(', ');
		const framed = withSourceLine({ grid: { bottom: 40 }, visualMap: { bottom: 4 } }, long, 400);
		expect(framed.extraHeight).toBeGreaterThanOrEqual(3 * 14);
		expect((framed.option.visualMap as { bottom: number }).bottom).toBe(4 + framed.extraHeight);
	});
});
