import * as echarts from 'echarts';
import type { EChartsOption, ECharts } from 'echarts';

export interface EChartsParams {
	option: EChartsOption;
	onready?: (chart: ECharts) => void;
}

/**
 * The imperative ECharts life cycle as a Svelte action. Sets `data-echarts-ready` once a render has
 * finished, for tests and printing; follows the element's size.
 */
export function echartsAction(node: HTMLElement, params: EChartsParams) {
	const chart = echarts.init(node, null, { renderer: 'canvas' });
	chart.on('finished', () => {
		node.dataset.echartsReady = 'true';
	});
	const render = (p: EChartsParams) => {
		delete node.dataset.echartsReady;
		chart.setOption(p.option, { notMerge: true });
		p.onready?.(chart);
	};
	render(params);
	const observer = new ResizeObserver(() => chart.resize());
	observer.observe(node);
	return {
		update: render,
		destroy() {
			observer.disconnect();
			chart.dispose();
		}
	};
}
