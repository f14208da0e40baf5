import { describe, expect, it } from 'vitest';
import { linkageStatistics, withVerdicts, type GroupPoint } from './linkage';
import { normal, seededRandom } from './random';

/**
 * Group-level data shaped like a kindergarten: 10 groups, exposure 0, ⅔ or 1, each group's mean growth
 * (0..1 scale) with the noise of ~21 children and a group effect, as in the sample year.
 */
function groups(random: () => number, effect: number): GroupPoint[] {
	return Array.from({ length: 10 }, (_, i) => {
		const exposure = random() < 0.5 ? 0 : random() < 0.5 ? 2 / 3 : 1;
		const noise = 0.027 * normal(random) + (0.067 / Math.sqrt(21)) * normal(random);
		return { group: `Г${i}`, exposure, outcome: 0.18 + (exposure >= 0.5 ? effect : 0) + noise, children: 21 };
	});
}

/** Five pairs a dataset, corrected together, as the page does. */
function verdicts(random: () => number, effects: number[]) {
	const results = effects.map((effect, k) => ({
		competency: `К${k}`,
		area: `О${k}`,
		measure: 'growth' as const,
		groups: [],
		...linkageStatistics(groups(random, effect), random)
	}));
	return withVerdicts(results);
}

describe('linkage calibration (100 seeded datasets)', () => {
	it('finds no link where there is none: at most 10 % «linked» for any pair', () => {
		const random = seededRandom(7);
		const linked = [0, 0, 0, 0, 0];
		for (let d = 0; d < 100; d++) {
			verdicts(random, [0, 0, 0, 0, 0]).forEach((v, k) => (linked[k] += v.verdict === 'linked' ? 1 : 0));
		}
		for (const count of linked) expect(count).toBeLessThanOrEqual(10);
	});

	it('finds the planted link (growth 0.117 lower, as in the sample year) in most datasets', () => {
		const random = seededRandom(8);
		let found = 0;
		let tested = 0;
		for (let d = 0; d < 100; d++) {
			const [planted] = verdicts(random, [-0.117, 0, 0, 0, 0]);
			if (planted.verdict === 'insufficient') continue;
			tested++;
			if (planted.verdict === 'linked') found++;
		}
		expect(found / tested).toBeGreaterThan(0.8);
	});
});

describe('verdicts', () => {
	it('says «insufficient» with fewer than 3 groups on a side, and keeps it out of the correction', () => {
		const points = [0, 0, 0, 0, 1, 1].map((exposure, i) => ({
			group: `${i}`,
			exposure,
			outcome: exposure ? 0.1 : 0.2,
			children: 20
		}));
		const stats = linkageStatistics(points, seededRandom(1));
		expect(stats).toMatchObject({ n_groups: 6, n_exposed: 2, ci_low: null, p: null });
		expect(stats.effect).toBeCloseTo(-0.1);
		const [v] = withVerdicts([{ competency: 'К', area: 'О', measure: 'growth', groups: points, ...stats }]);
		expect(v.verdict).toBe('insufficient');
		expect(v.q).toBeNull();
	});

	it('calls a clean separation of 3 against 3 linked only if it survives the correction', () => {
		const points = [0, 0, 0, 1, 1, 1].map((exposure, i) => ({
			group: `${i}`,
			exposure,
			outcome: (exposure ? 0.1 : 0.3) + i * 0.001,
			children: 20
		}));
		const stats = linkageStatistics(points, seededRandom(2));
		// 3 vs 3: the most extreme of 20 splits, two-sided p ≈ 2/20.
		expect(stats.p!).toBeGreaterThan(0.08);
		expect(stats.p!).toBeLessThan(0.12);
		const [v] = withVerdicts([{ competency: 'К', area: 'О', measure: 'growth', groups: points, ...stats }]);
		expect(v.verdict).toBe('not_linked');
	});
});
