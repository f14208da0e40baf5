import { formatPercent, type Locale, type Translate } from '../i18n';
import type { CoverageRow } from './coverage';
import type { LinkageResult, Verdict } from './linkage';

/**
 * Weight of the outcome link in the priority. Only a link with *weaker* outcomes raises it; a link with
 * better outcomes, no link, or too little data all weigh the same: none of them is a reason either way.
 */
export const LINK_WEIGHT = { worse: 1, neutral: 0.5 } as const;
/** A covered deficit whose area is still weaker keeps at least this much of its gap: the events may not work. */
export const REVIEW_GAP = 0.5;

export interface Priority {
	competency: string;
	score: number;
	parts: {
		/** Share of teachers in deficit. */
		prevalence: number;
		/** The strongest verdict over the competency's areas, and its weight. */
		link: Verdict | 'none';
		/** Direction of a found link: weaker outcomes where the deficit is, or better. */
		direction: 'worse' | 'better' | null;
		link_weight: number;
		/** Share of the teachers in deficit that no event reaches before the final assessment. */
		coverage_gap: number;
		status: CoverageRow['status'];
		/** Reached by the plan, yet the linked area is still weaker: check whether the events work. */
		review: boolean;
	};
}

const STRENGTH: (Verdict | 'none')[] = ['linked', 'not_linked', 'insufficient', 'none'];

/** Deficits ranked by prevalence × the sign and strength of the outcome link × coverage gap. */
export function priorities(coverage: CoverageRow[], linkage: LinkageResult[]): Priority[] {
	return coverage
		.map((row) => {
			const pairs = linkage.filter((l) => l.competency === row.competency);
			const link = STRENGTH.find((v) => pairs.some((l) => l.verdict === v)) ?? 'none';
			const linked = pairs.filter((l) => l.verdict === 'linked');
			const worse = linked.some((l) => (l.effect ?? 0) < 0);
			const direction = linked.length ? (worse ? 'worse' : 'better') : null;
			const weight = worse ? LINK_WEIGHT.worse : LINK_WEIGHT.neutral;
			const gap = row.teachers_in_deficit ? 1 - row.teachers_reached_in_time / row.teachers_in_deficit : 0;
			const review = worse && row.teachers_reached_in_time > 0;
			const score = row.prevalence * weight * (review ? Math.max(gap, REVIEW_GAP) : gap);
			return {
				competency: row.competency,
				score,
				parts: {
					prevalence: row.prevalence,
					link,
					direction,
					link_weight: weight,
					coverage_gap: gap,
					status: row.status,
					review
				}
			} satisfies Priority;
		})
		.sort((a, b) => b.score - a.score || b.parts.prevalence - a.parts.prevalence);
}

/** Each part of a priority's score in words, for the table and the report. */
export function priorityWhy(p: Priority, t: Translate, locale: Locale): string {
	const pct = (x: number) => formatPercent(locale, x);
	const parts = [t('priority.part.prevalence', { share: pct(p.parts.prevalence) })];
	if (p.parts.direction === 'worse') parts.push(t('priority.part.worse'));
	else if (p.parts.direction === 'better') parts.push(t('priority.part.better'));
	else parts.push(t('priority.part.neutral'));
	parts.push(
		p.parts.status === 'no_plan'
			? t('priority.part.noPlan')
			: t('priority.part.gap', { gap: pct(p.parts.coverage_gap) })
	);
	if (p.parts.review) parts.push(t('priority.part.review'));
	return parts.join('; ');
}
