import type { EChartsOption } from 'echarts';
import type { DeficitPrevalence } from '../analysis/deficits';
import { formatPercent, type Locale, type Translate } from '../i18n';
import { wrapLabel } from './text';
import { baseOption, DEFICIT_COLOUR, headerHeight } from './theme';

/** Horizontal bars: share of teachers in deficit per competency, the most widespread on top, with k of n. */
export function deficitPrevalenceOption(
	data: DeficitPrevalence,
	t: Translate,
	locale: Locale,
	subtitle = ''
): EChartsOption {
	// ECharts draws the first category at the bottom; reverse so the ranking reads top-down.
	const order = data.competencies.map((_, i) => i).reverse();
	return {
		...baseOption(
			t('chart.prevalence.title'),
			data.competencies
				.map(
					(c, i) => `${c}: ${t('chart.prevalence.label', { k: data.inDeficit[i], n: data.respondents[i] })}`
				)
				.join('; '),
			subtitle
		),
		color: [DEFICIT_COLOUR],
		grid: { top: headerHeight(subtitle) + 4, left: 220, right: 70, bottom: 56 },
		tooltip: {
			trigger: 'item',
			renderMode: 'richText',
			formatter: (p) => {
				const i = order[(p as { dataIndex: number }).dataIndex];
				return t('chart.prevalence.tooltip', {
					competency: data.competencies[i],
					k: data.inDeficit[i],
					n: data.respondents[i],
					share: formatPercent(locale, data.share[i])
				});
			}
		},
		xAxis: {
			type: 'value',
			min: 0,
			max: 100,
			name: t('chart.prevalence.axis'),
			nameLocation: 'middle',
			nameGap: 30
		},
		yAxis: {
			type: 'category',
			data: order.map((i) => wrapLabel(data.competencies[i], 30)),
			axisLabel: { interval: 0, fontSize: 12, lineHeight: 15 }
		},
		series: [
			{
				type: 'bar',
				data: order.map((i) => Math.round(1000 * data.share[i]) / 10),
				barMaxWidth: 28,
				label: {
					show: true,
					position: 'right',
					formatter: (l: { dataIndex: number }) =>
						t('chart.prevalence.label', {
							k: data.inDeficit[order[l.dataIndex]],
							n: data.respondents[order[l.dataIndex]]
						})
				}
			}
		]
	};
}
