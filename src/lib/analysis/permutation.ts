import { seededRandom } from './random';

/**
 * The stratified permutation test of the linkage: exposed against unexposed groups, labels shuffled only
 * within strata (age bands), so a band that grows differently cannot pass for a deficit. One procedure
 * gives the p-value, the interval (test inversion) and the smallest p the design allows.
 */

/** Up to this many splits the test enumerates them all (C(10,5) = 252); beyond, a fixed Monte-Carlo. */
export const EXACT_LIMIT = 100_000;
export const MONTE_CARLO_DRAWS = 20_000;
/** A constant seed: the same data give the same p, whatever the pair is called or whichever pairs exist. */
export const MONTE_CARLO_SEED = 20_251_125;
export const ALPHA = 0.05;
/** Residual degrees of freedom for the start-level slope: from 8 always, from 4 when the start is imbalanced. */
export const ADJUST_MIN_DF = 4;
export const ADJUST_ALWAYS_DF = 8;
/** The observed start gap counts as imbalanced when at most this share of splits is as extreme. */
export const IMBALANCE_SHARE = 0.1;
/**
 * The start matters for growth when, within groups, children's growth falls (or rises) by at least this much
 * per unit of start (both on the 0..1 scale): a ceiling or regression to the mean. The calibration years
 * without either give −0.03…−0.09, a kindergarten rating near the top −0.2…−0.45.
 */
export const START_MATTERS_SLOPE = 0.15;

export interface Unit {
	stratum: string;
	exposed: boolean;
	outcome: number;
	/** The group's mean start level; used for the adjustment when given for every unit. */
	start: number | null;
}

export interface TestResult {
	method: 'exact' | 'monte_carlo';
	/** Splits enumerated (exact) or drawn (Monte-Carlo). */
	splits: number;
	/** Within-stratum difference exposed − unexposed, weighted n₁n₀/n per stratum (and adjusted for start). */
	effect: number;
	p: number;
	/** The smallest p any split could give: ≥ α means no data could ever be «linked» here. */
	p_min: number;
	ci_low: number | null;
	ci_high: number | null;
	/** Difference detectable with 80 % power at α = 0.05 (t approximation with the residual spread). */
	mdd: number | null;
	/** Whether the start level entered the comparison. */
	adjusted: boolean;
}

/** Residuals of v on stratum means and, optionally, a common slope on x within strata (Frisch–Waugh). */
function residualise(v: number[], strata: string[], x: number[] | null): number[] {
	const demean = (w: number[]) => {
		const sums = new Map<string, [number, number]>();
		w.forEach((value, i) => {
			const s = sums.get(strata[i]) ?? [0, 0];
			sums.set(strata[i], [s[0] + value, s[1] + 1]);
		});
		return w.map((value, i) => {
			const [sum, n] = sums.get(strata[i])!;
			return value - sum / n;
		});
	};
	const r = demean(v);
	if (!x) return r;
	const xc = demean(x);
	const sxx = xc.reduce((a, b) => a + b * b, 0);
	const slope = sxx > 0 ? xc.reduce((a, b, i) => a + b * r[i], 0) / sxx : 0;
	return r.map((value, i) => value - slope * xc[i]);
}

const choose = (n: number, k: number) => {
	let c = 1;
	for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
	return Math.round(c);
};

/** Every k-subset of 0..n-1, as index lists (n is a band's group count: small). */
function subsets(n: number, k: number): number[][] {
	const out: number[][] = [];
	const walk = (from: number, chosen: number[]) => {
		if (chosen.length === k) return void out.push([...chosen]);
		for (let i = from; i <= n - (k - chosen.length); i++) walk(i + 1, [...chosen, i]);
	};
	walk(0, []);
	return out;
}

// Quantiles of Student's t for the MDD: 0.975 and 0.80, df 1..30; beyond, the normal ones.
const T975 = [
	12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
	2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042
];
const T80 = [
	1.376, 1.061, 0.978, 0.941, 0.92, 0.906, 0.896, 0.889, 0.883, 0.879, 0.876, 0.873, 0.87, 0.868, 0.866,
	0.865, 0.863, 0.862, 0.861, 0.86, 0.859, 0.858, 0.858, 0.857, 0.856, 0.856, 0.855, 0.855, 0.854, 0.854
];
const tQuantiles = (df: number) => (df <= 30 ? [T975[df - 1], T80[df - 1]] : [1.96, 0.842]);

/**
 * Sums of each vector over the exposed of every split: all splits (exact) or the fixed Monte-Carlo draws,
 * the same splits for every call on the same bands.
 */
function splitSums(bands: number[][], z: number[], vectors: number[][], method: TestResult['method']) {
	const sums: number[][] = vectors.map(() => []);
	const push = (acc: number[]) => acc.forEach((v, k) => sums[k].push(v));
	if (method === 'exact') {
		const options = bands.map((idx) =>
			subsets(idx.length, idx.filter((i) => z[i]).length).map((sub) =>
				vectors.map((v) => sub.reduce((acc, j) => acc + v[idx[j]], 0))
			)
		);
		const walk = (k: number, acc: number[]) => {
			if (k === options.length) return push(acc);
			for (const d of options[k])
				walk(
					k + 1,
					acc.map((a, m) => a + d[m])
				);
		};
		walk(
			0,
			vectors.map(() => 0)
		);
		return sums;
	}
	const random = seededRandom(MONTE_CARLO_SEED);
	for (let r = 0; r < MONTE_CARLO_DRAWS; r++) {
		const acc = vectors.map(() => 0);
		for (const idx of bands) {
			const pool = [...idx];
			const k = idx.filter((i) => z[i]).length;
			for (let i = 0; i < k; i++) {
				const j = i + Math.floor(random() * (pool.length - i));
				[pool[i], pool[j]] = [pool[j], pool[i]];
				vectors.forEach((v, m) => (acc[m] += v[pool[i]]));
			}
		}
		push(acc);
	}
	return sums;
}

/**
 * Whether the start level enters as a common slope. With 8 residual degrees of freedom, always. With 4 to 7
 * (10 groups in four bands) the slope costs power (planted effect found 66 % of years instead of 83 %), so
 * only where a start gap could bias the comparison: children's growth depends on their start
 * (`startMatters`, from the children within groups, never from the comparison of groups) and the exposed
 * start unlike the unexposed of their band (their within-band start gap among the most extreme
 * IMBALANCE_SHARE of splits). Unadjusted, groups that start near the ceiling and cannot grow pass for a
 * deficit (15 % false «linked» in the ceiling scenario at 10 groups).
 */
function adjustFor(
	used: Unit[],
	strata: string[],
	z: number[],
	bands: number,
	startMatters: boolean
): boolean {
	const df = used.length - bands - 2;
	if (!used.every((u) => u.start !== null) || df < ADJUST_MIN_DF) return false;
	if (df >= ADJUST_ALWAYS_DF) return true;
	if (!startMatters) return false;
	const start = residualise(
		used.map((u) => u.start!),
		strata,
		null
	);
	const idx = [...new Set(strata)].map((s) => strata.flatMap((t, i) => (t === s ? [i] : [])));
	const total = idx.reduce((acc, b) => acc * choose(b.length, b.filter((i) => z[i]).length), 1);
	const [gaps] = splitSums(idx, z, [start], total <= EXACT_LIMIT ? 'exact' : 'monte_carlo');
	const observed = Math.abs(z.reduce((acc, zi, i) => acc + zi * start[i], 0)) * (1 - 1e-9);
	return gaps.filter((g) => Math.abs(g) >= observed).length / gaps.length <= IMBALANCE_SHARE;
}

/**
 * The test. Statistic a = Σ over exposed of the residual outcome, b = Σ over exposed of the residual
 * exposure: shifting the exposed arm by δ gives a − δ·b for every split, so the p-value of any δ comes
 * from the same splits, and the 95 % interval is the δ not rejected. Null when no stratum holds both arms.
 */
export function stratifiedTest(units: Unit[], adjust: boolean, startMatters = true): TestResult | null {
	const mixed = new Set(
		units
			.filter((u) => u.exposed)
			.map((u) => u.stratum)
			.filter((s) => units.some((v) => v.stratum === s && !v.exposed))
	);
	if (mixed.size === 0) return null;
	// Strata holding one arm only say nothing within a band; the comparison uses the mixed ones.
	const used = units.filter((u) => mixed.has(u.stratum));
	const strata = used.map((u) => u.stratum);
	const z: number[] = used.map((u) => (u.exposed ? 1 : 0));
	const n = used.length;
	const x = adjust && adjustFor(used, strata, z, mixed.size, startMatters) ? used.map((u) => u.start!) : null;
	const e = residualise(
		used.map((u) => u.outcome),
		strata,
		x
	);
	const f = residualise(z, strata, x);

	const bands = [...mixed].map((s) => used.flatMap((u, i) => (u.stratum === s ? [i] : [])));
	const total = bands.reduce((acc, idx) => acc * choose(idx.length, idx.filter((i) => z[i]).length), 1);
	const method: TestResult['method'] = total <= EXACT_LIMIT ? 'exact' : 'monte_carlo';
	const [as, bs] = splitSums(bands, z, [e, f], method);
	const a0 = z.reduce((acc, zi, i) => acc + zi * e[i], 0);
	const b0 = z.reduce((acc, zi, i) => acc + zi * f[i], 0);
	// Exposure fully explained by the start level within bands: nothing left to compare.
	if (Math.abs(b0) < 1e-9) return null;
	const scale = Math.max(1e-12, ...e.map(Math.abs), ...f.map(Math.abs));
	const pAt = (delta: number) => {
		const observed = Math.abs(a0 - delta * b0) - 1e-9 * scale * (1 + Math.abs(delta));
		let extreme = 0;
		for (let k = 0; k < as.length; k++) if (Math.abs(as[k] - delta * bs[k]) >= observed) extreme++;
		// Monte-Carlo: the observed split counts as one of the draws, so p is never 0.
		return method === 'exact' ? extreme / as.length : (extreme + 1) / (as.length + 1);
	};
	const effect = a0 / b0;
	// The most extreme split and, when every band splits in halves, its mirror image.
	const halves = bands.every((idx) => 2 * idx.filter((i) => z[i]).length === idx.length);
	const p_min = method === 'exact' ? (halves ? 2 : 1) / total : 1 / (MONTE_CARLO_DRAWS + 1);

	const df = n - mixed.size - (x ? 1 : 0) - 1;
	const sigma2 = df > 0 ? e.reduce((acc, ei, i) => acc + (ei - effect * f[i]) ** 2, 0) / df : NaN;
	const se = Math.sqrt(sigma2 / b0);
	const [t975, t80] = df > 0 ? tQuantiles(df) : [NaN, NaN];
	const reachable = p_min < ALPHA;
	const mdd = reachable && Number.isFinite(se) ? (t975 + t80) * se : null;

	const bound = (direction: 1 | -1): number | null => {
		// Step out until δ is rejected, then bisect the edge; unbounded when no δ is (too few splits).
		let step = Math.max(Number.isFinite(se) && se > 0 ? se : scale, 1e-6);
		let inside = effect;
		let outside = effect + direction * step;
		for (let i = 0; pAt(outside) > ALPHA; i++) {
			if (i > 40) return null;
			inside = outside;
			step *= 2;
			outside = effect + direction * step;
		}
		for (let i = 0; i < 50; i++) {
			const mid = (inside + outside) / 2;
			if (pAt(mid) > ALPHA) inside = mid;
			else outside = mid;
		}
		return inside;
	};
	const [ci_low, ci_high] = reachable ? [bound(-1), bound(1)] : [null, null];
	return {
		method,
		splits: as.length,
		effect,
		p: pAt(0),
		p_min,
		ci_low,
		ci_high,
		mdd,
		adjusted: x !== null
	};
}
