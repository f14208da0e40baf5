import { formatDate, formatNumber, formatPercent, type Locale, type Translate } from '../i18n';
import type { CoverageRow, Disproportion, Oversupply } from './coverage';
import type { LinkageResult } from './linkage';
import { missingSentences, type Inventory } from './missing';
import { linkageSentence } from './linkage-words';
import type { Priority } from './priorities';
import { weakestTasks, type ObjectivityRow, type TaskRow } from './vpr';

/** What the findings are made from: the analyses' results, nothing else. */
export interface FindingInputs {
	weakest: {
		area: string;
		period: string;
		/** The mean on the file's own scale, said only when the area's files share one scale. */
		mean: number;
		/** The mean in % of the scale (0 = its lowest score, 100 = its highest): the one scale of the page. */
		pct: number;
		n: number;
		lowShare: number;
		scaleMin: number;
		scaleMax: number;
		/** The area's files are on more than one scale: no mean in points. */
		mixedScales?: boolean;
		/** School marks 2–5: said as успеваемость, качество and «2», never as levels. */
		marks?: { pass: number; quality: number; share2: number };
		/** School data on another scale (primary points): no levels either. */
		school?: boolean;
	} | null;
	/** The one scale every outcome file is on, when they share one: a difference in % of it is said in points too. */
	scale?: { min: number; max: number } | null;
	/** ВПР tasks per class and school (school data only). */
	tasks?: TaskRow[];
	/** ВПР against the journal, the whole school per subject (school data only). */
	objectivity?: ObjectivityRow[];
	trends: { competency: string[]; prevalence: number[]; respondents: number[] };
	linkage: LinkageResult[];
	coverage: CoverageRow[];
	oversupply: Oversupply[];
	/** Competencies given far more events or hours than their share of teachers in deficit. */
	disproportion?: Disproportion[];
	priorities: Priority[];
	/** What the files hold; without it nothing is said of what is missing. */
	inventory?: Inventory;
	/** The final assessment's date, and whether it was assumed (undated periods: May 31 of the school year). */
	final?: { date: string | null; assumed: boolean };
}

/** «31 мая 2026 г.» */
export const longDate = (iso: string, locale: Locale) => formatDate(locale, iso, 'day');

/**
 * Findings as sentences a head of school can read aloud, each with its n and interval. A link is a
 * coincidence, never a cause; «связь не выявлена» is said as plainly as a found link.
 */
export function findings(input: FindingInputs, t: Translate, locale: Locale): string[] {
	const s = findingsByTopic(input, t, locale);
	const out = [...s.outcomes, ...s.deficits, ...s.linkage, ...s.coverage, ...s.priorities];
	const missing = input.inventory ? missingSentences(input.inventory, t) : [];
	return out.length || missing.length ? [...out, ...missing] : [t('finding.none')];
}

/**
 * At most three conclusions to open the overview with, in plain words (no p, q or interval: those stay
 * in the full findings): the weakest area with its n, the deficit linked with weaker outcomes if any, and
 * the deficit the plan leaves most teachers without.
 */
/**
 * A difference in shares of the scale said in the file's own points too («, около 0,38 балла по шкале 0–3»;
 * marks: «, около 0,3 балла средней отметки»), so «12,8 % шкалы» is not heard as «12,8 % меньше».
 */
function inFilePoints(share: number, scale: FindingInputs['scale'], t: Translate, locale: Locale): string {
	if (!scale || !(scale.max > scale.min)) return '';
	const value = Math.round(share * (scale.max - scale.min) * 100) / 100;
	const marks = scale.min === 2 && scale.max === 5;
	return t(marks ? 'headline.pointsMarks' : 'headline.points', {
		value,
		min: formatNumber(locale, scale.min),
		max: formatNumber(locale, scale.max)
	});
}

export function headline(input: FindingInputs, t: Translate, locale: Locale): string[] {
	const out: string[] = [];
	const [weakest] = findingsByTopic(input, t, locale).outcomes;
	if (weakest) out.push(weakest);
	const linked = input.linkage
		.filter((l) => l.verdict === 'linked' && (l.effect ?? 0) < 0)
		.sort((a, b) => (a.q ?? 1) - (b.q ?? 1))[0];
	if (linked)
		out.push(
			t(linked.measure === 'growth' ? 'headline.linked' : 'headline.linkedLevel', {
				competency: linked.competency,
				area: linked.area,
				effect: formatPercent(locale, Math.abs(linked.effect!), 1),
				points: inFilePoints(Math.abs(linked.effect!), input.scale, t, locale),
				groups: linked.n_groups,
				exposed: linked.n_exposed
			})
		);
	const gap = input.coverage
		.filter((c) => c.status !== 'no_plan' && c.status !== 'covered')
		.map((c) => ({ c, left: c.teachers_in_deficit - c.teachers_reached_in_time }))
		.sort((a, b) => b.left - a.left || b.c.prevalence - a.c.prevalence)[0];
	if (gap && gap.left > 0)
		out.push(
			t(gap.c.status === 'not_covered' ? 'headline.noEvents' : 'headline.gap', {
				competency: gap.c.competency,
				left: gap.left,
				k: gap.c.teachers_in_deficit
			})
		);
	return out.slice(0, 3);
}

const VERDICT_ORDER = { linked: 0, not_linked: 1, insufficient: 2 };
/** Found links first, then «not linked», then «too few groups»: the order the findings say them in. */
export const inReadingOrder = (linkage: LinkageResult[]) =>
	[...linkage].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);

/** The same sentences, by the view or slide they caption. */
export function findingsByTopic(input: FindingInputs, t: Translate, locale: Locale) {
	const num = (x: number, digits = 1) => formatNumber(locale, x, digits);
	const inPoints = (w: NonNullable<FindingInputs['weakest']>, digits: number) =>
		w.mixedScales
			? ''
			: t('finding.points', {
					mean: num(w.mean, digits),
					min: num(w.scaleMin, 2),
					max: num(w.scaleMax, 2)
				});
	const topic = {
		outcomes: [] as string[],
		deficits: [] as string[],
		linkage: [] as string[],
		coverage: [] as string[],
		priorities: [] as string[]
	};
	let out = topic.outcomes;
	if (input.weakest?.marks) {
		const w = input.weakest;
		const pct = (x: number) => formatPercent(locale, x);
		out.push(
			t('finding.weakSubject', {
				area: w.area,
				period: w.period,
				mean: num(w.mean, 1),
				pass: pct(w.marks!.pass),
				quality: pct(w.marks!.quality),
				share2: pct(w.marks!.share2),
				n: w.n
			}),
			t('finding.marksNote')
		);
		for (const task of weakestTasks(input.tasks ?? []))
			out.push(
				t('finding.weakTask', {
					area: task.subject,
					task: task.task,
					rate: formatPercent(locale, task.success_rate),
					n: task.n
				})
			);
		for (const o of input.objectivity ?? [])
			if (o.class === null)
				out.push(
					t('finding.objectivity', {
						area: o.subject,
						period: o.period,
						confirmed: o.confirmed,
						lowered: o.lowered,
						raised: o.raised,
						n: o.n
					})
				);
	} else if (input.weakest?.school) {
		const w = input.weakest;
		out.push(
			t('finding.weakSubjectScore', {
				area: w.area,
				period: w.period,
				pct: num(w.pct, 0),
				points: inPoints(w, 1),
				n: w.n
			})
		);
	} else if (input.weakest) {
		const w = input.weakest;
		out.push(
			t('finding.weakArea', {
				area: w.area,
				pct: num(w.pct, 0),
				points: inPoints(w, 2),
				period: w.period,
				low: formatPercent(locale, w.lowShare),
				n: w.n
			})
		);
	}
	out = topic.deficits;
	if (input.trends.competency.length) {
		const k = Math.round(input.trends.prevalence[0] * input.trends.respondents[0]);
		out.push(
			t('finding.topDeficit', {
				competency: input.trends.competency[0],
				k,
				n: input.trends.respondents[0],
				share: formatPercent(locale, input.trends.prevalence[0])
			})
		);
	}
	out = topic.linkage;
	for (const l of inReadingOrder(input.linkage)) out.push(linkageSentence(l, t, locale));
	out = topic.coverage;
	// The assumed date matters only where it judges the plan's timing.
	if (input.final?.assumed && input.final.date && input.coverage.length)
		out.push(t('finding.finalAssumed', { date: longDate(input.final.date, locale) }));
	for (const c of input.coverage) {
		// The sentence counts what the status counts: teachers in deficit reached before the final assessment.
		const vars = {
			competency: c.competency,
			k: c.teachers_in_deficit,
			n: c.respondents,
			reached: c.teachers_reached_in_time,
			late: c.teachers_reached - c.teachers_reached_in_time
		};
		const late = vars.late > 0 ? t('finding.lateToo', vars) : '';
		// Without a plan one sentence says so (missing.plan), not one «не адресован» per deficit.
		if (c.status === 'no_plan') continue;
		if (c.status === 'not_covered') out.push(t('finding.notCovered', vars));
		else if (c.status === 'missed') out.push(t('finding.missed', vars) + late);
		else if (c.status === 'partial') out.push(t('finding.partial', vars) + late);
		else out.push(t('finding.covered', vars) + late);
	}
	for (const o of input.oversupply) out.push(t('finding.oversupply', { event: o.event }));
	for (const d of input.disproportion ?? [])
		out.push(
			t('finding.disproportion', {
				competency: d.competency,
				events: d.events,
				share: formatPercent(locale, d.events_share),
				k: d.teachers_in_deficit,
				deficitShare: formatPercent(locale, d.deficit_share)
			})
		);
	const top = input.priorities.find((p) => p.score > 0);
	if (top) topic.priorities.push(t('finding.priority', { competency: top.competency }));
	return topic;
}
