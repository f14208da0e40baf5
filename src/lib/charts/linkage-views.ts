import type { EChartsOption } from 'echarts';
import type { LinkageResult } from '../analysis/linkage';
import { formatNumber, formatPercent, type Locale, type Translate } from '../i18n';
import { dodge, niceStep } from './dodge';
import { heatmapOption } from './heatmap';
import { baseOption, DEFICIT_COLOUR, headerHeight } from './theme';

const points = (x: number | null) => (x === null ? NaN : 100 * x);
/** The scatter's card is never drawn lower than this (screen: 420 px; print and slides: more). */
const SMALLEST_HEIGHT = 420;
/** Label line height at 10 px plus air. */
const LABEL_GAP = 13;

/** The matrix's title says what is compared: growth over the year, the level at one assessment, or both. */
export function linkageMatrixTitle(results: LinkageResult[], t: Translate): string {
	const measures = new Set(results.map((r) => r.measure));
	if (measures.size !== 1) return t('chart.linkageMatrix.title');
	return t(measures.has('growth') ? 'chart.linkageMatrix.title.growth' : 'chart.linkageMatrix.title.level');
}

/**
 * Competencies × areas: the effect (exposed − unexposed groups, in % of the scale) with its 95 % interval
 * written under it, since the effect is an estimate. A cell whose interval crosses zero, or that has too
 * few groups, is faint: it is not a finding.
 */
export function linkageMatrixOption(
	results: LinkageResult[],
	t: Translate,
	locale: Locale,
	subtitle = ''
): EChartsOption {
	const interval = (r: LinkageResult | undefined) =>
		r && r.ci_low !== null && r.ci_high !== null
			? `\n[${formatNumber(locale, points(r.ci_low), 0)}; ${formatNumber(locale, points(r.ci_high), 0)}]`
			: '';
	const competencies = [...new Set(results.map((r) => r.competency))];
	const areas = [...new Set(results.map((r) => r.area))];
	const at = (c: string, a: string) => results.find((r) => r.competency === c && r.area === a);
	return heatmapOption({
		title: linkageMatrixTitle(results, t),
		subtitle,
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
		label: (v, r, c) => formatNumber(locale, v, 1) + interval(at(competencies[r], areas[c])),
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
 * suppressed, groups under 5 children are left out and their number said. Unnamed (the council's report and
 * deck), the points carry no label: a group's name beside its share of educators in deficit (a school class has
 * one teacher of the subject) would say whose self-assessment it is, and so would its n, which the outcome
 * heatmap prints beside the name. The subtitle keeps the children's total, the bubbles their sizes.
 */
export function linkageScatterOption(
	pair: LinkageResult,
	t: Translate,
	locale: Locale,
	suppressSmall = false,
	subtitle = '',
	named = true
): EChartsOption {
	const result = suppressSmall ? { ...pair, groups: pair.groups.filter((g) => !g.small) } : pair;
	const left = pair.groups.length - result.groups.length;
	const largest = Math.max(1, ...result.groups.map((g) => g.children));
	// The y axis is fixed here, so a label's height in pixels is known at the smallest drawing and names of
	// groups with close results are moved apart (the server-side renderer of exports ignores labelLayout).
	const values = result.groups.map((g) => Math.round(1000 * g.outcome) / 10);
	const low = Math.min(0, ...values);
	const high = Math.max(0, ...values);
	const step = niceStep(Math.max(1, high - low) / 5);
	const yMin = Math.floor(low / step) * step;
	const yMax = Math.max(yMin + step, Math.ceil(high / step) * step);
	const top = headerHeight(subtitle) + 14;
	const plot = SMALLEST_HEIGHT - top - 60;
	const offsets = dodge(
		values.map((v) => ((yMax - v) / (yMax - yMin)) * plot),
		LABEL_GAP,
		0,
		plot
	);
	return {
		...baseOption(
			t('chart.linkageScatter.title', { competency: result.competency, area: result.area }),
			result.groups
				.map(
					(g) =>
						`${named ? `${g.group}: ` : ''}${formatPercent(locale, g.exposure)} %, ${formatPercent(locale, g.outcome, 1)}${named ? ` (n = ${g.children}${g.small ? '*' : ''})` : ''}`
				)
				.join('; ') +
				(left ? `. ${t('chart.smallHidden', { n: left })}` : '') +
				(named ? '' : `. ${t('chart.linkageScatter.unnamed')}`),
			subtitle
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
		grid: { top, left: 70, right: 30, bottom: 60 },
		tooltip: {
			trigger: 'item',
			renderMode: 'richText',
			formatter: (p) => {
				const g = result.groups[(p as { dataIndex: number }).dataIndex];
				const text = t('chart.linkageScatter.tooltip', {
					group: named ? g.group : '',
					exposure: formatPercent(locale, g.exposure),
					outcome: formatPercent(locale, g.outcome, 1),
					n: g.small ? `${g.children}*` : g.children
				});
				return named ? text : text.replace(/^\n/, '');
			}
		},
		xAxis: {
			type: 'value',
			min: -0.05,
			max: 1.05,
			name: t('chart.linkageScatter.x'),
			nameLocation: 'middle',
			nameGap: 30,
			axisLabel: { formatter: (v: number) => (v >= 0 && v <= 1 ? `${formatPercent(locale, v)} %` : '') }
		},
		yAxis: {
			type: 'value',
			name: t(result.measure === 'growth' ? 'chart.linkageScatter.yGrowth' : 'chart.linkageScatter.yLevel'),
			nameLocation: 'middle',
			nameGap: 45,
			min: yMin,
			max: yMax,
			interval: step,
			// «−5», a minus sign, not a hyphen: growth can be negative.
			axisLabel: { formatter: (v: number) => formatNumber(locale, v) }
		},
		series: [
			{
				type: 'scatter',
				// Labels point inwards so the names of the most exposed groups stay inside the chart.
				data: result.groups.map((g, i) => ({
					value: [g.exposure, values[i]],
					label: {
						position: g.exposure > 0.6 ? ('left' as const) : ('right' as const),
						offset: [0, offsets[i]]
					},
					// Under 5 children: drawn hollow, marked «*», and not part of the test.
					itemStyle: g.small
						? { color: 'transparent', borderColor: DEFICIT_COLOUR, borderWidth: 2 }
						: undefined
				})),
				symbolSize: (_: unknown, p: { dataIndex: number }) =>
					10 + 22 * Math.sqrt(result.groups[p.dataIndex].children / largest),
				itemStyle: { opacity: 0.75 },
				label: {
					show: named,
					position: 'right',
					fontSize: 10,
					// The name and its n: the bubble's size alone does not say how many children it is.
					formatter: (p: { dataIndex: number }) => {
						const g = result.groups[p.dataIndex];
						return `${g.group}${g.small ? '*' : ''} (${g.children})`;
					}
				}
			}
		]
	};
}
