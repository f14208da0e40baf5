import type { EChartsOption, ECharts } from 'echarts';
import { fitToWidth } from '$lib/charts/fit-title';
import { FONT } from '$lib/charts/theme';

type Core = (typeof import('./echarts-core'))['echarts'];
let core: Core | undefined;
let loading: Promise<Core> | undefined;

/**
 * ECharts (230 KB of gzip) comes in a chunk of its own: the page and the engine start without it, and it
 * is fetched once the page is idle or a chart first mounts, whichever comes first.
 */
export function loadECharts(): Promise<Core> {
	return (loading ??= import('./echarts-core').then((m) => (core = m.echarts)));
}
const idle = (work: () => void) =>
	(window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200)))(work);
if (typeof window !== 'undefined') idle(() => void loadECharts().then(() => warmUp(0)));

const WARM_AREAS = ['Речевое развитие', 'Познавательное развитие', 'Физическое развитие'];
/**
 * The warm-up chart, built up a piece per idle task: drawn whole in one, a first visit (nothing of ECharts
 * compiled yet) spent 170–370 ms in that task, a freeze at the page's start.
 */
const WARM_BARS = {
	grid: [{ top: 80, height: 80, containLabel: true }],
	xAxis: [{ type: 'category', data: WARM_AREAS, gridIndex: 0 }],
	yAxis: [{ type: 'value', gridIndex: 0, axisLabel: { formatter: '{value} %' } }]
} satisfies EChartsOption;
const WARM_HEATMAP = {
	grid: [...WARM_BARS.grid, { top: 200, height: 80, containLabel: true }],
	xAxis: [
		...WARM_BARS.xAxis,
		{ type: 'category', data: WARM_AREAS, gridIndex: 1, axisLabel: { fontSize: 11 } }
	],
	yAxis: [...WARM_BARS.yAxis, { type: 'category', data: ['Ягодка', 'Капелька'], gridIndex: 1 }]
} satisfies EChartsOption;
const WARM_SERIES = [
	{ type: 'bar', name: 'Сентябрь', data: [40, 55, 61], label: { show: true, fontSize: 10 } },
	{ type: 'bar', name: 'Май', data: [62, 70, 75], label: { show: true } }
] satisfies EChartsOption['series'];
const WARM_STEPS: EChartsOption[] = [
	{ animation: false, textStyle: { fontFamily: FONT } },
	{
		title: {
			text: 'Результаты детей',
			subtext: 'n = 10',
			textStyle: { fontSize: 16, fontWeight: 600 },
			subtextStyle: { fontSize: 12 }
		}
	},
	WARM_BARS,
	{ series: [{ type: 'bar', name: 'Сентябрь', data: [40, 55, 61] }] },
	{ series: WARM_SERIES },
	{ legend: { top: 40 } },
	{ ...WARM_HEATMAP, series: [...WARM_SERIES, { type: 'heatmap', xAxisIndex: 1, yAxisIndex: 1, data: [] }] },
	{
		visualMap: { min: 0, max: 100, show: false, seriesIndex: 2 },
		series: [
			...WARM_SERIES,
			{
				type: 'heatmap',
				xAxisIndex: 1,
				yAxisIndex: 1,
				data: [
					[0, 0, 40],
					[1, 1, 70]
				],
				label: { show: true }
			}
		]
	}
];
let warming: ECharts | undefined;

/**
 * A session's first drawing compiles ECharts' code and measures the fonts: 80 ms in one task, which fell
 * inside the first load's charts. A small bar chart and a heatmap are drawn off screen and thrown away
 * while the page is idle (the engine is still starting), in the charts' font at the sizes they use (in the
 * browser's default font, the outcome view's first drawing still measured its own: 55–60 ms), so the first
 * real one draws warm.
 */
function warmUp(step: number): void {
	idle(() => {
		if (!core) return;
		if (!warming) {
			warming = core.init(document.createElement('div'), null, {
				renderer: 'canvas',
				width: 480,
				height: 320
			});
			warmUp(step);
		} else if (step < WARM_STEPS.length) {
			warming.setOption(WARM_STEPS[step]);
			warmUp(step + 1);
		} else {
			warming.dispose();
			warming = undefined;
			// `npm run bench` watches a first visit's long tasks up to here.
			performance.mark('sverka:charts-warm');
		}
	});
}

const pending: (() => void)[] = [];
let draining = false;
/**
 * Charts are drawn one per task: a view's five charts drawn in one went past the 50 ms a user feels as a
 * freeze (70 ms after a million-row load); between two, the page handles input.
 */
function oneAtATime(work: () => void): void {
	pending.push(work);
	if (draining) return;
	draining = true;
	const next = () => {
		const job = pending.shift();
		if (!job) {
			draining = false;
			return;
		}
		job();
		setTimeout(next, 0);
	};
	setTimeout(next, 0);
}

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
	let current = params;
	let chart: ECharts | undefined;
	let observer: ResizeObserver | undefined;
	let destroyed = false;
	/** A new option is on its way to the screen (not a resize or a hover): its end is marked. */
	let drawing = false;
	let queued = false;
	const draw = () => {
		queued = false;
		if (!chart || destroyed) return;
		drawing = true;
		chart.setOption(fitToWidth(current.option, node.clientWidth), { notMerge: true });
		current.onready?.(chart);
	};
	// Not ready from the moment new data arrive; drawn in a task of its own, once, with the latest option.
	const render = () => {
		delete node.dataset.echartsReady;
		// Before its start, the chart draws the latest option when it is made.
		if (!queued && chart) {
			queued = true;
			oneAtATime(draw);
		}
	};
	const start = (echarts: Core) => {
		delete node.dataset.echartsReady;
		queued = true;
		oneAtATime(() => init(echarts));
	};
	const init = (echarts: Core) => {
		if (destroyed) return;
		chart = echarts.init(node, null, { renderer: current.renderer ?? 'canvas' });
		chart.on('finished', () => {
			node.dataset.echartsReady = 'true';
			// `npm run bench` reads it: when a chart showed new data (the session clears these per load).
			if (drawing)
				performance.mark('sverka:chart-drawn', {
					detail: node.closest('[data-chart]')?.getAttribute('data-chart') ?? null
				});
			drawing = false;
		});
		// The first drawing in a task of its own: made and drawn in one, a chart's first appearance reached 50 ms.
		oneAtATime(draw);
		observer = new ResizeObserver(() => chart?.resize());
		observer.observe(node);
	};
	if (core) start(core);
	else void loadECharts().then(start);
	return {
		update(p: EChartsParams) {
			current = p;
			render();
		},
		destroy() {
			destroyed = true;
			observer?.disconnect();
			chart?.dispose();
		}
	};
}

/** An option as the SVG text of an exported file, rendered off screen. */
export function renderSvg(option: EChartsOption, width: number, height: number): string {
	// A chart on screen or `await loadECharts()` (the deck) has loaded it.
	const echarts = core;
	if (!echarts) throw new Error('ECharts is not loaded yet: await loadECharts() first');
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	chart.setOption(fitToWidth(option, width));
	const svg = chart.renderToSVGString();
	chart.dispose();
	return svg;
}

/**
 * A chart as a PNG file for a slide or a download, in two tasks and off the main thread: laid out once
 * without pixels (a font's first use measures it: 20 ms of the deck's first chart), then drawn at `pixelRatio`
 * and encoded by `toBlob`. Laid out and drawn at 2× in one task, a deck's chart took 53–74 ms. A chart drawn
 * on several canvas layers is merged first.
 */
export async function renderPng(
	option: EChartsOption,
	width: number,
	height: number,
	pixelRatio = 2
): Promise<Blob> {
	const echarts = core;
	if (!echarts) throw new Error('ECharts is not loaded yet: await loadECharts() first');
	const fitted = { ...fitToWidth(option, width), backgroundColor: '#ffffff', animation: false };
	// Laid out without pixels (the SVG renderer, never asked for its text), so the drawing finds its text measured.
	const layout = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	layout.setOption(fitted);
	layout.dispose();
	await new Promise((resolve) => setTimeout(resolve, 0));
	const holder = document.createElement('div');
	const chart = echarts.init(holder, null, {
		renderer: 'canvas',
		width,
		height,
		devicePixelRatio: pixelRatio
	});
	try {
		chart.setOption(fitted);
		chart.getZr().refreshImmediately();
		const layers = holder.querySelectorAll('canvas');
		const canvas =
			layers.length === 1 ? layers[0] : chart.getRenderedCanvas({ pixelRatio, backgroundColor: '#ffffff' });
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		chart.dispose();
	}
}

/** A PNG file as the `data:` URL a slide embeds, read without blocking the page. */
export function dataUrlOf(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error);
		reader.readAsDataURL(blob);
	});
}
