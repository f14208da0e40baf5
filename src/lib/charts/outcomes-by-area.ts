import type { EChartsOption } from 'echarts';
import type { OutcomesByAreaPeriod } from '../analysis/outcomes';
import { formatNumber, type Locale, type Translate } from '../i18n';
import { round, wrapLabel } from './text';
import { baseOption, PERIOD_COLOURS } from './theme';

/** Grouped bars: mean score per educational area, one bar per period, on the file's own scale. */
export function outcomesByAreaOption(
	data: OutcomesByAreaPeriod,
	t: Translate,
	locale: Locale
): EChartsOption {
	return {
		...baseOption(
			t('chart.outcomes.title'),
			data.areas
				.map(
					(area, a) =>
						`${area}: ` +
						data.periods
							.flatMap((p, i) =>
								data.n[i][a] > 0 ? [`${p} — ${formatNumber(locale, data.mean[i][a])}`] : []
							)
							.join(', ')
				)
				.join('; ')
		),
		color: PERIOD_COLOURS,
		legend: { top: 36, data: data.periods },
		grid: { top: 80, left: 70, right: 24, bottom: 64 },
		tooltip: {
			trigger: 'item',
			// Rich text, not HTML: names from the files can never become markup.
			renderMode: 'richText',
			formatter: (p) => {
				const { seriesIndex = 0, dataIndex } = p as { seriesIndex?: number; dataIndex: number };
				return t('chart.outcomes.tooltip', {
					area: data.areas[dataIndex],
					period: data.periods[seriesIndex],
					mean: formatNumber(locale, data.mean[seriesIndex][dataIndex]),
					n: data.n[seriesIndex][dataIndex],
					low: Math.round(100 * data.lowShare[seriesIndex][dataIndex])
				});
			}
		},
		xAxis: {
			type: 'category',
			data: data.areas.map((a) => wrapLabel(a, 14)),
			axisLabel: { interval: 0, fontSize: 11, lineHeight: 14 }
		},
		yAxis: {
			type: 'value',
			min: data.scale.min,
			max: data.scale.max,
			name: t('chart.outcomes.axis', { min: data.scale.min, max: data.scale.max }),
			nameLocation: 'middle',
			nameGap: 44,
			axisLabel: { formatter: (value: number) => formatNumber(locale, value) }
		},
		series: data.periods.map((period, p) => ({
			type: 'bar',
			name: period,
			data: data.mean[p].map((m) => round(m)),
			label: {
				show: true,
				position: 'top',
				fontSize: 11,
				formatter: (l: { value: unknown }) => formatNumber(locale, Number(l.value), 1)
			}
		}))
	};
}
