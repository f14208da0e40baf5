import type { EChartsOption } from 'echarts';
import type { OutcomesByAreaPeriod } from '../analysis/outcomes';
import { formatNumber, formatPercent, type Locale, type Translate } from '../i18n';
import { round, wrapLabel } from './text';
import { baseOption, headerHeight, PERIOD_COLOURS } from './theme';

/**
 * Grouped bars: mean score per educational area, one bar per period, on the file's own scale; each area
 * says under its name how many children its last bar stands on.
 */
export function outcomesByAreaOption(
	data: OutcomesByAreaPeriod,
	t: Translate,
	locale: Locale,
	subtitle = ''
): EChartsOption {
	const top = headerHeight(subtitle);
	const lastN = (a: number) => {
		const p = data.periods.findLastIndex((_, i) => data.n[i][a] > 0);
		return p < 0 ? 0 : data.n[p][a];
	};
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
				.join('; '),
			subtitle
		),
		color: PERIOD_COLOURS,
		legend: { top, data: data.periods },
		grid: { top: top + 44, left: 70, right: 24, bottom: 78 },
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
					low: formatPercent(locale, data.lowShare[seriesIndex][dataIndex])
				});
			}
		},
		xAxis: {
			type: 'category',
			data: data.areas.map((a, i) => `${wrapLabel(a, 14)}\n(n = ${lastN(i)})`),
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
				// Four or five periods side by side (четверти and the year) leave no room for a number on each
				// bar: the tooltip and the aria description carry them.
				show: data.periods.length <= 3,
				position: 'top',
				fontSize: 11,
				formatter: (l: { value: unknown }) => formatNumber(locale, Number(l.value), 1)
			}
		}))
	};
}
