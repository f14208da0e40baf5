import type { EChartsOption } from 'echarts';
import type { marksDistribution } from '../analysis/marks';
import { formatNumber, type Locale, type Translate } from '../i18n';
import { round, wrapLabel } from './text';
import { baseOption } from './theme';

type Distribution = Awaited<ReturnType<typeof marksDistribution>>;

const MARKS = [2, 3, 4, 5];
// «2» in the warning red of the levels chart, then from pale to dark: readable in black and white.
const MARK_COLOURS = ['#d7301f', '#fdbb84', '#6baed6', '#08519c'];

/** Per subject, the shares of pupils with 2, 3, 4, 5: the school's chart in place of levels. */
export function marksOption(data: Distribution, t: Translate, locale: Locale): EChartsOption {
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
				.join('; ')
		),
		color: MARK_COLOURS,
		legend: { top: 34, data: names },
		grid: { top: 70, left: 220, right: 30, bottom: 40 },
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
					share: formatNumber(locale, 100 * share(seriesIndex, dataIndex), 0)
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
