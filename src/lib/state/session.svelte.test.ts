import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { sourceFromBytes, type SourceFile } from '../ingest';
import { memoryStore } from './memory-store';
import { Session } from './session.svelte';

const read = (folder: string) => {
	const dir = new URL(`../../../data-samples/${folder}`, import.meta.url);
	return readdirSync(dir)
		.filter((n) => n.endsWith('.csv'))
		.sort()
		.map((n) => sourceFromBytes(n, readFileSync(new URL(n, dir))));
};
const sampleYear = read('');
const nextYear = read('next-year/');

/** A file picked, then deleted from the disk before it was read: the browser's NotReadableError. */
const vanished: SourceFile = {
	name: 'план-удалён-с-диска.csv',
	size: 100,
	read: () => Promise.reject(new DOMException('A requested file could not be read', 'NotReadableError'))
};

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

const newSession = (store = memoryStore()) => new Session({ engine: async () => engine, store });
const count = async (table: string) =>
	Number((await engine.query(`SELECT count(*) AS n FROM ${table}`)).get(0)?.n);
const timed = async (work: () => Promise<void>) => {
	const started = performance.now();
	await work();
	return performance.now() - started;
};

describe('a session on the Node engine', () => {
	const store = memoryStore();
	const session = newSession(store);

	it('loads the sample year: every row loaded or rejected, 213 children, and keeps it in the store', async () => {
		await session.start();
		expect(session.engineState).toBe('ready');
		expect(session.restoring).toBe(false);
		await session.replace(sampleYear);
		expect(session.loadError).toBeNull();
		const { files, analysis, figures } = session.results;
		expect(files.map((f) => f.kind).sort()).toEqual(['outcomes', 'plan', 'roster', 'survey']);
		for (const f of files) expect(f.rowsLoaded + f.rowsRejected).toBe(f.rowsIn);
		expect(analysis?.children).toBe(213);
		expect(figures?.children).toBe(213);
		expect(session.results.mode).toBe('kindergarten');
		// The dynamics' pairs, summed after the outcome figures were out, are every child's start and end.
		expect(session.results.pairs).toBe(true);
		const paired = Number((await engine.query(`SELECT count(s1 - s0) AS n FROM outcome_pairs`)).get(0)?.n);
		expect(paired).toBeGreaterThan(0);
		expect(Number((await engine.query(`SELECT sum(paired) AS n FROM outcome_pair_cube`)).get(0)?.n)).toBe(
			paired
		);
		// The save runs after the load; the store holds the four files once it is done.
		await expect.poll(() => store.stored()?.files.length).toBe(4);
	});

	it('corrects the plan to «не распознан» in under 2 s, faster than a full reload, and back', async () => {
		const plan = session.results.files.findIndex((f) => f.kind === 'plan');
		const detected = session.results.files[plan];
		const covered = session.results.analysis!.coverage.map((c) => c.status);
		expect(covered).toContain('covered');

		const unplanned = await timed(() => session.correct(plan, { kind: null, roles: {} }));
		expect(session.loadError).toBeNull();
		expect(session.results.files[plan]).toMatchObject({ kind: null, rowsLoaded: 0, corrected: true });
		expect(await count('events')).toBe(0);
		// With no plan, coverage says so instead of «не адресован».
		expect(new Set(session.results.analysis!.coverage.map((c) => c.status))).toEqual(new Set(['no_plan']));
		// The choice is the user's and is kept with the session.
		expect(session.choices.setups[plan]).toEqual({ kind: null, roles: {} });
		await expect.poll(() => store.stored()?.setups[plan]?.kind).toBeNull();

		const replanned = await timed(() =>
			session.correct(plan, { kind: 'plan', roles: detected.roles, values: detected.values })
		);
		expect(await count('events')).toBe(11);
		expect(session.results.analysis!.coverage.map((c) => c.status)).toEqual(covered);

		// An area of the outcomes left out: the outcomes are read again from their raw table, the people stay.
		const monitoring = session.results.files.findIndex((f) => f.kind === 'outcomes');
		const roles = session.results.files[monitoring].roles;
		const outcomes = await count('outcomes');
		const lessened = await timed(() =>
			session.correct(monitoring, { kind: 'outcomes', roles: { ...roles, areas: roles.areas!.slice(1) } })
		);
		expect(await count('outcomes')).toBeLessThan(outcomes);
		expect(session.results.outcomes?.areas).toHaveLength(roles.areas!.length - 1);
		// The pairs follow: the area left out is no longer paired.
		expect(await count('(SELECT DISTINCT area_id FROM outcome_pair_cube)')).toBe(roles.areas!.length - 1);
		expect(await count('events')).toBe(11);

		const reload = await timed(() => session.replace(sampleYear));
		expect(await count('outcomes')).toBe(outcomes);
		const ms = (x: number) => `${Math.round(x)} ms`;
		console.log(
			`sample year on the Node engine: plan corrected ${ms(unplanned)} and back ${ms(replanned)}, an outcomes area left out ${ms(lessened)}; full reload ${ms(reload)}`
		);
		// One correction can meet a busy moment of a shared machine (or test files run side by side): the
		// middle one is held to the bound and to the reload.
		const middle = [unplanned, replanned, lessened].sort((a, b) => a - b)[1];
		expect(middle).toBeLessThan(2000);
		expect(middle).toBeLessThan(reload);
	});

	it('changes the areas a competency bears on: the links rebuilt, the outcomes and their pairs kept', async () => {
		const competency = session.results.analysis!.linkage[0].competency;
		const pairs = await count('outcome_pair_cube');
		const version = session.results.version;
		await session.setAreas(competency, [session.results.outcomes!.areas[0]]);
		expect(session.loadError).toBeNull();
		expect(session.results.version).toBe(version + 1);
		expect(session.results.pairs).toBe(true);
		expect(await count('outcome_pair_cube')).toBe(pairs);
		const chosen = await engine.query(`SELECT area, how FROM competency_area WHERE competency = ?`, [
			competency
		]);
		expect(chosen.toArray().map((r) => r.toJSON())).toEqual([
			{ area: session.results.outcomes!.areas[0], how: 'confirmed' }
		]);
	});

	it('undoes a replacement: the earlier year comes back with its counts', async () => {
		const earlier = session.results.files.map((f) => [f.name, f.rowsLoaded]);
		const outcomes = await count('outcomes');
		await session.replace(nextYear);
		expect(session.canUndo).toBe(true);
		expect(session.results.files.map((f) => f.name)).toEqual(nextYear.map((s) => s.name));
		expect(await count('outcomes')).not.toBe(outcomes);

		await session.undo();
		expect(session.loadError).toBeNull();
		expect(session.results.files.map((f) => [f.name, f.rowsLoaded])).toEqual(earlier);
		expect(await count('outcomes')).toBe(outcomes);
		expect(session.results.analysis?.children).toBe(213);
	});

	it('keeps the earlier set when a load fails, and says why', async () => {
		const earlier = session.results.files.map((f) => [f.name, f.rowsLoaded]);
		const outcomes = await count('outcomes');
		await session.add([vanished]);
		expect(session.loadError).not.toBeNull();
		expect(session.loadKept).toBe(true);
		expect(session.results.files.map((f) => [f.name, f.rowsLoaded])).toEqual(earlier);
		expect(session.choices.sources.map((s) => s.name)).not.toContain(vanished.name);
		expect(await count('outcomes')).toBe(outcomes);

		// A correction after the failure patches the earlier set's own tables.
		const plan = session.results.files.findIndex((f) => f.kind === 'plan');
		await session.correct(plan, { kind: null, roles: {} });
		expect(session.results.files.map((f) => f.rowsIn)).toEqual(
			earlier.map((_, i) => session.results.files[i].rowsIn)
		);
		expect(await count('events')).toBe(0);
		expect(await count('outcomes')).toBe(outcomes);
	});
});

describe('a session reopened from its store', () => {
	it('restores the files and every correction the user made', async () => {
		const store = memoryStore();
		const first = newSession(store);
		await first.start();
		await first.replace(sampleYear);
		const plan = first.results.files.findIndex((f) => f.kind === 'plan');
		await first.correct(plan, { kind: null, roles: {} });
		await expect.poll(() => store.stored()?.setups[plan]?.kind).toBeNull();

		const second = newSession(store);
		expect(second.restoring).toBe(true);
		await second.start();
		expect(second.restoring).toBe(false);
		expect(second.results.files.map((f) => [f.name, f.kind, f.rowsLoaded])).toEqual(
			first.results.files.map((f) => [f.name, f.kind, f.rowsLoaded])
		);
		expect(second.results.analysis?.children).toBe(213);
	});
});
