import type { CoverageRow } from './coverage';
import type { DraftEvent, SurveyScore } from './draft-plan';
import type { FormId, ReportForm } from './forms-catalogue';

/**
 * ИППР (индивидуальный план профессионального развития), one page per teacher, from the draft plan as
 * the methodist edited it: their deficits against the collective, the events chosen for them with the
 * host or mentor, how they report and by when, and what they host for colleagues. Personal: for the
 * teacher and the methodist, never for the council.
 */
export interface IpprPage {
	teacher: string;
	deficits: {
		competency: string;
		/** Teachers in deficit and respondents on it: the collective the deficit is set against. */
		k: number;
		n: number;
		/** True when an event of the draft reaches this teacher on it. */
		planned: boolean;
	}[];
	learn: {
		topic: string;
		form: FormId;
		competency: string;
		host: string | null;
		month: string;
		report: ReportForm;
		/** `YYYY-MM`: the month after the event, no later than the final diagnostics' month. */
		reportBy: string;
	}[];
	host: { topic: string; form: FormId; month: string; participants: number }[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'ru');

function nextMonth(month: string, last: string): string {
	const [y, m] = month.split('-').map(Number);
	const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
	return next < last ? next : last;
}

/** A page for every teacher who has a deficit or hosts an event of the draft, in alphabetical order. */
export function ipprPages(
	events: DraftEvent[],
	survey: SurveyScore[],
	coverage: CoverageRow[],
	schoolYear: number
): IpprPage[] {
	const finalMonth = `${schoolYear + 1}-05`;
	const teachers = new Set([
		...survey.filter((s) => s.deficit).map((s) => s.teacher),
		...events.flatMap((e) => (e.host ? [e.host] : []))
	]);
	return [...teachers].sort(byName).map((teacher) => {
		const mine = events.filter((e) => e.participants.includes(teacher));
		return {
			teacher,
			deficits: survey
				.filter((s) => s.teacher === teacher && s.deficit)
				.map((s) => {
					const row = coverage.find((c) => c.competency === s.competency);
					return {
						competency: s.competency,
						k: row?.teachers_in_deficit ?? 0,
						n: row?.respondents ?? 0,
						planned: mine.some((e) => e.competency === s.competency)
					};
				})
				.sort((a, b) => byName(a.competency, b.competency)),
			learn: mine
				.map((e) => ({
					topic: e.topic,
					form: e.form,
					competency: e.competency,
					host: e.host,
					month: e.month,
					report: e.report,
					reportBy: nextMonth(e.month, finalMonth)
				}))
				.sort((a, b) => a.month.localeCompare(b.month)),
			host: events
				.filter((e) => e.host === teacher)
				.map((e) => ({ topic: e.topic, form: e.form, month: e.month, participants: e.participants.length }))
				.sort((a, b) => a.month.localeCompare(b.month))
		};
	});
}
