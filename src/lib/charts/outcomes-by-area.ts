import type { EChartsOption } from 'echarts';
import type { OutcomesByAreaPeriod } from '../analysis/outcomes';
import { formatNumber, formatPercent, type Locale, type Translate } from '../i18n';
import { round, wrapLabel } from './text';
import { baseOption, headerHeight, PERIOD_COLOURS } from './theme';

/**
 * Grouped bars: mean result per educational area, one bar per period, in % of the scale (the one scale of
 * every outcome figure); the file's own points are in the tooltip when all files share one scale. Each area
 * says under its name how many children its last bar stands on.
 */
export function outcomesByAreaOption(
	data: OutcomesByAreaPeriod,
	t: Translate,
	locale: Locale,
	subtitle = ''
): EChartsOption {
	const top = headerHeight(subtitle);
	// Marks 2–5 are read as marks; every other scale as its share, so files on 0–3 and 1–4 sit side by side.
	const value = data.marks ? data.mean : data.pct;
	const said = (v: number) => (data.marks ? formatNumber(locale, v, 1) : `${formatNumber(locale, v, 0)} %`);
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
							.flatMap((p, i) => (data.n[i][a] > 0 ? [`${p} — ${said(value[i][a])}`] : []))
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
				const mean = data.mean[seriesIndex][dataIndex];
				const points =
					data.oneScale && !data.marks
						? '\n' +
							t('chart.outcomes.points', {
								mean: formatNumber(locale, mean),
								min: formatNumber(locale, data.scale.min),
								max: formatNumber(locale, data.scale.max)
							})
						: '';
				return (
					t(data.marks ? 'chart.outcomes.tooltip.marks' : 'chart.outcomes.tooltip', {
						area: data.areas[dataIndex],
						period: data.periods[seriesIndex],
						mean: said(value[seriesIndex][dataIndex]),
						n: data.n[seriesIndex][dataIndex],
						low: formatPercent(locale, data.lowShare[seriesIndex][dataIndex])
					}) + points
				);
			}
		},
		xAxis: {
			type: 'category',
			data: data.areas.map((a, i) => `${wrapLabel(a, 14)}\n(n = ${lastN(i)})`),
			axisLabel: { interval: 0, fontSize: 11, lineHeight: 14 }
		},
		yAxis: {
			type: 'value',
			min: data.marks ? 2 : 0,
			max: data.marks ? 5 : 100,
			name: t(data.marks ? 'chart.outcomes.axis.marks' : 'chart.outcomes.axis'),
			nameLocation: 'middle',
			nameGap: 44,
			axisLabel: { formatter: (v: number) => said(v) }
		},
		series: data.periods.map((period, p) => ({
			type: 'bar',
			name: period,
			data: value[p].map((m) => round(m)),
			label: {
				// Four or five periods side by side (четверти and the year) leave no room for a number on each
				// bar: the tooltip and the aria description carry them.
				show: data.periods.length <= 3,
				position: 'top',
				fontSize: 11,
				formatter: (l: { value: unknown }) => formatNumber(locale, Number(l.value), data.marks ? 1 : 0)
			}
		}))
	};
}
