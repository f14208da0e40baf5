import type { Table } from 'apache-arrow';
import { column } from '../engine/columns';
import type { Engine } from '../engine/types';
import { childrenSql, MARKS_FILES, PERIOD_BITS } from '../ingest/cube';
import { inAgeOrder } from './age-band';

/**
 * The outcome figures of a filter, computed from the load's pre-aggregated tables read once into the page
 * (issue 15.2): a group × area × period × file cube of a few hundred rows, children counted per group and
 * period, and the dynamics' pairs by group and area. A filter then costs no query at all, and answers while
 * the engine is still busy with the analyses. The figures are those the scores give (`cube.test.ts` compares
 * every filter with a scan); where only a scan can count the children (an area chosen before the pairs are
 * summed), a figure says `null` and its caller asks the engine.
 */

/** What the filters narrow a view to; empty means «all». */
export interface Scope {
	period: string;
	group: string;
	area: string;
}

export interface CubeRow {
	group: string | null;
	area: string;
	areaOrder: number;
	period: string;
	periodOrder: number;
	/** The period's bit in the pairs' masks (its rank among the periods with scores). */
	bit: number;
	/** The row's file holds school marks 2–5. */
	marks: boolean;
	n: number;
	scoreSum: number;
	normSum: number;
	normN: number;
	nLow: number;
	nMid: number;
	nHigh: number;
	/** Scores rounding to 2, 3, 4, 5: the marks' distribution. */
	d: [number, number, number, number];
}

export interface PairRow {
	group: string;
	area: string;
	/** The periods each of these children has a score at, as bits; 0 on a group's placeholder row. */
	mask: bigint;
	children: number;
	paired: number;
	s0Sum: number | null;
	s1Sum: number | null;
	n0Sum: number | null;
	n1Sum: number | null;
}

export interface Cubes {
	rows: CubeRow[];
	/** Periods with scores, in order. */
	periods: { label: string; order: number; bit: number }[];
	/** Every area, in order (the dynamics' weakest may be one without scores at the last period). */
	areas: string[];
	ages: Map<string, string | null>;
	/** Every outcome file's scale, and whether it holds marks. */
	files: { scaleMin: number | null; scaleMax: number | null; marks: boolean }[];
	/** Distinct children per group: `period` null for the whole year. */
	children: { group: string | null; period: string | null; children: number }[];
	/** Null until the pairs are summed (the dynamics wait for them; an area's children are then scanned). */
	pairs: PairRow[] | null;
}

/** A column's values with its nulls (a typed array of doubles would hold whatever the null slots do). */
const orNull = (t: Table, name: string): (number | null)[] => {
	const vector = t.getChild(name);
	if (!vector) throw new Error(`Result has no column ${name}`);
	return Array.from(vector as Iterable<number | bigint | null>, (v) => (v === null ? null : Number(v)));
};
/** Sums and counts: a sum of no values (NULL) adds nothing. */
const numbers = (t: Table, name: string) => orNull(t, name).map((v) => v ?? 0);

/** The small tables a filter computes from, and the pairs when `pairs` (they exist once `buildPairCube` ran). */
export async function readCubes(engine: Engine, pairs: boolean): Promise<Cubes> {
	// Sent together, before anything else can queue in the engine: a load sums its pairs (a second or more)
	// right after the first charts' read begins, and must not slip between two of these queries.
	const [cube, areaNames, groups, files, kids, pairRows] = await Promise.all([
		engine.query(
			`SELECT g.name AS "group", a.name AS area, a.area_order, p.label AS period, p.period_order, b.bit,
			  o.file_id IN ${MARKS_FILES} AS marks, o.n, o.score_sum, o.norm_sum, o.norm_n, o.n_low, o.n_mid, o.n_high,
			  o.d2, o.d3, o.d4, o.d5
			FROM outcome_cube o LEFT JOIN groups g USING (group_id) JOIN areas a USING (area_id)
			  JOIN periods p USING (period_id) JOIN (${PERIOD_BITS}) b USING (period_id)`
		),
		engine.query(`SELECT name FROM areas ORDER BY area_order`),
		engine.query(`SELECT name, age FROM groups`),
		engine.query(
			`SELECT scale_min, scale_max, file_id IN ${MARKS_FILES} AS marks FROM files WHERE kind = 'outcomes'`
		),
		engine.query(
			`SELECT g.name AS "group", CASE WHEN all_periods THEN NULL ELSE p.label END AS period, c.children
			 FROM outcome_children c LEFT JOIN groups g USING (group_id) LEFT JOIN periods p USING (period_id)`
		),
		pairs ? readPairs(engine) : null
	]);
	const [n, sum, normSum, normN, low, mid, high, bit] = [
		'n',
		'score_sum',
		'norm_sum',
		'norm_n',
		'n_low',
		'n_mid',
		'n_high',
		'bit'
	].map((c) => numbers(cube, c));
	const d = ['d2', 'd3', 'd4', 'd5'].map((c) => numbers(cube, c));
	const [group, area, period] = ['group', 'area', 'period'].map((c) => column<string | null>(cube, c));
	const [areaOrder, periodOrder] = ['area_order', 'period_order'].map((c) => numbers(cube, c));
	const marks = column<boolean>(cube, 'marks');
	const rows: CubeRow[] = group.map((g, i) => ({
		group: g,
		area: area[i]!,
		areaOrder: areaOrder[i],
		period: period[i]!,
		periodOrder: periodOrder[i],
		bit: bit[i],
		marks: marks[i] === true,
		n: n[i],
		scoreSum: sum[i],
		normSum: normSum[i],
		normN: normN[i],
		nLow: low[i],
		nMid: mid[i],
		nHigh: high[i],
		d: [d[0][i], d[1][i], d[2][i], d[3][i]]
	}));
	const periods = [
		...new Map(rows.map((r) => [r.bit, { label: r.period, order: r.periodOrder, bit: r.bit }]))
	]
		.map(([, p]) => p)
		.sort((a, b) => a.bit - b.bit);

	const areas = column<string>(areaNames, 'name');
	const ageOf = column<string | null>(groups, 'age');
	const ages = new Map(column<string>(groups, 'name').map((name, i) => [name, ageOf[i]]));
	const [scaleMin, scaleMax] = [orNull(files, 'scale_min'), orNull(files, 'scale_max')];
	const fileMarks = column<boolean>(files, 'marks');
	const kidsN = numbers(kids, 'children');
	const kidsPeriod = column<string | null>(kids, 'period');
	return {
		rows,
		periods,
		areas,
		ages,
		files: scaleMin.map((min, i) => ({ scaleMin: min, scaleMax: scaleMax[i], marks: fileMarks[i] === true })),
		children: column<string | null>(kids, 'group').map((g, i) => ({
			group: g,
			period: kidsPeriod[i],
			children: kidsN[i]
		})),
		pairs: pairRows
	};
}

async function readPairs(engine: Engine): Promise<PairRow[]> {
	const t = await engine.query(
		`SELECT g.name AS "group", a.name AS area, c.mask, c.children, c.paired, c.s0_sum, c.s1_sum, c.n0_sum, c.n1_sum
		 FROM outcome_pair_cube c JOIN groups g USING (group_id) JOIN areas a USING (area_id)`
	);
	const [children, paired] = [numbers(t, 'children'), numbers(t, 'paired')];
	const [s0, s1, n0, n1] = ['s0_sum', 's1_sum', 'n0_sum', 'n1_sum'].map((c) => orNull(t, c));
	const mask = column<bigint | null>(t, 'mask');
	const area = column<string>(t, 'area');
	return column<string>(t, 'group').map((group, i) => ({
		group,
		area: area[i],
		mask: BigInt(mask[i] ?? 0),
		children: children[i],
		paired: paired[i],
		s0Sum: s0[i],
		s1Sum: s1[i],
		n0Sum: n0[i],
		n1Sum: n1[i]
	}));
}

/** The rows a group and an area chosen keep ('' keeps all). */
const kept = (r: { group: string | null; area: string }, group: string, area: string) =>
	(!group || r.group === group) && (!area || r.area === area);

/** The period a chart of one period shows: the one chosen, else the last; undefined when none matches. */
export function chosenPeriod(cubes: Cubes, period: string) {
	return cubes.periods.filter((p) => !period || p.label === period).at(-1);
}

/** Sums of `fields` per key, in the order keys first appear. */
function sums<R, K extends keyof R>(rows: R[], key: (r: R) => string, fields: K[]) {
	const out = new Map<string, { first: R; sum: Record<K, number> }>();
	for (const r of rows) {
		const k = key(r);
		let entry = out.get(k);
		if (!entry) {
			entry = { first: r, sum: Object.fromEntries(fields.map((f) => [f, 0])) as Record<K, number> };
			out.set(k, entry);
		}
		for (const f of fields) entry.sum[f] += r[f] as number;
	}
	return [...out.values()];
}

const indexes = (names: string[]) => new Map(names.map((name, i) => [name, i]));

/** SQL's `/` on sums: no rows under the divisor answer nothing. */
const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
const byText = (a: string | null, b: string | null) =>
	(a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;

/**
 * Distinct children under a period (''/null: the whole year), an area ('' all) and a group ('' all); null
 * when the tables read cannot tell (an area chosen before the pairs are summed, or a period past the 63rd).
 */
export function childrenIn(cubes: Cubes, period: string | null, group: string, area: string): number | null {
	const at = period ? cubes.periods.find((p) => p.label === period) : undefined;
	if (period && !at) return 0;
	if (!area)
		return cubes.children
			.filter((c) => (!group || c.group === group) && (at ? c.period === at.label : c.period === null))
			.reduce((s, c) => s + c.children, 0);
	if (!cubes.pairs || (at && at.bit >= 63)) return null;
	const bit = at ? 1n << BigInt(at.bit) : 0n;
	return cubes.pairs
		.filter((r) => kept(r, group, area) && (!at || (r.mask & bit) !== 0n))
		.reduce((s, r) => s + r.children, 0);
}

/** The scan `childrenIn` cannot replace: distinct children of one area, from the scores. */
export async function scanChildren(engine: Engine, period: string | null, group: string, area: string) {
	const table = await engine.query(
		childrenSql(
			period ? `coalesce((SELECT period_id FROM periods WHERE label = ?), 0::UBIGINT)` : 'NULL',
			`coalesce((SELECT area_id FROM areas WHERE name = ?), 0::UBIGINT)`,
			`(? = '' OR group_id IN (SELECT group_id FROM groups WHERE name = ?))`
		),
		[...(period ? [period] : []), area, group, group]
	);
	return Number(column<number>(table, 'n')[0] ?? 0);
}

/** Mean outcome per area and period under the filters: see `OutcomesByAreaPeriod`. */
export function byAreaPeriod(cubes: Cubes, scope: { period?: string; group?: string; area?: string }) {
	const { period = '', group = '', area = '' } = scope;
	const rows = cubes.rows.filter((r) => kept(r, group, area) && (!period || r.period === period));
	const cells = sums(rows, (r) => `${r.area}\u0000${r.bit}`, [
		'n',
		'scoreSum',
		'normSum',
		'normN',
		'nLow'
	]).sort((a, b) => a.first.areaOrder - b.first.areaOrder || a.first.periodOrder - b.first.periodOrder);
	const areas = [...new Set(cells.map((c) => c.first.area))];
	const orderOf = new Map(cells.map((c) => [c.first.period, c.first.periodOrder]));
	const periods = [...orderOf.keys()].sort((a, b) => orderOf.get(a)! - orderOf.get(b)!);
	// Positions by name: a file of a thousand indicators has a thousand areas.
	const [periodAt, areaAt] = [indexes(periods), indexes(areas)];
	const grid = () => periods.map(() => areas.map(() => NaN));
	const [mean, pct, n, lowShare] = [grid(), grid(), grid(), grid()];
	for (const { first, sum } of cells) {
		const [p, a] = [periodAt.get(first.period)!, areaAt.get(first.area)!];
		mean[p][a] = ratio(sum.scoreSum, sum.n);
		pct[p][a] = ratio(100 * sum.normSum, sum.normN);
		n[p][a] = sum.n;
		lowShare[p][a] = ratio(sum.nLow, sum.n);
	}
	const any = cells.length > 0;
	const mins = cubes.files.flatMap((f) => (f.scaleMin === null ? [] : [f.scaleMin]));
	const maxs = cubes.files.flatMap((f) => (f.scaleMax === null ? [] : [f.scaleMax]));
	return {
		areas,
		periods,
		mean,
		pct,
		n,
		lowShare,
		scale: {
			min: any ? (mins.length ? Math.min(...mins) : 0) : Infinity,
			max: any ? (maxs.length ? Math.max(...maxs) : 0) : -Infinity
		},
		oneScale: any && new Set(cubes.files.map((f) => `${f.scaleMin}|${f.scaleMax}`)).size === 1,
		marks: any && cubes.files.length > 0 && cubes.files.every((f) => f.marks),
		children: childrenIn(cubes, period || null, group, area)
	};
}

/** Group × area at one period (the last when none is chosen); groups in age order. */
export function heatmapOf(cubes: Cubes, period: string, scope: Partial<Scope> = {}) {
	const { group = '', area = '' } = scope;
	const at = chosenPeriod(cubes, period);
	const rows = at
		? cubes.rows.filter((r) => r.bit === at.bit && r.group !== null && kept(r, group, area))
		: [];
	const cells = sums(rows, (r) => `${r.group}\u0000${r.area}`, ['n', 'normSum', 'normN']).sort(
		(a, b) => byText(a.first.group, b.first.group) || a.first.areaOrder - b.first.areaOrder
	);
	const named = [...new Set(cells.map((c) => c.first.group!))];
	const groups = inAgeOrder(
		named,
		named.map((g) => cubes.ages.get(g) ?? null)
	);
	const areas = [...new Set(cells.map((c) => c.first.area))];
	const mean = groups.map(() => areas.map(() => NaN));
	const n = groups.map(() => areas.map(() => 0));
	const [groupAt, areaAt] = [indexes(groups), indexes(areas)];
	for (const { first, sum } of cells) {
		const [r, c] = [groupAt.get(first.group!)!, areaAt.get(first.area)!];
		mean[r][c] = ratio(sum.normSum, sum.normN);
		n[r][c] = sum.n;
	}
	return { period: cells.length ? at!.label : '', groups, areas, mean, n };
}

/** Share of children at each level per area, at one period and optionally one group and one area. */
export function levelsOf(cubes: Cubes, period: string, group: string, area = '') {
	const at = chosenPeriod(cubes, period);
	const rows = at
		? cubes.rows.filter((r) => r.bit === at.bit && r.group !== null && kept(r, group, area))
		: [];
	const cells = sums(rows, (r) => r.area, ['n', 'nLow', 'nMid', 'nHigh']).sort(
		(a, b) => a.first.areaOrder - b.first.areaOrder
	);
	return {
		period: cells.length ? at!.label : '',
		areas: cells.map((c) => c.first.area),
		n: cells.map((c) => c.sum.n),
		low: cells.map((c) => ratio(c.sum.nLow, c.sum.n)),
		mid: cells.map((c) => ratio(c.sum.nMid, c.sum.n)),
		high: cells.map((c) => ratio(c.sum.nHigh, c.sum.n))
	};
}

/** Children behind a chart of one period (the last when none is chosen), in the group and area chosen. */
export function childrenAtOf(cubes: Cubes, scope: Scope): number | null {
	const at = chosenPeriod(cubes, scope.period);
	return at ? childrenIn(cubes, at.label, scope.group, scope.area) : 0;
}

/**
 * Start and end of the year per group for one area, children paired; with no area chosen, the weakest at
 * the last period. Needs the pairs.
 */
export function dynamicsOf(cubes: Cubes, area: string, group = '') {
	const last = cubes.periods.at(-1);
	const atLast = sums(
		cubes.rows.filter((r) => r.bit === last?.bit),
		(r) => r.area,
		['normSum', 'normN']
	);
	const mean = new Map(atLast.map((c) => [c.first.area, ratio(c.sum.normSum, c.sum.normN)]));
	const order = (a: string) => {
		const m = mean.get(a);
		return m === undefined || Number.isNaN(m) ? Infinity : m;
	};
	// Stable: equal means keep the areas' order, as `ORDER BY m NULLS LAST, area_order` does.
	const chosen = cubes.areas.filter((a) => !area || a === area).sort((a, b) => order(a) - order(b))[0];
	const rows = (cubes.pairs ?? []).filter((r) => r.area === chosen && (!group || r.group === group));
	const cells = sums(
		rows.map((r) => ({ ...r, s0: r.s0Sum ?? 0, s1: r.s1Sum ?? 0, n0: r.n0Sum ?? 0, n1: r.n1Sum ?? 0 })),
		(r) => r.group,
		['paired', 's0', 's1', 'n0', 'n1']
	).sort((a, b) => byText(a.first.group, b.first.group));
	const names = cells.map((c) => c.first.group);
	const at = indexes(names);
	const inOrder = inAgeOrder(
		names,
		names.map((g) => cubes.ages.get(g) ?? null)
	).map((g) => cells[at.get(g)!]);
	// No pair: no mean (SQL's NULL), which the chart leaves blank.
	const per = (f: 's0' | 's1' | 'n0' | 'n1', scale = 1) =>
		inOrder.map((c) => (c.sum.paired ? (scale * c.sum[f]) / c.sum.paired : (null as unknown as number)));
	return {
		area: cells.length ? chosen : '',
		first: cells.length ? (cubes.periods[0]?.label ?? '') : '',
		last: cells.length ? (last?.label ?? '') : '',
		groups: inOrder.map((c) => c.first.group),
		start: per('s0'),
		end: per('s1'),
		/** The same means in % of the scale: the one scale of every outcome figure. */
		startPct: per('n0', 100),
		endPct: per('n1', 100),
		/** Every outcome file holds marks 2–5: the mean mark is the scale read. */
		marks: cells.length > 0 && cubes.files.length > 0 && cubes.files.every((f) => f.marks),
		paired: inOrder.map((c) => c.sum.paired)
	};
}

/** Pupils with each mark per subject, at the chosen period or each subject's own last one, one class or all. */
export function marksDistributionOf(cubes: Cubes, period: string, group: string) {
	const marks = cubes.rows.filter((r) => r.marks);
	const last = new Map<string, CubeRow>();
	for (const r of marks)
		if ((!period || r.period === period) && (last.get(r.area)?.periodOrder ?? -Infinity) < r.periodOrder)
			last.set(r.area, r);
	const rows = marks.filter((r) => last.get(r.area)?.bit === r.bit && r.group !== null && kept(r, group, ''));
	const cells = sums(
		rows.map((r) => ({ ...r, d2: r.d[0], d3: r.d[1], d4: r.d[2], d5: r.d[3] })),
		(r) => r.area,
		['n', 'd2', 'd3', 'd4', 'd5']
	).sort((a, b) => a.first.areaOrder - b.first.areaOrder);
	return {
		subjects: cells.map((c) => c.first.area),
		periods: cells.map((c) => c.first.period),
		n: cells.map((c) => c.sum.n),
		/** `counts[k][i]`: pupils with mark k + 2 in subject i */
		counts: (['d2', 'd3', 'd4', 'd5'] as const).map((k) => cells.map((c) => c.sum[k]))
	};
}
