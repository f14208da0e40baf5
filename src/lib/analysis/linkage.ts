import type { Engine } from '../engine/types';
import { ageBand, ageBandOfValue, bandOrder } from './age-band';
import { linkagePoints, type RawPoint } from './linkage-data';
import { ALPHA, START_MATTERS_SLOPE, stratifiedTest } from './permutation';
import { benjaminiHochberg, mean, meanDifference, spearman } from './stats';

/**
 * Deficit ↔ outcome linkage at the level of groups, never children (children are nested in groups).
 * Exposed groups (at least half of their own educators in deficit) are compared with unexposed ones of
 * the same age band only, on growth adjusted for the start level; one period gives a description only.
 */

/** A group counts as exposed when at least half of its teachers for the area are in deficit. */
export const EXPOSED_AT = 0.5;
/** Fewer groups than this on either side and there is nothing to compare. */
export const MIN_GROUPS_PER_SIDE = 2;
/** Groups of fewer children are marked, and left out of the test so one of them cannot decide it. */
export const SMALL_GROUP = 5;

export type Verdict = 'linked' | 'not_linked' | 'insufficient';
export type Reason = 'few_groups' | 'confounded' | 'single_period' | 'underpowered';

export interface GroupPoint {
	group: string;
	/**
	 * Age band (младшая … подготовительная, a school's parallel): from the outcome file's age column where
	 * it says one, else from the group's name; null if neither does.
	 */
	band: string | null;
	exposure: number;
	exposed: boolean;
	/** Whose deficits the exposure counts: the group's own educators, or specialists where it has none. */
	source: 'own' | 'specialists';
	outcome: number;
	/** Mean start level (0..1) where two periods exist. */
	start: number | null;
	children: number;
	/** Under SMALL_GROUP children: shown, but not part of the test. */
	small: boolean;
}

export interface Balance {
	/** Groups per age band on each side; only bands holding both sides are compared. */
	bands: { band: string | null; exposed: number; unexposed: number; compared: boolean }[];
	/** Mean start level (0..1) of each side's groups; null with one period. */
	start_exposed: number | null;
	start_unexposed: number | null;
	children_exposed: number;
	children_unexposed: number;
	/** Groups under SMALL_GROUP children, left out of the test. */
	small_groups: string[];
}

export interface LinkageResult {
	competency: string;
	area: string;
	/** What the outcome is: growth between the first and last period, or the level at the only one. */
	measure: 'growth' | 'level';
	groups: GroupPoint[];
	n_groups: number;
	n_exposed: number;
	/** Groups in the bands where both sides meet: the ones the test compares. */
	n_compared: number;
	/**
	 * Exposed minus unexposed (0..1 scale): negative means groups in deficit do worse. Within age bands and
	 * adjusted for start where tested; the plain difference of means where not.
	 */
	effect: number | null;
	ci_low: number | null;
	ci_high: number | null;
	rho: number | null;
	p: number | null;
	/** The smallest p the split of groups into bands allows. */
	p_min: number | null;
	q: number | null;
	/** Minimal detectable difference (0..1 scale): α = 0.05, power 80 %, for these groups. */
	mdd: number | null;
	method: 'exact' | 'monte_carlo' | null;
	/** Splits of the groups the test went through: all of them (exact) or the random draws. */
	splits: number | null;
	adjusted: boolean;
	/**
	 * How children's growth depends on their start within their groups (0..1 per 0..1); from about
	 * ±START_MATTERS_SLOPE on, a start gap between the sides could pass for a deficit. Null with one period.
	 */
	start_slope: number | null;
	balance: Balance;
	verdict: Verdict;
	reason: Reason | null;
}

export type PairStatistics = Omit<LinkageResult, 'competency' | 'area' | 'measure' | 'q' | 'verdict'>;

function balanceOf(points: GroupPoint[]): Balance {
	const tested = points.filter((g) => !g.small);
	const bands = [...new Set(tested.map((g) => g.band))].sort((a, b) => bandOrder(a) - bandOrder(b));
	const side = (exposed: boolean) => tested.filter((g) => g.exposed === exposed);
	const startOf = (gs: GroupPoint[]) =>
		gs.length && gs.every((g) => g.start !== null) ? mean(gs.map((g) => g.start!)) : null;
	return {
		bands: bands.map((band) => {
			const exposed = tested.filter((g) => g.band === band && g.exposed).length;
			const unexposed = tested.filter((g) => g.band === band && !g.exposed).length;
			return { band, exposed, unexposed, compared: exposed > 0 && unexposed > 0 };
		}),
		start_exposed: startOf(side(true)),
		start_unexposed: startOf(side(false)),
		children_exposed: side(true).reduce((s, g) => s + g.children, 0),
		children_unexposed: side(false).reduce((s, g) => s + g.children, 0),
		small_groups: points.filter((g) => g.small).map((g) => g.group)
	};
}

/** Groups of one pair, with band, side and small-cell mark. */
export function groupPoints(raw: Omit<RawPoint, 'competency' | 'area'>[]): GroupPoint[] {
	return raw.map((r) => ({
		group: r.group,
		band: ageBandOfValue(r.age) ?? ageBand(r.group),
		exposure: r.exposure,
		exposed: r.exposure >= EXPOSED_AT,
		source: r.source,
		outcome: r.outcome,
		start: r.start,
		children: r.children,
		small: r.children < SMALL_GROUP
	}));
}

/** The statistics of one pair from its groups, before the correction across pairs. */
export function linkageStatistics(
	points: GroupPoint[],
	measure: 'growth' | 'level',
	startSlope: number | null = null
): PairStatistics {
	const tested = points.filter((g) => !g.small);
	const exposed = tested.filter((g) => g.exposed);
	const unexposed = tested.filter((g) => !g.exposed);
	const rho = spearman(
		tested.map((g) => g.exposure),
		tested.map((g) => g.outcome)
	);
	const balance = balanceOf(points);
	const base = {
		groups: points,
		n_groups: tested.length,
		n_exposed: exposed.length,
		n_compared: balance.bands.filter((b) => b.compared).reduce((s, b) => s + b.exposed + b.unexposed, 0),
		effect:
			exposed.length && unexposed.length
				? meanDifference(
						exposed.map((g) => g.outcome),
						unexposed.map((g) => g.outcome)
					)
				: null,
		ci_low: null,
		ci_high: null,
		rho: tested.length >= 3 && Number.isFinite(rho) ? rho : null,
		p: null,
		p_min: null,
		mdd: null,
		method: null,
		splits: null,
		adjusted: false,
		start_slope: startSlope,
		balance
	};
	const insufficient = (reason: Reason) => ({ ...base, reason });
	// Levels at one moment mostly show age and intake: described, never tested.
	if (measure === 'level') return insufficient('single_period');
	if (exposed.length < MIN_GROUPS_PER_SIDE || unexposed.length < MIN_GROUPS_PER_SIDE)
		return insufficient('few_groups');
	const test = stratifiedTest(
		tested.map((g) => ({ stratum: g.band ?? '?', exposed: g.exposed, outcome: g.outcome, start: g.start })),
		true,
		// Unknown: as if it did, so a small comparison with a start gap is adjusted.
		startSlope === null || Math.abs(startSlope) >= START_MATTERS_SLOPE
	);
	if (!test) return insufficient('confounded');
	const tried = {
		...base,
		effect: test.effect,
		p_min: test.p_min,
		mdd: test.mdd,
		method: test.method,
		splits: test.splits,
		adjusted: test.adjusted
	};
	if (test.p_min >= ALPHA) return { ...tried, reason: 'underpowered' };
	return { ...tried, ci_low: test.ci_low, ci_high: test.ci_high, p: test.p, reason: null };
}

/** Correct across the pairs tested and say the verdict: linked only when q < 0.05 and the interval excludes 0. */
export function withVerdicts(results: Omit<LinkageResult, 'q' | 'verdict'>[]): LinkageResult[] {
	const tested = results.filter((r) => r.p !== null);
	const qs = benjaminiHochberg(tested.map((r) => r.p!));
	return results.map((r) => {
		const i = tested.indexOf(r);
		const q = i >= 0 ? qs[i] : null;
		let verdict: Verdict = 'insufficient';
		let reason = r.reason;
		if (q !== null) {
			const excludesZero = (r.ci_low ?? -Infinity) > 0 || (r.ci_high ?? Infinity) < 0;
			verdict = excludesZero && q < ALPHA ? 'linked' : 'not_linked';
			// An interval no split closes on one side bounds nothing there: «не выявлена» would claim
			// more than the groups allow, so the verdict is «данных недостаточно».
			const open = !Number.isFinite(r.ci_low ?? NaN) || !Number.isFinite(r.ci_high ?? NaN);
			if (verdict === 'not_linked' && open) [verdict, reason] = ['insufficient', 'underpowered'];
		}
		return { ...r, q, verdict, reason };
	});
}

/** Every mapped competency × area pair: groups from SQL, then the statistics. */
export async function linkage(engine: Engine): Promise<LinkageResult[]> {
	const pairs = await engine.query(`SELECT competency, area FROM competency_area ORDER BY competency, area`);
	// Without a survey there is no pair to compare: no need to pair a million children's scores.
	if (pairs.numRows === 0) return [];
	const { twoPeriods, points, startSlopes } = await linkagePoints(engine);
	const measure = twoPeriods ? ('growth' as const) : ('level' as const);
	const results = pairs.toArray().map((row) => {
		const { competency, area } = row.toJSON() as { competency: string; area: string };
		const groups = groupPoints(points.filter((p) => p.competency === competency && p.area === area));
		return {
			competency,
			area,
			measure,
			...linkageStatistics(groups, measure, startSlopes.get(area) ?? null)
		};
	});
	return withVerdicts(results);
}

/** Linked pairs first, then the most convincing: the order a reader should see them in. */
export const strongestFirst = (results: LinkageResult[]): LinkageResult[] =>
	[...results].sort(
		(a, b) => (a.verdict === 'linked' ? 0 : 1) - (b.verdict === 'linked' ? 0 : 1) || (a.q ?? 1) - (b.q ?? 1)
	);
