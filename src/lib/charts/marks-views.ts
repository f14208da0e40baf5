import type { EChartsOption } from 'echarts';
import type { marksDistribution } from '../analysis/marks';
import type { outcomesHeatmap } from '../analysis/views';
import { SMALL_GROUP } from '../analysis/linkage';
import { heatmapOption, SEQUENTIAL } from './heatmap';
import { formatFixed, formatPercent, type Locale, type Translate } from '../i18n';
import { round, wrapLabel } from './text';
import { baseOption, headerHeight } from './theme';

type Distribution = Awaited<ReturnType<typeof marksDistribution>>;
type Heatmap = Awaited<ReturnType<typeof outcomesHeatmap>>;

const MARKS = [2, 3, 4, 5];
// «2» in the warning red of the levels chart, then from pale to dark: readable in black and white.
const MARK_COLOURS = ['#d7301f', '#fdbb84', '#6baed6', '#08519c'];

/** Per subject, the shares of pupils with 2, 3, 4, 5: the school's chart in place of levels. */
export function marksOption(data: Distribution, t: Translate, locale: Locale, subtitle = ''): EChartsOption {
	const top = headerHeight(subtitle);
	const share = (k: number, i: number) => (data.n[i] ? data.counts[k][i] / data.n[i] : 0);
	const names = MARKS.map((mark) => t('chart.marks.series', { mark }));
	return {
		...baseOption(
			t('chart.marks.title'),
			data.subjects
				.map(
					(s, i) =>
						`${s} (${data.periods[i]}): ${MARKS.map((m, k) => `«${m}» ${data.counts[k][i]}`).join(', ')} (n = ${data.n[i]})`
				)
				.join('; '),
			subtitle
		),
		color: MARK_COLOURS,
		legend: { top, data: names },
		grid: { top: top + 36, left: 220, right: 30, bottom: 40 },
		tooltip: {
			trigger: 'item',
			// Rich text, not HTML: subject names come from the files.
			renderMode: 'richText',
			formatter: (p) => {
				const { seriesIndex = 0, dataIndex } = p as { seriesIndex?: number; dataIndex: number };
				return t('chart.marks.tooltip', {
					area: data.subjects[dataIndex],
					mark: MARKS[seriesIndex],
					k: data.counts[seriesIndex][dataIndex],
					n: data.n[dataIndex],
					share: formatPercent(locale, share(seriesIndex, dataIndex))
				});
			}
		},
		xAxis: { type: 'value', max: 100, name: t('chart.marks.axis'), nameLocation: 'middle', nameGap: 26 },
		yAxis: {
			type: 'category',
			inverse: true,
			// n on the axis: every bar says how many pupils it is made of.
			data: data.subjects.map((s, i) => wrapLabel(`${s} (n = ${data.n[i]})`, 28)),
			axisLabel: { interval: 0, lineHeight: 14 }
		},
		series: names.map((name, k) => ({
			type: 'bar',
			stack: 'marks',
			name,
			data: data.subjects.map((_, i) => round(100 * share(k, i), 1)),
			label: {
				show: true,
				formatter: (p: { value: unknown }) => (Number(p.value) >= 6 ? `${Math.round(Number(p.value))}` : '')
			}
		}))
	};
}

/**
 * Classes × subjects as mean marks (2–5), not shares of a scale: what a school reads. The heatmap query gives
 * the mean on 0..1 of the file's scale, which for marks 2–5 is (mark − 2) / 3.
 */
export function marksHeatmapOption(
	data: Heatmap,
	t: Translate,
	locale: Locale,
	suppressSmall = false,
	subtitle = ''
): EChartsOption {
	const mark = (r: number, c: number) => 2 + 3 * data.mean[r][c];
	const hidden = (r: number, c: number) => suppressSmall && data.n[r][c] < SMALL_GROUP;
	const shown = (r: number, c: number) =>
		hidden(r, c) ? t('chart.small') : Number.isFinite(mark(r, c)) ? formatFixed(locale, mark(r, c), 1) : '—';
	return heatmapOption({
		title: t('chart.heatmap.title.marks', { period: data.period }),
		subtitle,
		description: data.groups
			.map(
				(g, r) =>
					`${g}: ${data.areas.map((a, c) => `${a} — ${shown(r, c)} (n = ${data.n[r][c]})`).join(', ')}`
			)
			.join('; '),
		rows: data.groups,
		columns: data.areas,
		values: data.mean.map((row, r) => row.map((_, c) => (hidden(r, c) ? NaN : mark(r, c)))),
		min: 2,
		max: 5,
		colours: SEQUENTIAL,
		label: (v, r, c) => `${formatFixed(locale, v, 1)}${data.n[r][c] < SMALL_GROUP ? '*' : ''}`,
		tooltip: (r, c) =>
			hidden(r, c)
				? `${data.groups[r]}\n${data.areas[c]}: ${t('chart.small')}`
				: t('chart.heatmap.tooltip.marks', {
						group: data.groups[r],
						area: data.areas[c],
						mean: shown(r, c),
						n: data.n[r][c]
					}),
		muted: data.n.map((row) => row.map((n) => n < SMALL_GROUP))
	});
}
