/**
 * The calibration scenarios of issue 11 and a runner that takes each through the real pipeline
 * (CSV → loadAll → linkage) and counts how often the speech pair comes out «linked», whether its interval
 * holds the true difference, and why it has no verdict when it has none.
 */
import type { Engine } from '../../src/lib/engine/types';
import { loadAll, sourceFromBytes } from '../../src/lib/ingest';
import { calibrationYear, SPEECH, type YearOptions } from './year';

export interface Scenario {
	name: string;
	/** True difference exposed − unexposed in speech growth, 0..1 scale (0: a null scenario). */
	truth: number;
	options: YearOptions;
}

const planted = 0.35;
export const NULL_SCENARIOS: Scenario[] = [
	...[0.1, 0.15, 0.35, -0.1, -0.15, -0.35].map((gap) => ({
		name: `age: younger grow ${gap > 0 ? `${gap} less` : `${-gap} more`}, deficits in younger`,
		truth: 0,
		options: { ageGap: gap, deficits: 'age' as const }
	})),
	...[0.15, -0.35].map((gap) => ({
		name: `age, 16 groups: younger grow ${gap > 0 ? `${gap} less` : `${-gap} more`}, deficits in younger`,
		truth: 0,
		options: { groups: 16 as const, ageGap: gap, deficits: 'age' as const }
	})),
	{ name: 'one period, deficits in younger', truth: 0, options: { ageGap: 0.15, onePeriod: true } },
	{ name: 'each educator at random (40 %)', truth: 0, options: { ageGap: 0.15, deficits: 'chance' } },
	{ name: 'each educator at random, one period', truth: 0, options: { deficits: 'chance', onePeriod: true } },
	{ name: 'tiny groups (3 children) decide', truth: 0, options: { ageGap: 0.15, tiny: true } },
	...([10, 16] as const).map((groups) => ({
		name: `regression to the mean: deficits where speech started lowest, ${groups} groups`,
		truth: 0,
		options: { groups, ageGap: 0.15, deficits: 'lowStart' as const, measurementError: true }
	})),
	...([10, 16] as const).map((groups) => ({
		name: `ceiling: starts near 3, deficits in older and high-starting groups, ${groups} groups`,
		truth: 0,
		options: { groups, deficits: 'highStart' as const, ceiling: true }
	})),
	...([4, 6, 8, 10, 16] as const).map((groups) => ({
		name: `${groups} groups, half of each band in deficit`,
		truth: 0,
		options: { groups, ageGap: 0.15, deficits: 'balanced' as const }
	}))
];
export const POWER_SCENARIOS: Scenario[] = ([10, 16] as const)
	.flatMap((groups) =>
		[
			['planted', planted],
			['half', planted / 2],
			['quarter', planted / 4]
		].map(([label, effect]) => ({
			name: `${label} effect (${effect} of 0–3), ${groups} groups`,
			truth: -(effect as number) / 3,
			options: { groups, ageGap: 0.15, deficits: 'balanced' as const, effect: effect as number }
		}))
	)
	.concat(
		// The same at 10 groups with the start measured with error (regression to the mean in every child).
		[
			['planted', planted],
			['half', planted / 2]
		].map(([label, effect]) => ({
			name: `${label} effect (${effect} of 0–3), 10 groups, start measured with error`,
			truth: -(effect as number) / 3,
			options: {
				groups: 10 as const,
				ageGap: 0.15,
				deficits: 'balanced' as const,
				effect: effect as number,
				measurementError: true
			}
		}))
	);

/** What a linkage function must give for a pair: the old and the new code both do. */
export interface Row {
	competency: string;
	verdict: string;
	ci_low: number | null;
	ci_high: number | null;
	reason?: string | null;
}

export interface Tally {
	scenario: Scenario;
	datasets: number;
	linked: number;
	/** «linked» for the other, never planted, pair (health × physical). */
	otherLinked: number;
	/** The other pair's intervals, and how many hold its true difference, 0. */
	otherIntervals: number;
	otherCovered: number;
	intervals: number;
	covered: number;
	reasons: Record<string, number>;
}

export async function run(
	engine: Engine,
	scenario: Scenario,
	datasets: number,
	linkage: (engine: Engine) => Promise<Row[]>,
	/** Added to every seed: 0 gives the seeds the tables were made with, anything else fresh years. */
	seedOffset = 0
): Promise<Tally> {
	const tally: Tally = {
		scenario,
		datasets,
		linked: 0,
		otherLinked: 0,
		otherIntervals: 0,
		otherCovered: 0,
		intervals: 0,
		covered: 0,
		reasons: {}
	};
	for (let d = 0; d < datasets; d++) {
		// The same seeds in every scenario: scenarios differ by their options, not by their luck.
		const files = calibrationYear(1000 * (d + 1) + seedOffset, scenario.options);
		await loadAll(
			engine,
			files.map((f) => sourceFromBytes(f.name, f.bytes))
		);
		for (const r of await linkage(engine)) {
			if (r.competency !== SPEECH) {
				if (r.verdict === 'linked') tally.otherLinked++;
				if (r.ci_low !== null && r.ci_high !== null) {
					tally.otherIntervals++;
					if (r.ci_low <= 0.002 && -0.002 <= r.ci_high) tally.otherCovered++;
				}
				continue;
			}
			if (r.verdict === 'linked') tally.linked++;
			const reason = r.verdict === 'insufficient' ? (r.reason ?? 'insufficient') : r.verdict;
			tally.reasons[reason] = (tally.reasons[reason] ?? 0) + 1;
			if (r.ci_low !== null && r.ci_high !== null) {
				tally.intervals++;
				// A hair of tolerance: clamping at the scale's ends moves the truth by less than this.
				if (r.ci_low <= scenario.truth + 0.002 && scenario.truth - 0.002 <= r.ci_high) tally.covered++;
			}
		}
	}
	return tally;
}

/** Wilson's 95 % interval for a binomial rate k/n, in per cent. */
export function wilson(k: number, n: number): [number, number] {
	const z = 1.96;
	const p = k / n;
	const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
	const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
	return [100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half)];
}

const pct = (k: number, n: number) => {
	if (!n) return '—';
	const [low, high] = wilson(k, n);
	return `${((100 * k) / n).toFixed(1)} % [${low.toFixed(1)}–${high.toFixed(1)}]`;
};

/** The table `npm run calibrate` prints. */
export function table(tallies: Tally[]): string {
	const lines = [
		'| scenario | truth | datasets | «linked» | other pair «linked» | interval holds truth | other pair interval holds 0 | verdicts |',
		'|---|---|---|---|---|---|---|---|'
	];
	for (const t of tallies) {
		const reasons = Object.entries(t.reasons)
			.map(([k, n]) => `${k} ${n}`)
			.join(', ');
		lines.push(
			`| ${t.scenario.name} | ${t.scenario.truth.toFixed(3)} | ${t.datasets} | ${t.linked} (${pct(t.linked, t.datasets)}) | ${t.otherLinked} (${pct(t.otherLinked, t.datasets)}) | ${t.covered}/${t.intervals} (${pct(t.covered, t.intervals)}) | ${t.otherCovered}/${t.otherIntervals} (${pct(t.otherCovered, t.otherIntervals)}) | ${reasons} |`
		);
	}
	return lines.join('\n');
}
