import { describe, expect, it } from 'vitest';
import { stratifiedTest, type Unit } from './permutation';
import { normal, seededRandom } from './random';

const unit = (stratum: string, exposed: boolean, outcome: number, start: number | null = null): Unit => ({
	stratum,
	exposed,
	outcome,
	start
});

describe('stratified permutation test', () => {
	it('enumerates all 70 splits of 4 v 4: a clean separation has p = 2/70, and the interval excludes 0', () => {
		const units = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => unit('all', i < 4, (i < 4 ? 0.1 : 0.3) + 0.01 * i));
		const r = stratifiedTest(units, false)!;
		expect(r).toMatchObject({ method: 'exact', splits: 70, adjusted: false });
		expect(r.p).toBeCloseTo(2 / 70, 10);
		expect(r.p_min).toBeCloseTo(2 / 70, 10);
		expect(r.effect).toBeCloseTo(0.1 + 0.015 - 0.3 - 0.055, 10);
		expect(r.ci_high!).toBeLessThan(0);
		expect(r.ci_low!).toBeLessThan(r.effect);
		expect(r.mdd!).toBeGreaterThan(0);
	});

	it('cannot reach p < 0.05 with 3 v 3 (20 splits, min p 2/20), so it gives no interval and no MDD', () => {
		const units = [0, 1, 2, 3, 4, 5].map((i) => unit('all', i < 3, i < 3 ? 0 : 1));
		const r = stratifiedTest(units, false)!;
		expect(r.splits).toBe(20);
		expect(r.p_min).toBeCloseTo(0.1, 10);
		expect(r.p).toBeCloseTo(0.1, 10);
		expect([r.ci_low, r.ci_high, r.mdd]).toEqual([null, null, null]);
	});

	it('compares within bands: deficits in younger groups that grow less everywhere give no effect', () => {
		// Young groups grow 0.1 less; 5 of 6 young and 1 of 6 old groups are exposed; no effect within a band.
		const random = seededRandom(2);
		const units = Array.from({ length: 12 }, (_, i) => {
			const young = i < 6;
			return unit(
				young ? 'young' : 'old',
				young ? i < 5 : i === 6,
				(young ? 0.1 : 0.2) + 0.01 * normal(random)
			);
		});
		const pooled = stratifiedTest(
			units.map((u) => ({ ...u, stratum: 'all' })),
			false
		)!;
		expect(pooled.p).toBeLessThan(0.05);
		const r = stratifiedTest(units, false)!;
		expect(r.splits).toBe(36);
		expect(Math.abs(r.effect)).toBeLessThan(0.03);
		expect(r.p).toBeGreaterThan(0.2);
	});

	it('returns null when no band holds both exposed and unexposed groups', () => {
		const units = [unit('young', true, 0.1), unit('young', true, 0.1), unit('old', false, 0.3)];
		expect(stratifiedTest(units, false)).toBeNull();
	});

	it('adjusts for the start level: a null where exposed groups start lower and growth depends on start', () => {
		const random = seededRandom(3);
		const units = Array.from({ length: 12 }, (_, i) => {
			const exposed = i % 2 === 0;
			const start = (exposed ? 0.3 : 0.5) + 0.05 * normal(random);
			return unit('all', exposed, 0.4 - 0.5 * start + 0.005 * normal(random), start);
		});
		const raw = stratifiedTest(units, false)!;
		const adjusted = stratifiedTest(units, true)!;
		expect(raw.effect).toBeGreaterThan(0.05);
		expect(raw.p).toBeLessThan(0.05);
		expect(adjusted.adjusted).toBe(true);
		expect(adjusted.p).toBeGreaterThan(0.05);
	});

	it('with 10 groups in four bands adjusts only when the exposed start unlike their band', () => {
		// Bands of 2, 2, 3, 3 (residual df 4); the start rises with the group inside each band.
		const layout = [2, 2, 3, 3];
		const units = (exposedAt: (i: number, size: number) => boolean) =>
			layout.flatMap((size, b) =>
				Array.from({ length: size }, (_, i) =>
					unit(`b${b}`, exposedAt(i, size), 0.2 - 0.3 * (0.5 + 0.1 * i), 0.5 + 0.1 * i)
				)
			);
		// The highest-starting groups of every band exposed: the most extreme split there is.
		const high = stratifiedTest(
			units((i, size) => (size === 2 ? i === 1 : i > 0)),
			true
		)!;
		expect(high.adjusted).toBe(true);
		// Exposed in the middle of their bands: nothing to adjust for, the slope would only cost power.
		const middle = stratifiedTest(
			units((i, size) => (size === 2 ? i === 1 : i === 1)),
			true
		)!;
		expect(middle.adjusted).toBe(false);
		// The same start gap where children's growth does not depend on their start: nothing to adjust for.
		const flat = stratifiedTest(
			units((i, size) => (size === 2 ? i === 1 : i > 0)),
			true,
			false
		)!;
		expect(flat.adjusted).toBe(false);
	});

	it('switches to a fixed Monte-Carlo beyond 100 000 splits, the same p on every call', () => {
		const random = seededRandom(5);
		const units = Array.from({ length: 24 }, (_, i) => unit(i < 12 ? 'a' : 'b', i % 2 === 0, normal(random)));
		const r = stratifiedTest(units, false)!;
		expect(r.method).toBe('monte_carlo');
		expect(r.splits).toBe(20_000);
		expect(stratifiedTest(units, false)!.p).toBe(r.p);
	});

	it('covers the true difference in at least 93 % of 300 seeded 5 v 5 datasets', () => {
		const random = seededRandom(11);
		let covered = 0;
		for (let d = 0; d < 300; d++) {
			const units = Array.from({ length: 10 }, (_, i) =>
				unit('all', i < 5, (i < 5 ? 0.05 : 0) + 0.03 * normal(random))
			);
			const r = stratifiedTest(units, false)!;
			if (r.ci_low! <= 0.05 && 0.05 <= r.ci_high!) covered++;
		}
		expect(covered / 300).toBeGreaterThanOrEqual(0.93);
	});
});
