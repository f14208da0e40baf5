import type { EChartsOption } from 'echarts';
import { wrapLabel, wrapParts } from './text';

/**
 * What a character takes at the chart's sizes (DejaVu/Noto Sans, Cyrillic, with a margin): 16 px semibold
 * titles, 12 px subtitles, axis labels 0,62 of their font size; and the height of a line of each.
 */
const TITLE_CHAR_PX = 10;
const SUB_CHAR_PX = 7;
const TITLE_LINE_PX = 22;
const SUB_LINE_PX = 15;
const LABEL_LINE_PX = 14;

const shift = <T>(part: T, by: number): T => {
	if (!by || !part || Array.isArray(part) || typeof part !== 'object') return part;
	const top = (part as { top?: unknown }).top;
	return typeof top === 'number' ? { ...part, top: top + by } : part;
};

const lineCount = (text: string) => (text ? text.split('\n').length : 0);
/** Each line of `text` wrapped to `chars`, at spaces and after hyphens; a word longer than a line hyphenated. */
const wrapLines = (text: string, chars: number, split = false) =>
	text
		.split('\n')
		.map((line) => wrapLabel(line, Math.max(6, chars), split))
		.join('\n');

type Grid = { top?: number; left?: number; right?: number; bottom?: number };
type CategoryAxis = {
	type?: string;
	data?: unknown[];
	axisLabel?: { interval?: number; rotate?: number; lineHeight?: number; fontSize?: number };
};

/**
 * Category labels set side by side (every label shown, none slanted) wrapped to the width each category
 * gets at this chart width, so two abreast on a printed page they do not run into each other; the plot's
 * bottom grows with the lines they gained.
 */
function fitCategories(option: EChartsOption, width: number): EChartsOption {
	const axis = option.xAxis as CategoryAxis | undefined;
	const grid = option.grid as Grid | undefined;
	if (!axis || Array.isArray(axis) || axis.type !== 'category' || !Array.isArray(axis.data)) return option;
	if (axis.axisLabel?.interval !== 0 || axis.axisLabel?.rotate || !grid || Array.isArray(grid)) return option;
	const labels = axis.data.map(String);
	const plot = width - (grid.left ?? 60) - (grid.right ?? 20);
	const chars = Math.floor(plot / labels.length / (0.62 * (axis.axisLabel?.fontSize ?? 12)));
	if (labels.every((l) => l.split('\n').every((line) => line.length <= chars))) return option;
	const wrapped = labels.map((l) => wrapLines(l, chars, true));
	const added = Math.max(...wrapped.map(lineCount)) - Math.max(...labels.map(lineCount));
	const lineHeight = axis.axisLabel?.lineHeight ?? LABEL_LINE_PX;
	return {
		...option,
		xAxis: { ...axis, data: wrapped },
		grid: { ...grid, bottom: (grid.bottom ?? 60) + Math.max(0, added) * lineHeight }
	} as EChartsOption;
}

/** The ФГОС ДО areas as methodists write them in a table's head. */
const AREA_SHORT: [string, string][] = [
	['Социально-коммуникативное развитие', 'СКР'],
	['Познавательное развитие', 'ПР'],
	['Речевое развитие', 'РР'],
	['Художественно-эстетическое развитие', 'ХЭР'],
	['Физическое развитие', 'ФР']
];
/** A label compared without its line breaks and hyphens (a chart may have wrapped it already). */
const bare = (label: string) => label.replace(/[-\s]/g, '');

/**
 * Columns of ФГОС ДО areas too narrow even for «Социально-» (under ten characters: a heatmap beside its groups'
 * names, two charts abreast on a printed page): hyphenated into five to seven lines, the names were hard to read
 * and ran into each other. Their abbreviations (СКР, ПР, РР, ХЭР, ФР) head the columns instead, and the
 * subtitle says what each stands for.
 */
function abbreviateAreas(option: EChartsOption, width: number): EChartsOption {
	const axis = option.xAxis as CategoryAxis | undefined;
	const grid = option.grid as Grid | undefined;
	const title = option.title;
	if (!axis || Array.isArray(axis) || axis.type !== 'category' || !Array.isArray(axis.data)) return option;
	if (axis.axisLabel?.interval !== 0 || axis.axisLabel?.rotate || !grid || Array.isArray(grid)) return option;
	if (!title || Array.isArray(title)) return option;
	const labels = axis.data.map(String);
	const names = labels.map((l) => AREA_SHORT.find(([name]) => bare(name) === bare(l)));
	if (!names.every((n) => n !== undefined)) return option;
	const plot = width - (grid.left ?? 60) - (grid.right ?? 20);
	const chars = Math.floor(plot / labels.length / (0.62 * (axis.axisLabel?.fontSize ?? 12)));
	// From ten characters a column the names hyphenate once where they must («коммуни-кативное»), and read.
	if (chars >= 10) return option;
	const key = names.map(([name, short]) => `${short} — ${name.charAt(0).toLowerCase()}${name.slice(1)}`);
	const lines = Math.max(...labels.map(lineCount));
	const lineHeight = axis.axisLabel?.lineHeight ?? LABEL_LINE_PX;
	return {
		...option,
		title: { ...title, subtext: [title.subtext, key.join(' · ')].filter(Boolean).join('\n') },
		xAxis: { ...axis, data: names.map(([, short]) => short) },
		legend: shift(option.legend, SUB_LINE_PX),
		// The key's line over the plot (its wrapping is counted with the subtitle's); under it one line of names, clear of a legend below.
		grid: shift(
			{ ...grid, bottom: Math.max(70, (grid.bottom ?? 60) - (lines - 1) * lineHeight) },
			SUB_LINE_PX
		)
	} as EChartsOption;
}

/** A legend item: its symbol and the gap after it, then its text at 12 px; a row of them. */
const LEGEND_ITEM_PX = 35;
const LEGEND_CHAR_PX = 7;
const LEGEND_ROW_PX = 22;

type Legend = { top?: unknown; orient?: string; type?: string; data?: unknown[]; formatter?: unknown };

/**
 * A legend over the plot that runs into a second row at this width (the levels' «низкий (ниже 50 % шкалы)» two
 * abreast on a printed page) moves the plot down by the rows it gained, instead of lying on the bars.
 */
function fitLegend(option: EChartsOption, width: number): EChartsOption {
	const legend = option.legend as Legend | undefined;
	const grid = option.grid as Grid | undefined;
	if (!legend || Array.isArray(legend) || !grid || Array.isArray(grid)) return option;
	if (typeof legend.top !== 'number' || typeof grid.top !== 'number' || legend.top >= grid.top) return option;
	if (legend.orient === 'vertical' || legend.type === 'scroll') return option;
	const series = [option.series ?? []].flat() as { name?: unknown }[];
	const names = (legend.data ?? series.map((s) => s.name).filter((n) => n !== undefined)).map((d) =>
		String(d !== null && typeof d === 'object' ? (d as { name?: unknown }).name : d)
	);
	const format =
		typeof legend.formatter === 'function' ? (legend.formatter as (n: string) => string) : String;
	let rows = 1;
	let used = 0;
	for (const name of names) {
		const item = LEGEND_ITEM_PX + format(name).length * LEGEND_CHAR_PX;
		if (used > 0 && used + item > width - 20) {
			rows += 1;
			used = 0;
		}
		used += item;
	}
	if (rows === 1) return option;
	return { ...option, grid: { ...grid, top: grid.top + (rows - 1) * LEGEND_ROW_PX } } as EChartsOption;
}

/**
 * A chart drawn at `width` (a report prints two abreast): its title and subtitle break into lines within it,
 * the legend and plot move down by the lines gained, the plot below a legend that wraps too, and side-by-side
 * category labels wrap to their share of the width (ФГОС ДО areas too narrow for that are abbreviated). What
 * fits is untouched.
 */
export function fitToWidth(whole: EChartsOption, width: number): EChartsOption {
	if (!(width > 0)) return whole;
	const option = abbreviateAreas(whole, width);
	const title = option.title;
	if (!title || Array.isArray(title)) return option;
	const room = Math.max(120, width - 32);
	const text = String(title.text ?? '');
	const sub = String(title.subtext ?? '');
	const fittedText = wrapLines(text, Math.floor(room / TITLE_CHAR_PX));
	const fittedSub = sub && wrapParts(sub, Math.floor(room / SUB_CHAR_PX));
	const extra =
		(lineCount(fittedText) - lineCount(text)) * TITLE_LINE_PX +
		(lineCount(fittedSub) - lineCount(sub)) * SUB_LINE_PX;
	const titled =
		fittedText === text && fittedSub === sub
			? option
			: ({
					...option,
					title: {
						...title,
						text: fittedText,
						subtext: fittedSub,
						textStyle: { ...title.textStyle, lineHeight: TITLE_LINE_PX }
					},
					legend: shift(option.legend, extra),
					grid: shift(option.grid, extra)
				} as EChartsOption);
	return fitLegend(fitCategories(titled, width), width);
}
