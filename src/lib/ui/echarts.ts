import type { EChartsOption, ECharts } from 'echarts';
import { BarChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import {
	AriaComponent,
	GraphicComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	VisualMapComponent
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// Only what src/lib/charts draws: the whole of ECharts was a 1,2 MB chunk (issue 15.5). A chart of a new
// series type or component renders empty until it is added here (charts.test.ts checks the options).
echarts.use([
	BarChart,
	HeatmapChart,
	ScatterChart,
	AriaComponent,
	GraphicComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	VisualMapComponent,
	CanvasRenderer,
	SVGRenderer
]);

/** ECharts with the parts above: tests render through it, so a part missing here fails them. */
export { echarts };

export interface EChartsParams {
	option: EChartsOption;
	onready?: (chart: ECharts) => void;
	/** Canvas on screen; SVG where the chart is printed. Fixed for the element's life. */
	renderer?: 'canvas' | 'svg';
}

/**
 * The imperative ECharts life cycle as a Svelte action. Sets `data-echarts-ready` once a render has
 * finished, for tests and printing; follows the element's size.
 */
export function echartsAction(node: HTMLElement, params: EChartsParams) {
	const chart = echarts.init(node, null, { renderer: params.renderer ?? 'canvas' });
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

/** Render an option off screen, as the exported file: PNG at `pixelRatio`, or SVG text. */
export function renderForExport(
	option: EChartsOption,
	width: number,
	height: number,
	type: 'png' | 'svg',
	pixelRatio = 2
): string {
	if (type === 'svg') {
		const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
		chart.setOption(option);
		const svg = chart.renderToSVGString();
		chart.dispose();
		return svg;
	}
	const holder = document.createElement('div');
	const chart = echarts.init(holder, null, { renderer: 'canvas', width, height });
	chart.setOption(option);
	const url = chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: '#ffffff' });
	chart.dispose();
	return url;
}
