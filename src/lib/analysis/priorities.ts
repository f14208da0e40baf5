import type { CoverageRow } from './coverage';
import type { LinkageResult, Verdict } from './linkage';

/** Weight of the outcome link in the priority: a found link counts fully, an unknown one half. */
export const LINK_WEIGHT: Record<Verdict | 'none', number> = {
	linked: 1,
	insufficient: 0.5,
	none: 0.5,
	not_linked: 0.25
};

export interface Priority {
	competency: string;
	score: number;
	parts: {
		/** Share of teachers in deficit. */
		prevalence: number;
		/** The strongest verdict over the competency's areas, and its weight. */
		link: Verdict | 'none';
		link_weight: number;
		/** Share of the teachers in deficit that no event reaches before the final assessment. */
		coverage_gap: number;
		status: CoverageRow['status'];
	};
}

const STRENGTH: (Verdict | 'none')[] = ['linked', 'insufficient', 'none', 'not_linked'];

/** Deficits ranked by prevalence × strength of the outcome link × coverage gap: the proposal for next year. */
export function priorities(coverage: CoverageRow[], linkage: LinkageResult[]): Priority[] {
	return coverage
		.map((row) => {
			const verdicts = linkage.filter((l) => l.competency === row.competency).map((l) => l.verdict);
			const link = STRENGTH.find((v) => verdicts.includes(v as Verdict)) ?? 'none';
			const gap = row.teachers_in_deficit ? 1 - row.teachers_reached_in_time / row.teachers_in_deficit : 0;
			const score = row.prevalence * LINK_WEIGHT[link] * gap;
			return {
				competency: row.competency,
				score,
				parts: {
					prevalence: row.prevalence,
					link,
					link_weight: LINK_WEIGHT[link],
					coverage_gap: gap,
					status: row.status
				}
			};
		})
		.sort((a, b) => b.score - a.score || b.parts.prevalence - a.parts.prevalence);
}
