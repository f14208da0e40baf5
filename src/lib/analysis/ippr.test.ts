import { describe, expect, it } from 'vitest';
import type { CoverageRow } from './coverage';
import type { DraftEvent, SurveyScore } from './draft-plan';
import { ipprPages } from './ippr';

const event = (e: Partial<DraftEvent> & Pick<DraftEvent, 'id' | 'competency' | 'participants' | 'month'>) =>
	({
		form: 'seminar-practicum',
		topic: `Тема ${e.id}`,
		host: 'Орлова',
		candidates: ['Орлова'],
		hours: 2,
		report: 'methodical-work',
		...e
	}) satisfies DraftEvent;
const score = (teacher: string, competency: string, deficit: boolean): SurveyScore => ({
	teacher,
	competency,
	score: deficit ? 0.2 : 0.9,
	deficit
});
const row = (competency: string, k: number, n: number) =>
	({ competency, teachers_in_deficit: k, respondents: n }) as CoverageRow;

describe('ИППР pages', () => {
	const survey = [
		score('Белова', 'ИКТ', true),
		score('Белова', 'Речь', true),
		score('Антонова', 'ИКТ', true),
		score('Орлова', 'ИКТ', false),
		score('Орлова', 'Речь', false)
	];
	const events = [
		event({ id: 1, competency: 'ИКТ', participants: ['Антонова', 'Белова'], month: '2027-04' }),
		event({
			id: 2,
			competency: 'ИКТ',
			participants: ['Белова'],
			month: '2026-10',
			form: 'mentoring',
			report: 'open-lesson'
		})
	];
	const pages = ipprPages(events, survey, [row('ИКТ', 2, 3), row('Речь', 1, 3)], 2026);

	it('a page for each teacher in deficit and each host, alphabetically', () => {
		expect(pages.map((p) => p.teacher)).toEqual(['Антонова', 'Белова', 'Орлова']);
	});

	it('sets each deficit against the collective and says whether the draft reaches it', () => {
		expect(pages[1].deficits).toEqual([
			{ competency: 'ИКТ', k: 2, n: 3, planned: true },
			{ competency: 'Речь', k: 1, n: 3, planned: false }
		]);
	});

	it('lists the events chosen for the teacher by month, with the host, the report and its deadline', () => {
		expect(pages[1].learn.map((l) => [l.topic, l.host, l.report, l.reportBy])).toEqual([
			['Тема 2', 'Орлова', 'open-lesson', '2026-11'],
			// An April event reports in May, the month of the final diagnostics, never later.
			['Тема 1', 'Орлова', 'methodical-work', '2027-05']
		]);
		expect(pages[2].learn).toEqual([]);
		expect(pages[2].host.map((h) => [h.topic, h.participants])).toEqual([
			['Тема 2', 1],
			['Тема 1', 2]
		]);
	});
});
