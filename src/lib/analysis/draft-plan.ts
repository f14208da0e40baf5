import type { Locale } from '../i18n';
import type { CoverageRow } from './coverage';
import { FORMS, formOf, type FormId, type ReportForm } from './forms-catalogue';
import type { Priority } from './priorities';

/**
 * «Проект плана на следующий год» (seed 004, steps 3–4): for each priority deficit, an event whose form
 * follows how many teachers share it, hosted from inside, dated before the final diagnostics.
 */

/** A deficit shared by at least this share of the respondents calls for a collective form. */
export const LARGE_SHARE = 1 / 3;
/** Up to this many teachers in deficit: one-to-one support (a mentor, a colleague's open activities). */
export const FEW = 2;
/** A colleague who rates the competency at least this high (0..1) may host; «Владею» on every question is 2/3. */
export const HOST_SCORE = 0.75;

export interface SurveyScore {
	teacher: string;
	competency: string;
	/** Mean normalised self-rating, 0..1. Used only to offer hosts; never shown or exported. */
	score: number;
	deficit: boolean;
}

export interface DraftInputs {
	priorities: Priority[];
	coverage: CoverageRow[];
	survey: SurveyScore[];
	/** The calendar year the draft's school year starts in (2026 for 2026/27). */
	schoolYear: number;
}

export interface DraftEvent {
	id: number;
	competency: string;
	form: FormId;
	topic: string;
	/** The teachers in deficit it is for. */
	participants: string[];
	/** Offered to the methodist to confirm; null when nobody inside rates the competency high. */
	host: string | null;
	/** Colleagues who could host, in alphabetical order (never by their score). */
	candidates: string[];
	/** `YYYY-MM`. */
	month: string;
	hours: number;
	/** How its participants show the result in their ИППР. */
	report: ReportForm;
	/** An event hosted by the one who took the outside course: the course's id. */
	after?: number;
}

/** A deficit the draft must address: ranked above zero (a gap in the plan, or reached yet still weaker). */
export const isPriority = (p: Priority) => p.score > 0;

/** October to April of the school year: after the start diagnostics and the survey, before the final one. */
export function draftMonths(schoolYear: number): string[] {
	const months = [10, 11, 12, 1, 2, 3, 4];
	return months.map((m) => `${m >= 8 ? schoolYear : schoolYear + 1}-${String(m).padStart(2, '0')}`);
}

const byName = (a: string, b: string) => a.localeCompare(b, 'ru');
const COLLECTIVE = FORMS.filter((f) => f.reach === 'collective').map((f) => f.id);

/** Build the draft. Deterministic: the same analysis gives the same draft. */
export function buildDraft(inputs: DraftInputs, locale: Locale): DraftEvent[] {
	const months = draftMonths(inputs.schoolYear);
	const load = new Map<string, Map<string, number>>();
	const perMonth = new Map<string, number>();
	const hosting = new Map<string, number>();
	const events: DraftEvent[] = [];
	let rotation = 0;

	/** The allowed month where the people involved have the fewest events already, then the quietest, then the earliest. */
	const place = (people: string[], allowed: string[]) => {
		const cost = (m: string) =>
			people.reduce((sum, p) => sum + (load.get(p)?.get(m) ?? 0), 0) * 100 + (perMonth.get(m) ?? 0);
		const month = allowed.reduce((best, m) => (cost(m) < cost(best) ? m : best), allowed[0]);
		for (const p of people) {
			if (!load.has(p)) load.set(p, new Map());
			load.get(p)!.set(month, (load.get(p)!.get(month) ?? 0) + 1);
		}
		perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
		return month;
	};
	const totalLoad = (p: string) => [...(load.get(p)?.values() ?? [])].reduce((a, b) => a + b, 0);
	const add = (e: Omit<DraftEvent, 'id' | 'topic' | 'hours' | 'report'>) => {
		const form = formOf(e.form);
		const event = {
			id: events.length + 1,
			...e,
			topic: form[locale].topic.replace('{competency}', e.competency),
			hours: form.hours,
			report: form.report
		};
		events.push(event);
		return event;
	};

	for (const priority of inputs.priorities.filter(isPriority)) {
		const row = inputs.coverage.find((c) => c.competency === priority.competency);
		const scores = inputs.survey.filter((s) => s.competency === priority.competency);
		const inDeficit = scores
			.filter((s) => s.deficit)
			.map((s) => s.teacher)
			.sort(byName);
		if (inDeficit.length === 0) continue;
		const candidates = scores
			.filter((s) => !s.deficit && s.score >= HOST_SCORE)
			.map((s) => s.teacher)
			.sort(byName);
		const share = inDeficit.length / Math.max(scores.length, 1);
		const reach = inDeficit.length <= FEW ? 'individual' : share >= LARGE_SHARE ? 'collective' : 'group';

		let form: FormId;
		if (reach === 'collective') {
			// A form this year's plan already used on this deficit is tried last: it has not closed it.
			const used = new Set((row?.events ?? []).map((e) => e.form?.trim().toLowerCase()));
			const fresh = COLLECTIVE.filter((id) => !used.has(formOf(id).ru.name));
			const pool = fresh.length ? fresh : COLLECTIVE;
			form = pool[rotation++ % pool.length];
		} else if (reach === 'group') form = 'pos';
		else form = inDeficit.length === 1 ? 'mentoring' : 'open-activities';

		let host: string;
		let participants = inDeficit;
		let allowed = months;
		let after: number | undefined;
		if (candidates.length) {
			// The colleague who hosts least so far: the work is shared, and nobody is picked for a score.
			host = candidates.reduce((best, c) => ((hosting.get(c) ?? 0) < (hosting.get(best) ?? 0) ? c : best));
			hosting.set(host, (hosting.get(host) ?? 0) + 1);
		} else {
			// Nobody inside rates it high: one goes on an outside course early, then teaches the rest.
			const learner = [...inDeficit].sort((a, b) => totalLoad(a) - totalLoad(b) || byName(a, b))[0];
			const course = add({
				competency: priority.competency,
				form: 'course',
				participants: [learner],
				host: null,
				candidates,
				month: place([learner], months.slice(0, 2))
			});
			if (inDeficit.length === 1) continue;
			host = learner;
			participants = inDeficit.filter((t) => t !== learner);
			const from = months.indexOf(course.month) + 2;
			allowed = months.slice(Math.min(from, months.length - 1));
			after = course.id;
		}
		add({
			competency: priority.competency,
			form,
			participants,
			host,
			candidates,
			month: place([...participants, host], allowed),
			...(after ? { after } : {})
		});
	}
	return events;
}
