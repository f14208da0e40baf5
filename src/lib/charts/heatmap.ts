import type { EChartsOption } from 'echarts';
import { wrapLabel } from './text';
import { baseOption, headerHeight } from './theme';

/**
 * Light to dark (ColorBrewer YlGnBu), for values with no meaningful middle (a mean on a scale, a mark): the
 * eye reads «more» and «less», not «good» and «bad» around an arbitrary 50. It stops short of the darkest
 * blues, so black figures stay readable on every cell.
 */
export const SEQUENTIAL = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8'];

export interface HeatmapSpec {
	title: string;
	/** What the chart shows: period, group, area, n (see `scopeLine`). */
	subtitle?: string;
	description: string;
	rows: string[];
	columns: string[];
	/** `values[r][c]`; NaN leaves the cell empty. */
	values: number[][];
	min: number;
	max: number;
	/** Colours from low to high; the default reads «low is a concern». */
	colours?: string[];
	label: (value: number, row: number, column: number) => string;
	tooltip: (row: number, column: number) => string;
	/** Cells drawn faint: a figure that should not be read as a finding (interval crosses zero, small n). */
	muted?: boolean[][];
	rowLabelWidth?: number;
}

/** A table of colour: groups × areas, teachers × competencies, competencies × areas. */
export function heatmapOption(spec: HeatmapSpec): EChartsOption {
	const data = spec.values.flatMap((row, r) =>
		row.map((value, c) => ({
			value: [c, r, Number.isFinite(value) ? value : '-'],
			itemStyle: spec.muted?.[r]?.[c] ? { opacity: 0.3 } : undefined
		}))
	);
	const width = spec.rowLabelWidth ?? 200;
	const columns = spec.columns.map((c) => wrapLabel(c, 10, true));
	// Room under the plot for the tallest column name and the colour legend below it.
	const bottom = 44 + 12 * Math.max(1, ...columns.map((c) => c.split('\n').length));
	return {
		...baseOption(spec.title, spec.description, spec.subtitle),
		grid: { top: headerHeight(spec.subtitle) + 4, left: width, right: 24, bottom },
		tooltip: {
			renderMode: 'richText',
			formatter: (p) => {
				const [c, r] = (p as unknown as { value: [number, number] }).value;
				return spec.tooltip(r, c);
			}
		},
		xAxis: {
			type: 'category',
			// Columns are narrow: long words («коммуникативное») are hyphenated so neighbours never touch.
			data: columns,
			axisLabel: { interval: 0, fontSize: 10, lineHeight: 12 },
			splitArea: { show: true }
		},
		yAxis: {
			type: 'category',
			// Names stay on one line when they fit: a wrapped name collides with the next row.
			// At 11 px a character takes up to 6.8 px: wider names would push the grid right and squeeze the columns.
			data: spec.rows.map((r) => wrapLabel(r, Math.floor(width / 6.8))),
			inverse: true,
			axisLabel: { interval: 0, fontSize: 11, lineHeight: 12 },
			splitArea: { show: true }
		},
		visualMap: {
			min: spec.min,
			max: spec.max,
			calculable: false,
			orient: 'horizontal',
			left: 'center',
			bottom: 4,
			itemHeight: 120,
			inRange: { color: spec.colours ?? ['#d7301f', '#fdd49e', '#f7fcf0', '#a8ddb5', '#2b8cbe'] },
			// A minus sign, not a hyphen, at the negative end of a scale of differences.
			text: [String(spec.max), String(spec.min)].map((v) => v.replace(/^-/, '−')),
			show: true
		},
		series: [
			{
				type: 'heatmap',
				data,
				label: {
					show: true,
					fontSize: 11,
					// Two lines (an effect and its interval) stood on each other without it.
					lineHeight: 13,
					color: '#1b2430',
					formatter: (p) => {
						const [c, r, v] = (p as unknown as { value: [number, number, number | string] }).value;
						return typeof v === 'number' ? spec.label(v, r, c) : '';
					}
				},
				emphasis: { itemStyle: { borderColor: '#1b2430', borderWidth: 1 } }
			}
		]
	};
}
