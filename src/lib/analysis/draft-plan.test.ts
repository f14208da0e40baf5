import { describe, expect, it } from 'vitest';
import type { CoverageRow } from './coverage';
import { buildDraft, draftMonths, HOST_SCORE, type SurveyScore } from './draft-plan';
import { formOf } from './forms-catalogue';
import type { Priority } from './priorities';

/** A priority as priorities() gives it; only the score and the competency matter to the draft. */
const priority = (competency: string, score = 0.2): Priority => ({
	competency,
	score,
	parts: {
		prevalence: 0.5,
		link: 'none',
		direction: null,
		link_weight: 0.5,
		coverage_gap: 1,
		status: 'not_covered',
		review: false
	}
});
const coverageRow = (competency: string, forms: string[] = []): CoverageRow => ({
	competency,
	respondents: 10,
	prevalence: 0.5,
	teachers_in_deficit: 5,
	teachers_reached: 0,
	teachers_reached_in_time: 0,
	events: forms.map((form) => ({
		title: form,
		form,
		date_from: '2025-10-01',
		date_to: null,
		hours: 2,
		before_final: true
	})),
	hours: 0,
	hours_per_reached: null,
	missed: [],
	status: 'not_covered'
});
const STAFF = [
	'Алексеева',
	'Борисова',
	'Васильева',
	'Григорьева',
	'Давыдова',
	'Егорова',
	'Жукова',
	'Зайцева',
	'Ильина',
	'Котова'
];
/** Ten teachers on one competency: the first `k` in deficit, the rest at `others`. */
const answers = (competency: string, k: number, others = 0.9): SurveyScore[] =>
	STAFF.map((teacher, i) => ({
		teacher,
		competency,
		score: i < k ? 0.2 : others,
		deficit: i < k
	}));
const draft = (survey: SurveyScore[], priorities: Priority[], coverage: CoverageRow[] = []) =>
	buildDraft({ priorities, coverage, survey, schoolYear: 2026 }, 'ru');

describe('the draft plan chooses the form by how many teachers share the deficit', () => {
	it('many: a collective interactive form; a few: a ПОС; two: open activities; one: a mentor', () => {
		const survey = [
			...answers('ИКТ', 6),
			...answers('Речь', 3),
			...answers('Игра', 2),
			...answers('Семья', 1)
		];
		const events = draft(
			survey,
			['ИКТ', 'Речь', 'Игра', 'Семья'].map((c) => priority(c))
		);
		expect(events.map((e) => [e.competency, formOf(e.form).reach, e.form])).toEqual([
			['ИКТ', 'collective', 'seminar-practicum'],
			['Речь', 'group', 'pos'],
			['Игра', 'individual', 'open-activities'],
			['Семья', 'individual', 'mentoring']
		]);
		// Participants are exactly the teachers in deficit; the host is a colleague outside the deficit.
		expect(events[0].participants).toEqual(STAFF.slice(0, 6));
		for (const e of events) {
			expect(e.host).not.toBeNull();
			expect(e.participants).not.toContain(e.host);
			expect(e.candidates).toContain(e.host);
			expect(e.topic).toContain(e.competency);
		}
	});

	it('leaves out deficits the plan already reaches with no lag, and tries a form this year did not use', () => {
		const survey = [...answers('ИКТ', 6), ...answers('Речь', 6)];
		const events = draft(
			survey,
			[priority('Речь'), priority('ИКТ', 0)],
			[coverageRow('Речь', ['семинар-практикум', 'Педагогическая мастерская'])]
		);
		expect(events.map((e) => e.competency)).toEqual(['Речь']);
		expect(events[0].form).toBe('coaching');
	});

	it('with nobody inside confident, one takes an outside course early and then hosts the rest', () => {
		const events = draft(answers('ИКТ', 6, HOST_SCORE - 0.1), [priority('ИКТ')]);
		expect(events.map((e) => e.form)).toEqual(['course', 'seminar-practicum']);
		const [course, seminar] = events;
		expect(course.participants).toHaveLength(1);
		expect(seminar.host).toBe(course.participants[0]);
		expect(seminar.participants).toEqual(STAFF.slice(0, 6).filter((t) => t !== seminar.host));
		expect(seminar.after).toBe(course.id);
		expect(['2026-10', '2026-11']).toContain(course.month);
		// The course takes its weeks: the one who took it teaches at least two months later.
		const months = draftMonths(2026);
		expect(months.indexOf(seminar.month) - months.indexOf(course.month)).toBeGreaterThanOrEqual(2);
	});
});

describe('the draft spreads the load before the final diagnostics', () => {
	it("one teacher's events fall in different months, all from October to April", () => {
		const names = ['ИКТ', 'Речь', 'Игра', 'Семья', 'Здоровье'];
		const events = draft(
			names.flatMap((c) => answers(c, 6)),
			names.map((c) => priority(c))
		);
		const months = events.map((e) => e.month);
		expect(new Set(months).size).toBe(names.length);
		for (const m of months) expect(draftMonths(2026)).toContain(m);
		expect(months.every((m) => m >= '2026-10' && m <= '2027-04')).toBe(true);
	});

	it('hosting is shared among the colleagues offered, not given to one', () => {
		const events = draft([...answers('ИКТ', 6), ...answers('Речь', 6)], [priority('ИКТ'), priority('Речь')]);
		expect(events[0].candidates).toEqual(['Жукова', 'Зайцева', 'Ильина', 'Котова']);
		expect(events[0].host).not.toBe(events[1].host);
	});
});
