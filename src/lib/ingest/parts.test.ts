import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { deriveTables } from './derive';
import { loadAll, normaliseAll, sourceFromBytes, type FileReport, type FileSetup, type RawFile } from '.';
import { PART_TABLES, partsOf, renormaliseParts } from './parts';

const dir = new URL('../../../data-samples/', import.meta.url);
const names = readdirSync(dir)
	.filter((n) => n.endsWith('.csv'))
	.sort();

let engine: Engine;
let raws: RawFile[];
let reports: FileReport[];
beforeAll(async () => {
	engine = await createNodeEngine();
	({ raws, reports } = await loadAll(
		engine,
		names.map((n) => sourceFromBytes(n, readFileSync(new URL(n, dir))))
	));
});
afterAll(() => engine.close());

const TABLES = [
	'files',
	'rejects',
	...PART_TABLES.outcomes,
	...PART_TABLES.people,
	// The outcome views read these, not the outcomes: a correction must leave none of them stale.
	'outcome_cube',
	'outcome_children',
	'outcome_pair_cube',
	'deficits',
	'competency_area',
	'event_targets'
];

/** Every normalised and derived table, row by row in stored order (`files`, `rejects`) or sorted. */
async function dump(): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const table of TABLES) {
		const order = table === 'files' || table === 'rejects' ? '' : ' ORDER BY ALL';
		const rows = await engine.query(`SELECT * FROM ${table}${order}`);
		out[table] = JSON.stringify(
			rows.toArray().map((r) => r.toJSON()),
			(_, v) => (typeof v === 'bigint' ? String(v) : v)
		);
	}
	return out;
}

const index = (prefix: string) => names.findIndex((n) => n.startsWith(prefix));
const detected = (i: number): FileSetup => ({ kind: raws[i].detection.kind, roles: raws[i].detection.roles });

/** The user's setups so far: each test corrects on top of the one before, as a session does. */
let setups: (FileSetup | undefined)[] = [];

/** Correct one file as the page does (only the parts touched), then check against a rebuild of everything. */
async function correct(i: number, setup: FileSetup) {
	const before = setups;
	setups = [...before];
	setups[i] = setup;
	const parts = new Set([...partsOf(raws, before, [i]), ...partsOf(raws, setups, [i])]);
	reports = await renormaliseParts(engine, raws, setups, new Map(), { parts, changed: [i] }, reports);
	await deriveTables(engine);
	const patched = await dump();
	const full = await normaliseAll(engine, raws, setups, new Map());
	await deriveTables(engine);
	expect(patched).toEqual(await dump());
	expect(reports).toEqual(full);
	return parts;
}

const count = async (table: string) =>
	Number((await engine.query(`SELECT count(*) AS n FROM ${table}`)).get(0)?.n);

describe('a correction rebuilds only the part of the tables it touches', () => {
	it('a plan read as «не распознан» and back: the plan’s part only, tables as a full rebuild writes them', async () => {
		const plan = index('plan');
		expect(await correct(plan, { kind: null, roles: {} })).toEqual(new Set(['plan']));
		expect(reports[plan]).toMatchObject({ kind: null, rowsLoaded: 0, rowsRejected: raws[plan].rowsIn });
		expect(await count('events')).toBe(0);
		await correct(plan, detected(plan));
		expect(await count('events')).toBe(11);
	});

	it('an area column of the outcomes left out: the outcomes’ part only', async () => {
		const monitoring = index('monitoring');
		const setup = detected(monitoring);
		const areas = setup.roles.areas!;
		const [outcomes, areaCount] = [await count('outcomes'), await count('areas')];
		const fewer = { ...setup, roles: { ...setup.roles, areas: areas.slice(1) } };
		expect(await correct(monitoring, fewer)).toEqual(new Set(['outcomes']));
		expect(await count('areas')).toBe(areaCount - 1);
		expect(await count('outcomes')).toBeLessThan(outcomes);
	});

	it('the outcomes read as a roster: both parts rebuilt, every row loaded or rejected', async () => {
		const monitoring = index('monitoring');
		expect(await correct(monitoring, { kind: 'roster', roles: {} })).toEqual(new Set(['people', 'outcomes']));
		expect(await count('outcomes')).toBe(0);
		expect(reports[monitoring].rowsLoaded + reports[monitoring].rowsRejected).toBe(raws[monitoring].rowsIn);
	});
});

describe('a correction beside a card whose legend gives a summary its scale', () => {
	it('the summary corrected keeps the card’s 1–3, as a full rebuild reads it', async () => {
		const real = new URL('../../../../shared/real-exports/kindergarten-indicator-card/', import.meta.url);
		const files = [
			'Диагностика 2 мл. гр. Ромашка 2025-2026.xlsx',
			'Сводная таблица 2 мл. гр. Ромашка 2025-2026.xlsx'
		];
		const loaded = await loadAll(
			engine,
			files.map((n) => sourceFromBytes(n, readFileSync(new URL(n, real))))
		);
		expect(loaded.reports[1].scale).toMatchObject({ min: 1, max: 3, from: files[0] });
		const setup = { kind: loaded.raws[1].detection.kind, roles: loaded.raws[1].detection.roles };
		const fewer: FileSetup = { ...setup, roles: { ...setup.roles, areas: setup.roles.areas!.slice(2) } };
		const corrected = [undefined, fewer];
		const parts = partsOf(loaded.raws, [], [1]);
		const patched = await renormaliseParts(
			engine,
			loaded.raws,
			corrected,
			new Map(),
			{ parts, changed: [1] },
			loaded.reports
		);
		await deriveTables(engine);
		const tables = await dump();
		expect(patched[1].scale).toMatchObject({ min: 1, max: 3, from: files[0] });
		expect(patched).toEqual(await normaliseAll(engine, loaded.raws, corrected, new Map()));
		await deriveTables(engine);
		expect(tables).toEqual(await dump());
	});
});
