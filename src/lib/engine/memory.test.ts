import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from './node';
import type { Engine } from './types';
import { bytesOf, engineMemory } from './memory';

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

describe('the engine memory the bench reports', () => {
	it('reads DuckDB’s sizes in bytes', () => {
		expect(bytesOf('3.1 GiB')).toBeCloseTo(3.1 * 1024 ** 3);
		expect(bytesOf('71.8 MiB')).toBeCloseTo(71.8 * 1024 ** 2);
		expect(bytesOf('512 bytes')).toBe(512);
		expect(bytesOf('unlimited')).toBeNaN();
	});

	it('grows with a table held and has a limit', async () => {
		const before = await engineMemory(engine);
		await engine.exec(`CREATE TABLE held AS SELECT range AS x FROM range(2000000)`);
		const after = await engineMemory(engine);
		expect(after.used - before.used).toBeGreaterThan(8 * 1_000_000);
		expect(after.limit).toBeGreaterThan(after.used);
		await engine.exec(`DROP TABLE held`);
	});
});
