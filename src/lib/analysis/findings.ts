import { formatNumber, type Locale, type Translate } from '../i18n';
import type { CoverageRow, Oversupply } from './coverage';
import type { LinkageResult } from './linkage';
import { missingSentences, type Inventory } from './missing';
import type { Priority } from './priorities';

/** What the findings are made from: the analyses' results, nothing else. */
export interface FindingInputs {
	weakest: {
		area: string;
		period: string;
		mean: number;
		n: number;
		lowShare: number;
		scaleMin: number;
		scaleMax: number;
	} | null;
	trends: { competency: string[]; prevalence: number[]; respondents: number[] };
	linkage: LinkageResult[];
	coverage: CoverageRow[];
	oversupply: Oversupply[];
	priorities: Priority[];
	/** What the files hold; without it nothing is said of what is missing. */
	inventory?: Inventory;
}

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

const VERDICT_ORDER = { linked: 0, not_linked: 1, insufficient: 2 };
/** Found links first, then «not linked», then «too few groups»: the order the findings say them in. */
export const inReadingOrder = (linkage: LinkageResult[]) =>
	[...linkage].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);

/** The same sentences, by the view or slide they caption. */
export function findingsByTopic(input: FindingInputs, t: Translate, locale: Locale) {
	const num = (x: number, digits = 1) => formatNumber(locale, x, digits);
	const points = (x: number | null) => (x === null ? '—' : num(100 * x));
	const topic = {
		outcomes: [] as string[],
		deficits: [] as string[],
		linkage: [] as string[],
		coverage: [] as string[],
		priorities: [] as string[]
	};
	let out = topic.outcomes;
	if (input.weakest) {
		const w = input.weakest;
		out.push(
			t('finding.weakArea', {
				area: w.area,
				mean: num(w.mean, 2),
				min: w.scaleMin,
				max: w.scaleMax,
				period: w.period,
				low: Math.round(100 * w.lowShare),
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
				share: Math.round(100 * input.trends.prevalence[0])
			})
		);
	}
	out = topic.linkage;
	for (const l of inReadingOrder(input.linkage)) {
		const vars = {
			competency: l.competency,
			area: l.area,
			measure: t(l.measure === 'growth' ? 'finding.measure.growth' : 'finding.measure.level'),
			effect: points(l.effect === null ? null : Math.abs(l.effect)),
			low: points(l.ci_low),
			high: points(l.ci_high),
			groups: l.n_groups,
			exposed: l.n_exposed,
			unexposed: l.n_groups - l.n_exposed,
			q: l.q === null ? '—' : num(l.q, 3)
		};
		if (l.verdict === 'linked') {
			// «lower by 13.5 (CI 10 to 16.8)»: the interval in the same direction as the sentence.
			const [a, b] = [Math.abs(l.ci_low!), Math.abs(l.ci_high!)].sort((x, y) => x - y);
			out.push(
				t(l.effect! < 0 ? 'finding.linked' : 'finding.linkedUp', { ...vars, low: points(a), high: points(b) })
			);
		} else if (l.verdict === 'not_linked')
			out.push(t('finding.notLinked', { ...vars, effect: points(l.effect) }));
		else out.push(t('finding.insufficient', vars));
	}
	out = topic.coverage;
	for (const c of input.coverage) {
		const vars = {
			competency: c.competency,
			k: c.teachers_in_deficit,
			n: c.respondents,
			reached: c.teachers_reached
		};
		if (c.status === 'not_covered') out.push(t('finding.notCovered', vars));
		else if (c.status === 'partial') {
			const late = c.events.length > 0 && c.events.every((e) => !e.before_final);
			out.push(t(late ? 'finding.partialLate' : 'finding.partial', vars));
		} else out.push(t('finding.covered', vars));
	}
	for (const o of input.oversupply) out.push(t('finding.oversupply', { event: o.event }));
	const top = input.priorities.find((p) => p.score > 0);
	if (top) topic.priorities.push(t('finding.priority', { competency: top.competency }));
	return topic;
}
