import type { EChartsOption } from 'echarts';

/** A 16 px semibold Cyrillic character is about this wide; a title line about this high. */
const CHAR_PX = 9.5;
const LINE_PX = 22;

const shift = <T>(part: T, by: number): T => {
	if (!part || Array.isArray(part) || typeof part !== 'object') return part;
	const top = (part as { top?: unknown }).top;
	return typeof top === 'number' ? { ...part, top: top + by } : part;
};

/**
 * A chart's title breaks into lines within the width it is drawn at (a report prints two charts abreast;
 * a long title would run off both sides and be cut), and the legend and plot move down by the lines it
 * gained, so nothing overlaps. Titles that fit are untouched.
 */
export function fitTitle(option: EChartsOption, width: number): EChartsOption {
	const title = option.title;
	if (!title || Array.isArray(title) || !(width > 0)) return option;
	const room = Math.max(120, width - 32);
	const lines = Math.ceil((String(title.text ?? '').length * CHAR_PX) / room);
	if (lines <= 1) return option;
	const extra = (lines - 1) * LINE_PX;
	return {
		...option,
		title: { ...title, textStyle: { ...title.textStyle, width: room, overflow: 'break' } },
		legend: shift(option.legend, extra),
		grid: shift(option.grid, extra)
	} as EChartsOption;
}
