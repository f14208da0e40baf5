import type { Engine } from '../engine/types';
import { column } from './columns';
import { seededRandom } from './random';
import { benjaminiHochberg, bootstrapCI, meanDifference, permutationTest, spearman } from './stats';

/**
 * Deficit ↔ outcome linkage at the level of groups, never children (children are nested in groups).
 * A group's exposure to a competency is the share of its teachers for the mapped area who are in
 * deficit; its outcome is the mean growth of its children (end − start, normalised 0..1) where two
 * periods exist, else the mean end level.
 */

/** A group counts as exposed when at least half of its teachers for the area are in deficit. */
export const EXPOSED_AT = 0.5;
/** Fewer groups than this on either side and the verdict is «insufficient». */
export const MIN_GROUPS_PER_SIDE = 3;
export const REPLICATES = 2000;
/** Aggregates over fewer children are marked (DESIGN: «small n is said plainly»). */
export const SMALL_GROUP = 5;

export interface GroupPoint {
	group: string;
	exposure: number;
	outcome: number;
	children: number;
}

export type Verdict = 'linked' | 'not_linked' | 'insufficient';

export interface LinkageResult {
	competency: string;
	area: string;
	/** What the outcome is: growth between the first and last period, or the level at the only one. */
	measure: 'growth' | 'level';
	groups: GroupPoint[];
	n_groups: number;
	n_exposed: number;
	/** Mean outcome of exposed groups minus unexposed ones: negative means groups in deficit do worse. */
	effect: number | null;
	ci_low: number | null;
	ci_high: number | null;
	rho: number | null;
	p: number | null;
	q: number | null;
	verdict: Verdict;
}

/** The statistics of one pair from its groups, before the correction across pairs. */
export function linkageStatistics(
	points: GroupPoint[],
	random: () => number
): Pick<LinkageResult, 'n_groups' | 'n_exposed' | 'effect' | 'ci_low' | 'ci_high' | 'rho' | 'p'> {
	const exposed = points.filter((g) => g.exposure >= EXPOSED_AT).map((g) => g.outcome);
	const unexposed = points.filter((g) => g.exposure < EXPOSED_AT).map((g) => g.outcome);
	const base = { n_groups: points.length, n_exposed: exposed.length };
	if (exposed.length < MIN_GROUPS_PER_SIDE || unexposed.length < MIN_GROUPS_PER_SIDE) {
		const rho =
			points.length >= 3
				? spearman(
						points.map((g) => g.exposure),
						points.map((g) => g.outcome)
					)
				: NaN;
		return {
			...base,
			effect: exposed.length && unexposed.length ? meanDifference(exposed, unexposed) : null,
			ci_low: null,
			ci_high: null,
			rho: Number.isFinite(rho) ? rho : null,
			p: null
		};
	}
	const [ci_low, ci_high] = bootstrapCI(exposed, unexposed, random, REPLICATES);
	const rho = spearman(
		points.map((g) => g.exposure),
		points.map((g) => g.outcome)
	);
	return {
		...base,
		effect: meanDifference(exposed, unexposed),
		ci_low,
		ci_high,
		rho: Number.isFinite(rho) ? rho : null,
		p: permutationTest(exposed, unexposed, random, REPLICATES)
	};
}

/** Correct across the pairs tested and say the verdict: linked only when the interval excludes 0 and q < 0.05. */
export function withVerdicts(results: Omit<LinkageResult, 'q' | 'verdict'>[]): LinkageResult[] {
	const tested = results.filter((r) => r.p !== null);
	const qs = benjaminiHochberg(tested.map((r) => r.p!));
	return results.map((r) => {
		const i = tested.indexOf(r);
		const q = i >= 0 ? qs[i] : null;
		let verdict: Verdict = 'insufficient';
		if (q !== null) {
			const excludesZero = r.ci_low! > 0 || r.ci_high! < 0;
			verdict = excludesZero && q < 0.05 ? 'linked' : 'not_linked';
		}
		return { ...r, q, verdict };
	});
}

/** Seed derived from the pair's names, so each pair's numbers do not depend on which other pairs exist. */
function seedOf(text: string): number {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
	return h >>> 0;
}

/** Exposure and outcome of every group for every mapped competency × area pair (SQL, then statistics). */
export async function linkage(engine: Engine): Promise<LinkageResult[]> {
	const pairs = await engine.query(`SELECT competency, area FROM competency_area ORDER BY competency, area`);
	// Without a survey there is no pair to compare: no need to pair a million children's scores.
	if (pairs.numRows === 0) return [];
	const periods = await engine.query(`SELECT count(*) AS n FROM (SELECT DISTINCT period_id FROM outcomes)`);
	const twoPeriods = Number(periods.get(0)?.n ?? 0) >= 2;
	const table = await engine.query(`
		WITH outcome AS (
			SELECT group_id, area_id,
			  ${twoPeriods ? 'avg(s1_norm - s0_norm)' : 'avg(s1_norm)'} AS outcome,
			  ${twoPeriods ? 'count(s1_norm - s0_norm)' : 'count(s1_norm)'} AS children
			FROM outcome_pairs
			-- Only areas some deficit is compared with: the rest would be paired for nothing.
			WHERE area_id IN (SELECT a.area_id FROM areas a JOIN competency_area ca ON ca.area = a.name)
			GROUP BY group_id, area_id),
		teach AS (
			SELECT DISTINCT g.group_id, ca.competency, ca.area, a.teacher_key
			FROM competency_area ca CROSS JOIN groups g
			JOIN assignments a ON (a."group" IS NULL OR a."group" = g.name) AND (a.area IS NULL OR a.area = ca.area)
			WHERE a.teacher_key IS NOT NULL),
		exposure AS (
			SELECT t.group_id, t.competency, t.area,
			  count(d.teacher_key) AS surveyed, count(*) FILTER (d.is_deficit) AS in_deficit
			FROM teach t LEFT JOIN deficits d ON d.teacher_key = t.teacher_key AND d.competency = t.competency
			GROUP BY t.group_id, t.competency, t.area)
		SELECT e.competency, e.area, g.name AS "group", e.in_deficit / e.surveyed AS exposure, o.outcome, o.children
		FROM exposure e JOIN groups g USING (group_id)
		JOIN areas ar ON ar.name = e.area
		JOIN outcome o ON o.group_id = e.group_id AND o.area_id = ar.area_id
		WHERE e.surveyed > 0 AND o.children > 0
		ORDER BY e.competency, e.area, g.name`);
	const [competency, area, group, exposure, outcome, children] = [
		column<string>(table, 'competency'),
		column<string>(table, 'area'),
		column<string>(table, 'group'),
		column<number>(table, 'exposure'),
		column<number>(table, 'outcome'),
		column<number>(table, 'children')
	];
	const results = column<string>(pairs, 'competency').map((c, i) => {
		const a = column<string>(pairs, 'area')[i];
		const points: GroupPoint[] = [];
		for (let k = 0; k < competency.length; k++) {
			if (competency[k] === c && area[k] === a) {
				points.push({ group: group[k], exposure: exposure[k], outcome: outcome[k], children: children[k] });
			}
		}
		const stats = linkageStatistics(points, seededRandom(seedOf(`${c}\u0000${a}`)));
		return {
			competency: c,
			area: a,
			measure: twoPeriods ? ('growth' as const) : ('level' as const),
			groups: points,
			...stats
		};
	});
	return withVerdicts(results);
}

/** Linked pairs first, then the most convincing: the order a reader should see them in. */
export const strongestFirst = (results: LinkageResult[]): LinkageResult[] =>
	[...results].sort(
		(a, b) => (a.verdict === 'linked' ? 0 : 1) - (b.verdict === 'linked' ? 0 : 1) || (a.q ?? 1) - (b.q ?? 1)
	);
