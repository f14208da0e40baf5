import type { EChartsOption } from 'echarts';
import type { timeline } from '../analysis/views';
import type { Locale, Translate } from '../i18n';
import { baseOption } from './theme';

type Timeline = Awaited<ReturnType<typeof timeline>>;
const PALETTE = [
	'#1f5f8b',
	'#c8553d',
	'#2a9d8f',
	'#e9c46a',
	'#6a4c93',
	'#8ab17d',
	'#f4a261',
	'#457b9d',
	'#9e9e9e'
];

/** Plan events per month, stacked by the competency they target («—»: none). */
export function timelineOption(data: Timeline, t: Translate, locale: Locale): EChartsOption {
	const months = [...new Set(data.month)].sort();
	const competencies = [...new Set(data.competency)].sort((a, b) =>
		a === '—' ? 1 : b === '—' ? -1 : a.localeCompare(b)
	);
	const label = (m: string) =>
		new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
			new Date(`${m}-01T00:00:00Z`)
		);
	return {
		...baseOption(
			t('chart.timeline.title'),
			months
				.map((m) => `${label(m)}: ${data.title.filter((_, i) => data.month[i] === m).join(', ')}`)
				.join('; ')
		),
		color: PALETTE,
		legend: { type: 'scroll', bottom: 0 },
		grid: { top: 48, left: 50, right: 20, bottom: 70 },
		tooltip: {
			trigger: 'item',
			renderMode: 'richText',
			formatter: (p) => {
				const { seriesName = '', name = '' } = p as { seriesName?: string; name?: string };
				const month = months[[...months.map(label)].indexOf(name)];
				const titles = data.title.filter(
					(_, i) => data.month[i] === month && data.competency[i] === seriesName
				);
				return `${seriesName}\n${titles.join('\n')}`;
			}
		},
		xAxis: { type: 'category', data: months.map(label) },
		yAxis: {
			type: 'value',
			minInterval: 1,
			name: t('chart.timeline.axis'),
			nameLocation: 'middle',
			nameGap: 30
		},
		series: competencies.map((c) => ({
			type: 'bar',
			stack: 'events',
			name: c,
			data: months.map((m) => data.month.filter((month, i) => month === m && data.competency[i] === c).length)
		}))
	};
}
