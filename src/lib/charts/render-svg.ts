import type { EChartsOption } from 'echarts';
import { echarts } from '../ui/echarts-core';

/**
 * A chart as SVG text, rendered in Node the way the page prints it (the same ECharts parts as the page).
 * Instance-numbered ids («zr3-c0») are made stable so two renders of one option compare equal.
 */
export function renderSvg(option: EChartsOption, width = 900, height = 500): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	chart.setOption(option);
	const svg = chart.renderToSVGString();
	chart.dispose();
	return svg.replace(/zr\d+-/g, 'zr-');
}
