import type { EChartsOption } from 'echarts';

/**
 * The chart as it leaves the page: the same option with a source line (files, date) inside the image,
 * so a slide made from it says where its numbers come from.
 */
export function withSourceLine(option: EChartsOption, source: string): EChartsOption {
	return {
		...option,
		graphic: [
			{
				type: 'text',
				left: 8,
				bottom: 2,
				silent: true,
				style: { text: source, fontSize: 10, fill: '#5a6675' }
			}
		]
	};
}
