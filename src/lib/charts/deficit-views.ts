import type { EChartsOption } from 'echarts';
import type { DeficitMatrix } from '../analysis/deficits';
import { formatPercent, type Locale, type Translate } from '../i18n';
import { heatmapOption } from './heatmap';
import { wrapLabel } from './text';
import { baseOption, headerHeight } from './theme';

/**
 * Teachers × competencies: each teacher's self-assessment (0–100), deficits marked with «!». The scale
 * diverges around its middle on purpose: below it is a deficit.
 */
export function deficitHeatmapOption(
	data: DeficitMatrix,
	t: Translate,
	locale: Locale,
	subtitle = ''
): EChartsOption {
	return heatmapOption({
		title: t('chart.deficitMatrix.title'),
		subtitle,
		description: data.teachers
			.map(
				(name, r) => `${name}: ${data.competencies.filter((_, c) => data.deficit[r][c]).join(', ') || '—'}`
			)
			.join('; '),
		rows: data.teachers,
		columns: data.competencies,
		values: data.score.map((row) => row.map((v) => (Number.isFinite(v) ? 100 * v : NaN))),
		min: 0,
		max: 100,
		label: (v, r, c) => `${Math.round(v)}${data.deficit[r][c] ? '!' : ''}`,
		tooltip: (r, c) =>
			t(data.deficit[r][c] ? 'chart.deficitMatrix.tooltipDeficit' : 'chart.deficitMatrix.tooltip', {
				teacher: data.teachers[r],
				competency: data.competencies[c],
				score: formatPercent(locale, data.score[r][c])
			}),
		rowLabelWidth: 220
	});
}

/**
 * The collective profile: the mean self-assessment per competency (with its n of teachers), weakest first.
 * «порог дефицита» is written above the plotting area, in a strip of its own, so it meets no other text.
 */
export function profileOption(
	data: { competency: string[]; meanScore: number[]; respondents?: number[] },
	t: Translate,
	locale: Locale,
	subtitle = ''
): EChartsOption {
	const order = data.competency.map((_, i) => i).sort((a, b) => data.meanScore[a] - data.meanScore[b]);
	const name = (i: number) =>
		data.respondents
			? t('chart.nAxis', { name: data.competency[i], n: data.respondents[i] })
			: data.competency[i];
	return {
		...baseOption(
			t('chart.profile.title'),
			order.map((i) => `${data.competency[i]}: ${formatPercent(locale, data.meanScore[i])}`).join('; '),
			subtitle
		),
		color: ['#1f5f8b'],
		grid: { top: headerHeight(subtitle) + 24, left: 220, right: 50, bottom: 50 },
		tooltip: { trigger: 'item', renderMode: 'richText' },
		xAxis: {
			type: 'value',
			min: 0,
			max: 100,
			name: t('chart.profile.axis'),
			nameLocation: 'middle',
			nameGap: 28
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: order.map((i) => wrapLabel(name(i), 30)),
			axisLabel: { interval: 0, lineHeight: 14 }
		},
		series: [
			{
				type: 'bar',
				data: order.map((i) => Math.round(100 * data.meanScore[i])),
				barMaxWidth: 24,
				label: { show: true, position: 'right' },
				markLine: {
					silent: true,
					symbol: 'none',
					// The axis is inverted: the line's start is at the top of the plot.
					data: [{ xAxis: 50, label: { position: 'start', formatter: t('chart.profile.threshold') } }]
				}
			}
		]
	};
}
