import { formOf } from '../analysis/forms-catalogue';
import type { DraftEvent } from '../analysis/draft-plan';
import { formatDate, type Locale, type Translate } from '../i18n';
import type { PlainTable } from './tables';

/** «Октябрь 2026» / "October 2026": a deadline the plan reader takes as that month. */
export function monthLabel(month: string, locale: Locale): string {
	const text = formatDate(locale, `${month}-01T00:00:00Z`, 'month').replace(/\s*г\.$/, '');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The draft in the format of a plan of methodical work, the columns Sverka reads back: event, form,
 * month, responsible, participants, the targeted competency, hours, status. Dropped back next year, its
 * coverage is computed like any plan's.
 */
export function draftPlanTable(events: DraftEvent[], t: Translate, locale: Locale): PlainTable {
	return {
		header: [
			t('draft.col.no'),
			t('draft.col.event'),
			t('draft.col.form'),
			t('draft.col.month'),
			t('draft.col.responsible'),
			t('draft.col.participants'),
			t('draft.col.competency'),
			t('draft.col.hours'),
			t('draft.col.status')
		],
		rows: events.map((e, i) => [
			i + 1,
			e.topic,
			formOf(e.form)[locale].name,
			monthLabel(e.month, locale),
			e.host ?? '',
			e.participants.join(', '),
			e.competency,
			e.hours,
			t('draft.planned')
		])
	};
}

/** The file name carries the school year, so undated deadlines read back into the right year. */
export const draftFileName = (t: Translate, schoolYear: number) =>
	t('draft.fileName', { from: String(schoolYear), to: String(schoolYear + 1) });
