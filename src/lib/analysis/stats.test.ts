import { describe, expect, it } from 'vitest';
import { seededRandom } from './random';
import {
	benjaminiHochberg,
	bootstrapCI,
	meanDifference,
	permutationTest,
	quantile,
	ranks,
	spearman
} from './stats';

describe('ranks and Spearman', () => {
	it('average tied ranks', () => {
		expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
	});

	it('match hand-computed rho', () => {
		// Ranks x: 1 2 3 4 5, y: 2 1 4 3 5 → d² = 1+1+1+1+0 = 4 → rho = 1 − 6·4/(5·24) = 0.8.
		expect(spearman([1, 2, 3, 4, 5], [20, 10, 40, 30, 50])).toBeCloseTo(0.8, 12);
		expect(spearman([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
		expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
	});
});

describe('permutation test', () => {
	it('gives the exact p of the most extreme split when every permutation is seen often', () => {
		// A = {3, 4}, B = {1, 2}: of the 6 equally likely splits, 2 are as extreme (±2) → p ≈ 1/3.
		const p = permutationTest([3, 4], [1, 2], seededRandom(1), 20000);
		expect(p).toBeGreaterThan(0.32);
		expect(p).toBeLessThan(0.35);
	});

	it('is never zero and about 1 when the groups do not differ', () => {
		expect(permutationTest([1, 2, 3], [1, 2, 3], seededRandom(2), 999)).toBe(1);
		expect(permutationTest([10, 11, 12, 13, 14], [0, 1, 2, 3, 4], seededRandom(3), 999)).toBeGreaterThan(0);
	});

	it('gives the same p for the same seed', () => {
		const run = () => permutationTest([5, 6, 7], [1, 2, 9], seededRandom(42), 500);
		expect(run()).toBe(run());
	});
});

describe('bootstrap interval', () => {
	it('collapses to the difference when nothing varies, and covers it otherwise', () => {
		expect(bootstrapCI([2, 2, 2], [1, 1, 1], seededRandom(1), 200)).toEqual([1, 1]);
		const [lo, hi] = bootstrapCI([1, 2, 3, 4], [0, 1, 2, 3], seededRandom(2), 2000);
		expect(lo).toBeLessThan(meanDifference([1, 2, 3, 4], [0, 1, 2, 3]));
		expect(hi).toBeGreaterThan(1);
		// The largest possible replicate is max(A) − min(B) = 4; the smallest min(A) − max(B) = −2.
		expect(lo).toBeGreaterThanOrEqual(-2);
		expect(hi).toBeLessThanOrEqual(4);
	});

	it('interpolates quantiles between order statistics', () => {
		expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(quantile([0, 10], 0.025)).toBeCloseTo(0.25);
	});
});

describe('Benjamini–Hochberg', () => {
	it('matches the hand-computed q-values', () => {
		// Sorted p: 0.01, 0.02, 0.03, 0.04, 0.20 (m = 5) → p·m/k: 0.05, 0.05, 0.05, 0.05, 0.20.
		expect(benjaminiHochberg([0.04, 0.01, 0.2, 0.03, 0.02]).map((q) => Math.round(q * 1e6) / 1e6)).toEqual([
			0.05, 0.05, 0.2, 0.05, 0.05
		]);
		// Monotone: 0.01·3/1 = 0.03, 0.04·3/2 = 0.06, 0.05·3/3 = 0.05 → min from the top: 0.03, 0.05, 0.05.
		expect(benjaminiHochberg([0.01, 0.04, 0.05])).toEqual(
			[0.03, 0.05, 0.05].map((x) => expect.closeTo(x, 12))
		);
	});
});
