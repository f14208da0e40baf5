/**
 * The same kindergarten a year later (2026/27), for year over year (issue 14.5): last year's deficits
 * drawn again from the same seed, then changed as data-samples/README.md says. The children are a new
 * draw; the staff and the roster are the same. Deterministic: the same seed gives the same bytes.
 */
import { seededRandom } from '../../src/lib/analysis/random';
import { encodeWindows1251 } from './cp1251';
import { TEACHERS, type Teacher } from './people';
import {
	COMPETENCIES,
	NON_RESPONDENTS,
	drawDeficits,
	outcomesCsv,
	rosterCsv,
	surveyCsv,
	type CompetencyKey,
	type SampleFile
} from './sample-year';

/** This year's survey words the ICT competency differently: matched to last year's by name, editable. */
export const RENAMED_ICT = 'Применение ИКТ в образовательной деятельности';
export const NEXT_PERIODS = { start: 'Сентябрь 2026', end: 'Май 2027' } as const;
/** Of the ten воспитатели in the speech deficit (all at last year's мастер-класс), this many no longer report it. */
export const SPEECH_RESOLVED = 7;
/** Health: the one participant in deficit no longer reports it; of those who did not take part, this many. */
export const HEALTH_RESOLVED_ELSEWHERE = 2;
/** The speech gap in the exposed groups narrows; physical development grows this much less everywhere. */
export const NEXT_SPEECH_GAP = 0.1;
export const PHYSICAL_SHIFT = -0.25;

const respondent = (t: Teacher) => !NON_RESPONDENTS.includes(t.surname);

/** Last year's deficits and this year's, by teacher (the truth the surveys are drawn from). */
export function nextYearDeficits() {
	const last = drawDeficits(seededRandom(2025));
	const next = new Map([...last].map(([t, set]) => [t, new Set<CompetencyKey>(set)]));
	const has = (key: CompetencyKey) => TEACHERS.filter((t) => respondent(t) && last.get(t)!.has(key));
	for (const t of has('speech').slice(0, SPEECH_RESOLVED)) next.get(t)!.delete('speech');
	// Last year's health мастер-класс took healthDeficit[0] (sample-year.ts planCsv): the first in deficit.
	const health = TEACHERS.filter((t) => last.get(t)!.has('health'));
	const [participant, ...others] = health;
	next.get(participant)!.delete('health');
	for (const t of others.filter(respondent).slice(0, HEALTH_RESOLVED_ELSEWHERE))
		next.get(t)!.delete('health');
	return { last, next, healthParticipant: participant };
}

export function generateNextYear(seed = 2026): SampleFile[] {
	const random = seededRandom(seed);
	const { next } = nextYearDeficits();
	const monitoring = outcomesCsv(random, NEXT_SPEECH_GAP, {
		periods: NEXT_PERIODS,
		growth: { 'Физическое развитие': PHYSICAL_SHIFT }
	});
	const survey = surveyCsv(random, next, { date: '10.2026', names: { ...COMPETENCIES, ict: RENAMED_ICT } });
	return [
		{ name: 'monitoring-2026-2027.csv', bytes: encodeWindows1251(monitoring) },
		{ name: 'survey-deficits-2026-google-forms.csv', bytes: new TextEncoder().encode(survey) },
		{ name: 'staff-roster.csv', bytes: encodeWindows1251(rosterCsv()) }
	];
}
