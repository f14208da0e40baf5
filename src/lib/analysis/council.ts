import { formOf } from './forms-catalogue';
import type { CoverageRow } from './coverage';
import type { DraftEvent } from './draft-plan';
import { isPriority } from './draft-plan';
import { headline, type FindingInputs } from './findings';
import type { Priority } from './priorities';
import type { Locale, Translate } from '../i18n';
import { monthLabel } from '../export/draft-plan';

/**
 * «Проект решения педсовета» in the council's usual form: слушали (the findings, the priorities),
 * выступили (the methodist on the draft plan, the colleagues who host its events), решили (the plan's
 * changes with who is responsible and by when). Built from the analysis and the draft as edited; the
 * methodist edits every line before printing. Nothing here says how a teacher rated themselves: the
 * deficits are counted («у 11 из 22 педагогов»); a host is named only once the methodist has confirmed them
 * (the offer comes from the survey: an unconfirmed name in a protocol would single a colleague out by it).
 */
export interface CouncilItem {
	text: string;
	responsible: string;
	/** Free text: «октябрь 2026», «до 01.09.2026». */
	due: string;
}

export interface CouncilDecision {
	title: string;
	agenda: string;
	heard: string[];
	spoke: string[];
	decided: CouncilItem[];
}

export interface CouncilInputs {
	inputs: FindingInputs;
	priorities: Priority[];
	coverage: CoverageRow[];
	/** The draft plan as edited; `confirmed` marks a host the methodist has agreed with. */
	events: (DraftEvent & { confirmed?: boolean })[];
	/** The school year the draft is for (2026 for 2026/27). */
	schoolYear: number;
	/** Who reports: «Старший воспитатель» until the methodist writes her name. */
	methodist: string;
}

const dayMonth = (day: number, month: number, year: number) =>
	`${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;

/** The decision drafted from the analysis and the draft plan. Deterministic. */
export function councilDecision(c: CouncilInputs, t: Translate, locale: Locale): CouncilDecision {
	const years = { from: String(c.schoolYear), to: String(c.schoolYear + 1) };
	const priorities = c.priorities.filter(isPriority);
	const row = (competency: string) => c.coverage.find((r) => r.competency === competency);
	const share = (competency: string) => {
		const r = row(competency);
		return r ? t('council.share', { k: r.teachers_in_deficit, n: r.respondents }) : '';
	};

	const heard = [
		t('council.heardIntro', { who: c.methodist }),
		...headline(c.inputs, t, locale),
		...priorities.map((p) =>
			t(`council.priority.${p.parts.status}`, { competency: p.competency, share: share(p.competency) })
		)
	];

	const host = (e: CouncilInputs['events'][number]) => (e.confirmed && e.host ? e.host : null);
	const hosts = new Map<string, DraftEvent[]>();
	for (const e of c.events) {
		const who = host(e);
		if (who) hosts.set(who, [...(hosts.get(who) ?? []), e]);
	}
	const spoke = [
		t('council.spokeMethodist', { who: c.methodist, ...years }),
		...[...hosts].map(([host, events]) =>
			t('council.spokeHost', { who: host, topics: events.map((e) => `«${e.topic}»`).join(', ') })
		)
	];

	const decided: CouncilItem[] = [];
	if (priorities.length)
		decided.push({
			text: t('council.decidePriorities', {
				...years,
				list: priorities.map((p) => `«${p.competency}» (${share(p.competency)})`).join('; ')
			}),
			responsible: c.methodist,
			due: dayMonth(1, 9, c.schoolYear)
		});
	for (const p of priorities) {
		const mine = c.events.filter((e) => e.competency === p.competency);
		if (!mine.length) continue;
		decided.push({
			text: t('council.decideEvents', {
				competency: p.competency,
				events: mine
					.map(
						(e) =>
							`«${e.topic}» (${formOf(e.form)[locale].name}, ${monthLabel(e.month, locale).toLowerCase()})`
					)
					.join('; ')
			}),
			responsible: [...new Set(mine.map((e) => host(e) ?? c.methodist))].join(', '),
			due: [...new Set(mine.map((e) => monthLabel(e.month, locale).toLowerCase()))].join(', ')
		});
	}
	decided.push(
		{ text: t('council.decidePlan', years), responsible: c.methodist, due: dayMonth(31, 8, c.schoolYear) },
		{ text: t('council.decideIppr'), responsible: c.methodist, due: dayMonth(1, 10, c.schoolYear) },
		{ text: t('council.decideCheck'), responsible: c.methodist, due: dayMonth(31, 5, c.schoolYear + 1) }
	);
	return {
		title: t('council.title', years),
		agenda: t('council.agenda', years),
		heard,
		spoke,
		decided
	};
}
