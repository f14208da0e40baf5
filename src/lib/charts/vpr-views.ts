import type { EChartsOption } from 'echarts';
import type { ObjectivityRow, TaskRow } from '../analysis/vpr';
import type { Locale, Translate } from '../i18n';
import { round } from './text';
import { baseOption, headerHeight, PERIOD_COLOURS } from './theme';

const pct = (x: number) => Math.round(100 * x);
const who = (cls: string | null, n: number, t: Translate) => `${cls ?? t('chart.tasks.school')} (n = ${n})`;

/** One subject's ВПР tasks: the share of points scored, the school beside each class. */
export function tasksOption(rows: TaskRow[], t: Translate, _locale: Locale, subtitle = ''): EChartsOption {
	const top = headerHeight(subtitle);
	const subject = rows[0]?.subject ?? '';
	const tasks = [...new Set(rows.map((r) => r.task))];
	const classes = [...new Set(rows.map((r) => r.class))];
	const series = classes.map((cls) => {
		const own = rows.filter((r) => r.class === cls);
		return {
			name: who(cls, Math.max(...own.map((r) => r.n)), t),
			data: tasks.map((task) => {
				const r = own.find((x) => x.task === task);
				return r ? round(100 * r.success_rate, 1) : null;
			})
		};
	});
	return {
		...baseOption(
			t('chart.tasks.title', { area: subject }),
			series
				.map((s) => `${s.name}: ${tasks.map((task, i) => `${task} — ${s.data[i] ?? '—'} %`).join(', ')}`)
				.join('; '),
			subtitle
		),
		color: ['#636363', ...PERIOD_COLOURS],
		legend: { top },
		grid: { top: top + 36, left: 60, right: 20, bottom: 70 },
		tooltip: { trigger: 'item', renderMode: 'richText' },
		xAxis: { type: 'category', data: tasks, axisLabel: { interval: 0, rotate: 30, fontSize: 11 } },
		yAxis: { type: 'value', max: 100, name: t('chart.tasks.axis'), nameLocation: 'middle', nameGap: 40 },
		series: series.map((s) => ({ type: 'bar', ...s }))
	};
}

/** ВПР against the journal per class: понизили / подтвердили / повысили, as ФИС ОКО counts them. */
export function objectivityOption(
	rows: ObjectivityRow[],
	t: Translate,
	_locale: Locale,
	subtitle = ''
): EChartsOption {
	const top = headerHeight(subtitle);
	const names = [
		t('chart.objectivity.lowered'),
		t('chart.objectivity.confirmed'),
		t('chart.objectivity.raised')
	];
	const parts = (r: ObjectivityRow) => [r.lowered, r.confirmed, r.raised];
	return {
		...baseOption(
			t('chart.objectivity.title', { area: rows[0]?.subject ?? '' }),
			rows
				.map((r) => `${who(r.class, r.n, t)}: ${names.map((n, k) => `${n} ${parts(r)[k]}`).join(', ')}`)
				.join('; '),
			subtitle
		),
		color: ['#d7301f', '#bdbdbd', '#2b8cbe'],
		legend: { top },
		grid: { top: top + 36, left: 200, right: 30, bottom: 40 },
		tooltip: { trigger: 'item', renderMode: 'richText' },
		xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
		yAxis: { type: 'category', inverse: true, data: rows.map((r) => who(r.class, r.n, t)) },
		series: names.map((name, k) => ({
			type: 'bar',
			stack: 'objectivity',
			name,
			data: rows.map((r) => (r.n ? pct(parts(r)[k] / r.n) : 0)),
			label: { show: true, formatter: (p: { value: unknown }) => (Number(p.value) >= 6 ? `${p.value}` : '') }
		}))
	};
}
