import type { Engine } from '../engine/types';
import { byAreaPeriod, readCubes, scanChildren, type Cubes } from './outcome-cube';

/** Mean outcome per area and period: the first chart a methodist wants to see. */
export interface OutcomesByAreaPeriod {
	areas: string[];
	periods: string[];
	/** `mean[p][a]`: mean score of period `p`, area `a`, on the file's own scale; NaN when no scores. */
	mean: number[][];
	/**
	 * The same mean as a share of the scale, 0–100 (0 = the scale's lowest score, 100 = its highest): the one
	 * scale every outcome figure is drawn on, so files on 0–3, 1–4 and 2–5 read side by side.
	 */
	pct: number[][];
	/** Children with a score in that cell. */
	n: number[][];
	/** Share of those children at the low level. */
	lowShare: number[][];
	scale: { min: number; max: number };
	/** Every outcome file has this one scale, so the mean in the file's own points can be said too. */
	oneScale: boolean;
	/** Every outcome file holds school marks 2–5: the mean mark is itself the scale everyone reads. */
	marks: boolean;
	/** Distinct children behind the chart. */
	children: number;
}

/** A period, a group, an area chosen in the filters; empty means all. */
export type OutcomesScope = { period?: string; group?: string; area?: string };

export async function outcomesByAreaPeriod(
	engine: Engine,
	scope: OutcomesScope = {},
	cubes?: Cubes
): Promise<OutcomesByAreaPeriod> {
	const figure = byAreaPeriod(cubes ?? (await readCubes(engine, false)), scope);
	const { period = '', group = '', area = '' } = scope;
	return {
		...figure,
		children: figure.children ?? (await scanChildren(engine, period || null, group, area))
	};
}
