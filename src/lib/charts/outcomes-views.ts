import type { EChartsOption } from 'echarts';
import type { dynamics, levels, outcomesHeatmap } from '../analysis/views';
import { SMALL_GROUP } from '../analysis/linkage';
import { formatNumber, formatPercent, type Locale, type Translate } from '../i18n';
import { heatmapOption, SEQUENTIAL } from './heatmap';
import { round, wrapLabel } from './text';
import { baseOption, headerHeight, PERIOD_COLOURS } from './theme';
import { LEVEL_CUTS } from '../ingest/scales';

type Heatmap = Awaited<ReturnType<typeof outcomesHeatmap>>;
type Levels = Awaited<ReturnType<typeof levels>>;
type Dynamics = Awaited<ReturnType<typeof dynamics>>;

/** The smallest range in whole tens (within 0–100) that holds every finite value. */
export function tensAround(values: number[]): { min: number; max: number } {
	const finite = values.filter(Number.isFinite);
	if (!finite.length) return { min: 0, max: 100 };
	const min = Math.max(0, Math.floor(Math.min(...finite) / 10) * 10);
	const max = Math.min(100, Math.ceil(Math.max(...finite) / 10) * 10);
	if (max > min) return { min, max };
	return min >= 100 ? { min: 90, max: 100 } : { min, max: min + 10 };
}

/** A row or bar's name with the children it stands on, visible in the image and not only in its label. */
/** «Ягодка (n = 22)»; under 5 children «(n = 3*)», the asterisk the footnote explains. */
export const withN = (t: Translate, name: string, n: number) =>
	t('chart.nAxis', { name, n: n < SMALL_GROUP ? `${n}*` : n });

/**
 * Groups (in age order) × areas: the mean at one period as a share of the scale (0–100) on a sequential
 * scale, each group with its n, faint under 5 children, or left empty and said «< 5» when small figures
 * are suppressed.
 */
export function outcomesHeatmapOption(
	data: Heatmap,
	t: Translate,
	locale: Locale,
	suppressSmall = false,
	subtitle = ''
): EChartsOption {
	const rowN = data.n.map((row) => Math.max(0, ...row));
	const hidden = (r: number, c: number) => suppressSmall && data.n[r][c] < SMALL_GROUP;
	const shown = (r: number, c: number) =>
		hidden(r, c)
			? t('chart.small')
			: Number.isFinite(data.mean[r][c])
				? formatPercent(locale, data.mean[r][c])
				: '—';
	return heatmapOption({
		title: t('chart.heatmap.title', { period: data.period }),
		subtitle,
		description: data.groups
			.map((g, r) => `${g}: ${data.areas.map((a, c) => `${a} — ${shown(r, c)}`).join(', ')}`)
			.join('; '),
		rows: data.groups.map((g, r) => withN(t, g, rowN[r])),
		columns: data.areas,
		values: data.mean.map((row, r) =>
			row.map((v, c) => (Number.isFinite(v) && !hidden(r, c) ? 100 * v : NaN))
		),
		// The colour runs over the figures' own range, in tens: a sequential scale has no middle to keep at 50.
		...tensAround(data.mean.flat().map((v) => 100 * v)),
		colours: SEQUENTIAL,
		rowLabelWidth: 230,
		label: (v, r, c) => (data.n[r][c] < SMALL_GROUP ? `${Math.round(v)}*` : `${Math.round(v)}`),
		tooltip: (r, c) =>
			hidden(r, c)
				? `${data.groups[r]}\n${data.areas[c]}: ${t('chart.small')}`
				: t('chart.heatmap.tooltip', {
						group: data.groups[r],
						area: data.areas[c],
						mean: formatPercent(locale, data.mean[r][c]),
						n: data.n[r][c]
					}),
		muted: data.n.map((row) => row.map((n) => n < SMALL_GROUP))
	});
}

/** Per area (with its n), the shares of children at the low, middle and high level. */
export function levelsOption(data: Levels, t: Translate, locale: Locale, subtitle = ''): EChartsOption {
	const names = [t('level.low'), t('level.mid'), t('level.high')];
	const series = [data.low, data.mid, data.high];
	const top = headerHeight(subtitle);
	return {
		...baseOption(
			t('chart.levels.title', { period: data.period }),
			data.areas
				.map(
					(a, i) =>
						`${a}: ${names.map((n, k) => `${n} ${formatPercent(locale, series[k][i])} %`).join(', ')} (n = ${data.n[i]})`
				)
				.join('; '),
			subtitle
		),
		color: ['#d7301f', '#fdbb84', '#2b8cbe'],
		// The legend says where the levels are cut, on the page's one scale (a child's score in % of it).
		legend: {
			top,
			formatter: (name: string) =>
				name === names[0]
					? t('chart.levels.lowCut', { level: name, cut: formatPercent(locale, LEVEL_CUTS.low) })
					: name === names[2]
						? t('chart.levels.highCut', { level: name, cut: formatPercent(locale, LEVEL_CUTS.high) })
						: name
		},
		grid: { top: top + 36, left: 220, right: 30, bottom: 52 },
		tooltip: { trigger: 'item', renderMode: 'richText' },
		xAxis: {
			type: 'value',
			max: 100,
			name: t('chart.levels.axis'),
			nameLocation: 'middle',
			nameGap: 26,
			axisLabel: { formatter: '{value} %' }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: data.areas.map((a, i) => wrapLabel(withN(t, a, data.n[i]), 28)),
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

/**
 * Start and end of the year per group (in age order, each with its paired n) for one area, in % of the scale
 * as every outcome figure (marks 2–5 as marks).
 */
export function dynamicsOption(data: Dynamics, t: Translate, locale: Locale, subtitle = ''): EChartsOption {
	const top = headerHeight(subtitle);
	const [start, end] = data.marks ? [data.start, data.end] : [data.startPct, data.endPct];
	const said = (v: number) => (data.marks ? formatNumber(locale, v, 1) : `${formatNumber(locale, v, 0)} %`);
	return {
		...baseOption(
			t('chart.dynamics.title', { area: data.area }),
			data.groups
				.map((g, i) => `${g}: ${said(start[i])} → ${said(end[i])} (n = ${data.paired[i]})`)
				.join('; '),
			subtitle
		),
		color: PERIOD_COLOURS,
		legend: { top, data: [data.first, data.last] },
		grid: { top: top + 36, left: 72, right: 20, bottom: 120 },
		tooltip: { trigger: 'item', renderMode: 'richText' },
		xAxis: {
			type: 'category',
			data: data.groups.map((g, i) => withN(t, g, data.paired[i])),
			// Ten group names side by side only fit slanted.
			axisLabel: { interval: 0, fontSize: 11, rotate: 30 }
		},
		yAxis: {
			type: 'value',
			name: t(data.marks ? 'chart.dynamics.axis.marks' : 'chart.dynamics.axis'),
			nameLocation: 'middle',
			nameGap: 48,
			min: data.marks ? 2 : 0,
			max: data.marks ? 5 : 100,
			// «2,5», not «2.5»: the locale's decimal mark, as on every other chart.
			axisLabel: { formatter: (v: number) => said(v) }
		},
		series: [
			{ type: 'bar', name: data.first, data: start.map((v) => round(v)) },
			{ type: 'bar', name: data.last, data: end.map((v) => round(v)) }
		]
	};
}
