import type { CoverageRow } from '../analysis/coverage';
import { priorityWhy, type Priority } from '../analysis/priorities';
import { formatDate, formatPercent, type Locale, type Translate } from '../i18n';

/** A table as it leaves the page: header and rows of plain values. */
export interface PlainTable {
	header: string[];
	rows: (string | number)[][];
	/** Per column: '%' where a number is a percentage (a slide writes «45,5 %», a spreadsheet keeps 45.5). */
	units?: ('%' | null)[];
}

const monthYear = (d: string | null, locale: Locale) => (d ? formatDate(locale, d, 'month') : '');

/** The seed's table «тенденция — тематика — соответствие», as a methodist pastes it into the council's report. */
export function coverageTable(rows: CoverageRow[], t: Translate, locale: Locale): PlainTable {
	return {
		header: [t('coverage.trend'), t('coverage.topics'), t('coverage.match')],
		rows: rows.map((r) => [
			`${r.competency} (${t('coverage.deficitLine', { k: r.teachers_in_deficit, n: r.respondents, share: formatPercent(locale, r.prevalence) })})`,
			r.events
				.map((e) => `${e.title}${e.form ? ` (${e.form})` : ''}, ${monthYear(e.date_from, locale)}`)
				.join('; '),
			`${t(`status.${r.status}`)}: ${t('coverage.reached', { reached: r.teachers_reached_in_time, k: r.teachers_in_deficit })}`
		])
	};
}

/** Priorities with the parts of their score, in percent where the page shows percent. */
export function prioritiesTable(priorities: Priority[], t: Translate, locale: Locale): PlainTable {
	return {
		header: [
			t('priority.competency'),
			t('priority.prevalence'),
			t('priority.link'),
			t('priority.gap'),
			t('priority.score'),
			t('priority.why')
		],
		rows: priorities.map((p) => [
			p.competency,
			Math.round(1000 * p.parts.prevalence) / 10,
			p.parts.link === 'none' ? t('priority.none') : t(`verdict.${p.parts.link}`),
			Math.round(1000 * p.parts.coverage_gap) / 10,
			Math.round(1000 * p.score) / 1000,
			priorityWhy(p, t, locale)
		]),
		units: [null, '%', null, '%', null, null]
	};
}
