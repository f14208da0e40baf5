import * as echarts from 'echarts';
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
		const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
		chart.setOption(withSourceLine(option, 'Источник: <опрос>.csv. Сверка, 22 ноября 2026 г.'));
		const svg = chart.renderToSVGString();
		chart.dispose();
		expect(svg).toContain('Источник: &lt;опрос&gt;.csv. Сверка, 22 ноября 2026 г.');
		expect(svg).toContain('Профессиональные дефициты педагогов');
	});
});
