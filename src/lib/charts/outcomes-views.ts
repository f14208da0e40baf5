import type { EChartsOption } from 'echarts';
import type { dynamics, levels, outcomesHeatmap } from '../analysis/views';
import { SMALL_GROUP } from '../analysis/linkage';
import { formatNumber, type Locale, type Translate } from '../i18n';
import { heatmapOption } from './heatmap';
import { round, wrapLabel } from './text';
import { baseOption, PERIOD_COLOURS } from './theme';

type Heatmap = Awaited<ReturnType<typeof outcomesHeatmap>>;
type Levels = Awaited<ReturnType<typeof levels>>;
type Dynamics = Awaited<ReturnType<typeof dynamics>>;

const pct = (x: number) => Math.round(100 * x);

/**
 * Groups × areas: the mean at one period as a share of the scale (0–100), faint under 5 children, or
 * left empty and said «< 5» when small figures are suppressed.
 */
export function outcomesHeatmapOption(
	data: Heatmap,
	t: Translate,
	_locale: Locale,
	suppressSmall = false
): EChartsOption {
	const hidden = (r: number, c: number) => suppressSmall && data.n[r][c] < SMALL_GROUP;
	const shown = (r: number, c: number) =>
		hidden(r, c) ? t('chart.small') : Number.isFinite(data.mean[r][c]) ? String(pct(data.mean[r][c])) : '—';
	return heatmapOption({
		title: t('chart.heatmap.title', { period: data.period }),
		description: data.groups
			.map((g, r) => `${g}: ${data.areas.map((a, c) => `${a} — ${shown(r, c)}`).join(', ')}`)
			.join('; '),
		rows: data.groups,
		columns: data.areas,
		values: data.mean.map((row, r) =>
			row.map((v, c) => (Number.isFinite(v) && !hidden(r, c) ? 100 * v : NaN))
		),
		min: 0,
		max: 100,
		label: (v, r, c) => (data.n[r][c] < SMALL_GROUP ? `${Math.round(v)}*` : `${Math.round(v)}`),
		tooltip: (r, c) =>
			hidden(r, c)
				? `${data.groups[r]}\n${data.areas[c]}: ${t('chart.small')}`
				: t('chart.heatmap.tooltip', {
						group: data.groups[r],
						area: data.areas[c],
						mean: pct(data.mean[r][c]),
						n: data.n[r][c]
					}),
		muted: data.n.map((row) => row.map((n) => n < SMALL_GROUP))
	});
}

/** Per area, the shares of children at the low, middle and high level. */
export function levelsOption(data: Levels, t: Translate, _locale: Locale): EChartsOption {
	const names = [t('level.low'), t('level.mid'), t('level.high')];
	const series = [data.low, data.mid, data.high];
	return {
		...baseOption(
			t('chart.levels.title', { period: data.period }),
			data.areas
				.map(
					(a, i) =>
						`${a}: ${names.map((n, k) => `${n} ${pct(series[k][i])} %`).join(', ')} (n = ${data.n[i]})`
				)
				.join('; ')
		),
		color: ['#d7301f', '#fdbb84', '#2b8cbe'],
		legend: { top: 34 },
		grid: { top: 70, left: 220, right: 30, bottom: 40 },
		tooltip: { trigger: 'item', renderMode: 'richText' },
		xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
		yAxis: {
			type: 'category',
			inverse: true,
			data: data.areas.map((a) => wrapLabel(a, 28)),
			axisLabel: { interval: 0, lineHeight: 14 }
		},
		series: series.map((values, k) => ({
			type: 'bar',
			stack: 'levels',
			name: names[k],
			data: values.map((v) => round(100 * v, 1)),
			label: {
				show: true,
				formatter: (p: { value: unknown }) => (Number(p.value) >= 6 ? `${Math.round(Number(p.value))}` : '')
			}
		}))
	};
}

/** Start and end of the year per group for one area, on the file's scale, children paired. */
export function dynamicsOption(data: Dynamics, t: Translate, locale: Locale): EChartsOption {
	return {
		...baseOption(
			t('chart.dynamics.title', { area: data.area }),
			data.groups
				.map(
					(g, i) =>
						`${g}: ${formatNumber(locale, data.start[i])} → ${formatNumber(locale, data.end[i])} (n = ${data.paired[i]})`
				)
				.join('; ')
		),
		color: PERIOD_COLOURS,
		legend: { top: 34, data: [data.first, data.last] },
		grid: { top: 70, left: 60, right: 20, bottom: 110 },
		tooltip: { trigger: 'item', renderMode: 'richText' },
		xAxis: {
			type: 'category',
			data: data.groups,
			// Ten group names side by side only fit slanted.
			axisLabel: { interval: 0, fontSize: 11, rotate: 30 }
		},
		yAxis: {
			type: 'value',
			name: t('chart.dynamics.axis'),
			nameLocation: 'middle',
			nameGap: 40,
			// «2,5», not «2.5»: the locale's decimal mark, as on every other chart.
			axisLabel: { formatter: (value: number) => formatNumber(locale, value) }
		},
		series: [
			{ type: 'bar', name: data.first, data: data.start.map((v) => round(v)) },
			{ type: 'bar', name: data.last, data: data.end.map((v) => round(v)) }
		]
	};
}
