/**
 * Small statistics for few groups: rank correlation, bootstrap intervals, permutation tests and the
 * Benjamini–Hochberg correction. Randomness comes from the caller's seeded generator, so the same
 * files always give the same numbers.
 */

export const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** Ranks 1..n, ties sharing their average rank. */
export function ranks(xs: readonly number[]): number[] {
	const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
	const result = new Array<number>(xs.length);
	for (let i = 0; i < order.length;) {
		let j = i;
		while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
		const rank = (i + j) / 2 + 1;
		for (let k = i; k <= j; k++) result[order[k][1]] = rank;
		i = j + 1;
	}
	return result;
}

/** Pearson correlation; NaN when either side does not vary. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
	const mx = mean(xs);
	const my = mean(ys);
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < xs.length; i++) {
		sxy += (xs[i] - mx) * (ys[i] - my);
		sxx += (xs[i] - mx) ** 2;
		syy += (ys[i] - my) ** 2;
	}
	return sxx === 0 || syy === 0 ? NaN : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho: Pearson on ranks, ties averaged. */
export const spearman = (xs: readonly number[], ys: readonly number[]) => pearson(ranks(xs), ranks(ys));

/** Difference of means, group A minus group B. */
export const meanDifference = (a: readonly number[], b: readonly number[]) => mean(a) - mean(b);

/** The q-th quantile (0..1) of sorted values, linear between order statistics. */
export function quantile(sorted: readonly number[], q: number): number {
	if (sorted.length === 0) return NaN;
	const position = (sorted.length - 1) * q;
	const lo = Math.floor(position);
	const hi = Math.ceil(position);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - lo);
}

/**
 * Percentile bootstrap interval for the difference of means of two sets of groups: each side is
 * resampled with replacement on its own, so both sides are present in every replicate.
 */
export function bootstrapCI(
	a: readonly number[],
	b: readonly number[],
	random: () => number,
	replicates = 2000,
	level = 0.95
): [number, number] {
	const draw = (xs: readonly number[]) => {
		let sum = 0;
		for (let i = 0; i < xs.length; i++) sum += xs[Math.floor(random() * xs.length)];
		return sum / xs.length;
	};
	const stats: number[] = [];
	for (let r = 0; r < replicates; r++) stats.push(draw(a) - draw(b));
	stats.sort((x, y) => x - y);
	const tail = (1 - level) / 2;
	return [quantile(stats, tail), quantile(stats, 1 - tail)];
}

/**
 * Two-sided permutation p-value for the difference of means: shuffle which groups count as A,
 * count shuffles at least as extreme as observed, and add one to both counts so p is never 0.
 */
export function permutationTest(
	a: readonly number[],
	b: readonly number[],
	random: () => number,
	permutations = 2000
): number {
	const pooled = [...a, ...b];
	const observed = Math.abs(meanDifference(a, b));
	let extreme = 0;
	for (let p = 0; p < permutations; p++) {
		// Partial Fisher–Yates: the first a.length values after shuffling form the new group A.
		for (let i = 0; i < a.length; i++) {
			const j = i + Math.floor(random() * (pooled.length - i));
			[pooled[i], pooled[j]] = [pooled[j], pooled[i]];
		}
		const diff = Math.abs(meanDifference(pooled.slice(0, a.length), pooled.slice(a.length)));
		// A small tolerance so ties with the observed value count as extreme despite rounding.
		if (diff >= observed - 1e-12) extreme++;
	}
	return (extreme + 1) / (permutations + 1);
}

/** Benjamini–Hochberg adjusted p-values (q), in the order of the input. */
export function benjaminiHochberg(ps: readonly number[]): number[] {
	const m = ps.length;
	const order = ps.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0]);
	const q = new Array<number>(m);
	let running = 1;
	for (let k = m - 1; k >= 0; k--) {
		const [p, i] = order[k];
		running = Math.min(running, (p * m) / (k + 1));
		q[i] = running;
	}
	return q;
}
