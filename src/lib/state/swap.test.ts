import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { normaliseAll, sourceFromBytes, type SourceFile } from '../ingest';
import { emptySet, LoadFailed, sameFile, swapIn, type FileSet } from './swap';

const dir = new URL('../../../data-samples/', import.meta.url);
const samples = readdirSync(dir)
	.filter((n) => n.endsWith('.csv'))
	.sort()
	.map((n) => sourceFromBytes(n, readFileSync(new URL(n, dir))));
const setOf = (sources: SourceFile[]): FileSet => ({ ...emptySet(), sources });

/** A file that was picked, then moved or deleted before it was read: the browser's NotReadableError. */
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

const state = async () =>
	(
		await engine.query(`SELECT (SELECT count(*) FROM outcomes) AS outcomes, (SELECT count(*) FROM events) AS events,
		(SELECT count(*) FROM survey_answers) AS answers, (SELECT string_agg(file, '|' ORDER BY file_id) FROM files) AS files,
		(SELECT count(*) FROM raw_0) + (SELECT count(*) FROM raw_1) + (SELECT count(*) FROM raw_2) + (SELECT count(*) FROM raw_3) AS raw_rows`)
	)
		.get(0)
		?.toJSON();

describe('a load that fails part-way', () => {
	it('leaves the engine holding the earlier set, every table as it was', async () => {
		const earlier = setOf(samples);
		await swapIn(engine, earlier, emptySet());
		const before = await state();
		expect(Number(before?.outcomes)).toBeGreaterThan(0);

		const error = await swapIn(engine, setOf([samples[0], vanished]), earlier).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(LoadFailed);
		expect((error as LoadFailed).reason).toMatchObject({ name: 'NotReadableError' });
		expect((error as LoadFailed).restored?.reports.map((r) => r.name)).toEqual(samples.map((s) => s.name));
		expect(await state()).toEqual(before);
		// The raw tables are the earlier set's again, so a correction after the failure re-reads the right files.
		const again = await normaliseAll(engine, (error as LoadFailed).restored!.raws);
		expect(again.map((r) => [r.name, r.rowsLoaded])).toEqual(
			(error as LoadFailed).restored!.reports.map((r) => [r.name, r.rowsLoaded])
		);
		expect(await state()).toEqual(before);
	});

	it('with nothing loaded before, says so: there is no earlier set to bring back', async () => {
		const error = await swapIn(engine, setOf([vanished]), emptySet()).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(LoadFailed);
		expect((error as LoadFailed).restored).toBeNull();
	});
});

describe('the same file twice', () => {
	it('is told by name and bytes, not by name alone', async () => {
		const copy = sourceFromBytes(samples[1].name, new Uint8Array(await samples[1].read()));
		expect(await sameFile(samples[1], copy)).toBe(true);
		const edited = new Uint8Array(await samples[1].read());
		edited[edited.length - 3] ^= 1;
		expect(await sameFile(samples[1], sourceFromBytes(samples[1].name, edited))).toBe(false);
		expect(await sameFile(samples[1], samples[2])).toBe(false);
	});
});
