import type { EChartsOption } from 'echarts';
import type { LinkageResult } from '../analysis/linkage';
import { formatNumber, type Locale, type Translate } from '../i18n';
import { heatmapOption } from './heatmap';
import { baseOption, DEFICIT_COLOUR } from './theme';

const points = (x: number | null) => (x === null ? NaN : 100 * x);

/**
 * Competencies × areas: the effect (exposed − unexposed groups, points of 0–100). A cell whose interval
 * crosses zero, or that has too few groups, is faint: it is not a finding.
 */
export function linkageMatrixOption(results: LinkageResult[], t: Translate, locale: Locale): EChartsOption {
	const competencies = [...new Set(results.map((r) => r.competency))];
	const areas = [...new Set(results.map((r) => r.area))];
	const at = (c: string, a: string) => results.find((r) => r.competency === c && r.area === a);
	return heatmapOption({
		title: t('chart.linkageMatrix.title'),
		description: results
			.map(
				(r) =>
					`${r.competency} × ${r.area}: ${formatNumber(locale, points(r.effect), 1)} (${t(`verdict.${r.verdict}`)})`
			)
			.join('; '),
		rows: competencies,
		columns: areas,
		values: competencies.map((c) => areas.map((a) => points(at(c, a)?.effect ?? null))),
		min: -20,
		max: 20,
		label: (v) => formatNumber(locale, v, 1),
		tooltip: (r, c) => {
			const result = at(competencies[r], areas[c])!;
			return t('chart.linkageMatrix.tooltip', {
				competency: result.competency,
				area: result.area,
				effect: formatNumber(locale, points(result.effect), 1),
				low: formatNumber(locale, points(result.ci_low), 1),
				high: formatNumber(locale, points(result.ci_high), 1),
				groups: result.n_groups,
				verdict: t(`verdict.${result.verdict}`)
			});
		},
		muted: competencies.map((c) => areas.map((a) => at(c, a)?.verdict !== 'linked')),
		rowLabelWidth: 230
	});
}

/**
 * One pair: each group's exposure against its children's outcome, sized by children. With small figures
 * suppressed, groups under 5 children are left out and their number said.
 */
export function linkageScatterOption(
	pair: LinkageResult,
	t: Translate,
	locale: Locale,
	suppressSmall = false
): EChartsOption {
	const result = suppressSmall ? { ...pair, groups: pair.groups.filter((g) => !g.small) } : pair;
	const left = pair.groups.length - result.groups.length;
	const largest = Math.max(1, ...result.groups.map((g) => g.children));
	return {
		...baseOption(
			t('chart.linkageScatter.title', { competency: result.competency, area: result.area }),
			result.groups
				.map(
					(g) =>
						`${g.group}: ${Math.round(100 * g.exposure)} %, ${formatNumber(locale, 100 * g.outcome, 1)} (n = ${g.children}${g.small ? '*' : ''})`
				)
				.join('; ') + (left ? `. ${t('chart.smallHidden', { n: left })}` : '')
		),
		...(left
			? {
					graphic: [
						{
							type: 'text',
							right: 30,
							bottom: 4,
							style: { text: t('chart.smallHidden', { n: left }), fontSize: 11, fill: '#555' }
						}
					]
				}
			: {}),
		color: [DEFICIT_COLOUR],
		grid: { top: 56, left: 70, right: 30, bottom: 60 },
		tooltip: {
			trigger: 'item',
			renderMode: 'richText',
			formatter: (p) => {
				const g = result.groups[(p as { dataIndex: number }).dataIndex];
				return t('chart.linkageScatter.tooltip', {
					group: g.group,
					exposure: Math.round(100 * g.exposure),
					outcome: formatNumber(locale, 100 * g.outcome, 1),
					n: g.small ? `${g.children}*` : g.children
				});
			}
		},
		xAxis: {
			type: 'value',
			min: -0.05,
			max: 1.05,
			name: t('chart.linkageScatter.x'),
			nameLocation: 'middle',
			nameGap: 30,
			axisLabel: { formatter: (v: number) => (v >= 0 && v <= 1 ? `${Math.round(v * 100)} %` : '') }
		},
		yAxis: {
			type: 'value',
			name: t(result.measure === 'growth' ? 'chart.linkageScatter.yGrowth' : 'chart.linkageScatter.yLevel'),
			nameLocation: 'middle',
			nameGap: 45,
			scale: true
		},
		series: [
			{
				type: 'scatter',
				// Labels point inwards so the names of the most exposed groups stay inside the chart.
				data: result.groups.map((g) => ({
					value: [g.exposure, Math.round(1000 * g.outcome) / 10],
					label: { position: g.exposure > 0.6 ? ('left' as const) : ('right' as const) },
					// Under 5 children: drawn hollow, marked «*», and not part of the test.
					itemStyle: g.small
						? { color: 'transparent', borderColor: DEFICIT_COLOUR, borderWidth: 2 }
						: undefined
				})),
				symbolSize: (_: unknown, p: { dataIndex: number }) =>
					10 + 22 * Math.sqrt(result.groups[p.dataIndex].children / largest),
				itemStyle: { opacity: 0.75 },
				label: {
					show: true,
					position: 'right',
					fontSize: 10,
					formatter: (p: { dataIndex: number }) =>
						`${result.groups[p.dataIndex].group}${result.groups[p.dataIndex].small ? '*' : ''}`
				}
			}
		]
	};
}
