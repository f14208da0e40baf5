import type { EChartsOption } from 'echarts';

const LINE_HEIGHT = 14;
/** Average width of a character at the source line's 10 px, for wrapping without measuring. */
const CHAR_WIDTH = 5.6;

type Anchored = { bottom?: unknown };
const lift = (component: unknown, by: number): unknown => {
	if (Array.isArray(component)) return component.map((c) => lift(c, by));
	const c = component as Anchored | undefined;
	return c && typeof c.bottom === 'number' ? { ...c, bottom: c.bottom + by } : component;
};

/**
 * The chart as it leaves the page: the same option with a source line (files, date) at the foot of the
 * image, wrapped to its width. Everything anchored to the bottom moves up to make room; `extraHeight`
 * is what the exported image must add.
 */
export function withSourceLine(
	option: EChartsOption,
	source: string,
	width: number
): { option: EChartsOption; extraHeight: number } {
	const lines = Math.max(1, Math.ceil((source.length * CHAR_WIDTH) / Math.max(100, width - 16)));
	const extraHeight = lines * LINE_HEIGHT + 6;
	return {
		extraHeight,
		option: {
			...option,
			grid: lift(option.grid, extraHeight) as EChartsOption['grid'],
			legend: lift(option.legend, extraHeight) as EChartsOption['legend'],
			visualMap: lift(option.visualMap, extraHeight) as EChartsOption['visualMap'],
			graphic: [
				{
					type: 'text',
					left: 8,
					bottom: 4,
					silent: true,
					style: {
						text: source,
						// A margin for fonts wider than the estimate.
						width: width - 48,
						overflow: 'break',
						lineHeight: LINE_HEIGHT,
						fontSize: 10,
						fill: '#5a6675'
					}
				}
			]
		}
	};
}
