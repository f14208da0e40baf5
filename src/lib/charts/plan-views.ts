import type { EChartsOption } from 'echarts';
import type { timeline } from '../analysis/views';
import { formatDate, type Locale, type Translate } from '../i18n';
import { baseOption, headerHeight } from './theme';

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

/** The narrowest a chart is drawn (a card in the two-column grid): the legend is laid out for it. */
const NARROWEST = 520;
const LEGEND_ROW = 22;

/**
 * Rows a plain legend wraps to at the narrowest width: estimated from its names (icon, gap and 0.6 em a
 * character at 12 px), so the plot starts below it. A paged legend («1/2») would hide names in print.
 */
export function legendRows(names: string[], width = NARROWEST): number {
	let rows = 1;
	let used = 0;
	for (const name of names) {
		const item = 25 + 10 + name.length * 12 * 0.6;
		if (used > 0 && used + item > width - 20) {
			rows++;
			used = 0;
		}
		used += item;
	}
	return rows;
}

/** `2025-09` … `2026-05`: every month from the first to the last given, so an empty month is not skipped. */
export function monthsBetween(months: string[]): string[] {
	if (months.length === 0) return [];
	const [first, last] = [months[0], months.at(-1)!];
	const out: string[] = [];
	let [y, m] = first.split('-').map(Number);
	for (let guard = 0; guard < 240; guard++) {
		const month = `${y}-${String(m).padStart(2, '0')}`;
		out.push(month);
		if (month >= last) break;
		[y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
	}
	return out;
}

/** The colour of events that target no deficit: neutral, apart from every competency's. */
const NO_TARGET_COLOUR = '#a3acb9';

/** Plan events per month, stacked by the competency they target («—»: none). */
export function timelineOption(data: Timeline, t: Translate, locale: Locale, subtitle = ''): EChartsOption {
	const months = monthsBetween([...new Set(data.month)].sort());
	const competencies = [...new Set(data.competency)].sort((a, b) =>
		a === '—' ? 1 : b === '—' ? -1 : a.localeCompare(b)
	);
	const label = (m: string) => formatDate(locale, `${m}-01T00:00:00Z`, 'monthShort');
	// Events that target no deficit are named in words in the legend, not «—».
	const named = (c: string) => (c === '—' ? t('chart.timeline.none') : c);
	return {
		...baseOption(
			t('chart.timeline.title'),
			months
				.filter((m) => data.month.includes(m))
				.map((m) => `${label(m)}: ${data.title.filter((_, i) => data.month[i] === m).join(', ')}`)
				.join('; '),
			subtitle
		),
		color: PALETTE,
		legend: { type: 'plain', top: headerHeight(subtitle), left: 10, right: 10 },
		grid: {
			top: headerHeight(subtitle) + LEGEND_ROW * legendRows(competencies) + 14,
			left: 50,
			right: 20,
			bottom: 40
		},
		tooltip: {
			trigger: 'item',
			renderMode: 'richText',
			formatter: (p) => {
				const { seriesName = '', name = '' } = p as { seriesName?: string; name?: string };
				const month = months[[...months.map(label)].indexOf(name)];
				const titles = data.title.filter(
					(_, i) => data.month[i] === month && named(data.competency[i]) === seriesName
				);
				return `${seriesName}\n${titles.join('\n')}`;
			}
		},
		// Every month of the span, empty ones too, each named: a gap in the plan shows as a gap.
		xAxis: { type: 'category', data: months.map(label), axisLabel: { interval: 0, fontSize: 11 } },
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
			name: named(c),
			// Grey for the events that target no deficit: the palette's orange beside a competency's red read as one.
			...(c === '—' ? { itemStyle: { color: NO_TARGET_COLOUR } } : {}),
			data: months.map((m) => data.month.filter((month, i) => month === m && data.competency[i] === c).length)
		}))
	};
}
