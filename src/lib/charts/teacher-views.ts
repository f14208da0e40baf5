import type { EChartsOption } from 'echarts';
import type { TeacherCard } from '../analysis/views';
import { formatPercent, type Locale, type Translate } from '../i18n';
import { wrapLabel } from './text';
import { baseOption, DEFICIT_COLOUR, headerHeight } from './theme';

/** One teacher's self-assessment per competency beside the collective mean (0–100). */
export function teacherProfileOption(
	card: TeacherCard,
	t: Translate,
	locale: Locale,
	subtitle = ''
): EChartsOption {
	const d = card.deficits;
	const top = headerHeight(subtitle);
	return {
		...baseOption(
			t('chart.teacher.title', { teacher: card.name }),
			d.competency
				.map((c, i) => `${c}: ${formatPercent(locale, d.own[i])} / ${formatPercent(locale, d.collective[i])}`)
				.join('; '),
			subtitle
		),
		color: [DEFICIT_COLOUR, '#9ecae1'],
		legend: { top, data: [t('chart.teacher.own'), t('chart.teacher.collective')] },
		grid: { top: top + 36, left: 250, right: 40, bottom: 40 },
		tooltip: { trigger: 'item', renderMode: 'richText' },
		xAxis: { type: 'value', min: 0, max: 100 },
		yAxis: {
			type: 'category',
			inverse: true,
			data: d.competency.map((c) => wrapLabel(c, 36)),
			axisLabel: { interval: 0, lineHeight: 14 }
		},
		series: [
			{
				type: 'bar',
				name: t('chart.teacher.own'),
				data: d.own.map((v) => Math.round(100 * v)),
				label: { show: true, position: 'right' }
			},
			{ type: 'bar', name: t('chart.teacher.collective'), data: d.collective.map((v) => Math.round(100 * v)) }
		]
	};
}
