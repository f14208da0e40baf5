import { describe, expect, it } from 'vitest';
import type { Cubes } from '../analysis/outcome-cube';
import type { Engine } from '../engine/types';
import { CubeCache } from './cubes';

const engine = {} as Engine;
const cubes = (pairs: boolean) => ({ rows: [], pairs: pairs ? [] : null }) as unknown as Cubes;

describe('the outcome tables a filter computes from', () => {
	it('are read once per version, again for the pairs, and a read with the pairs serves one without', async () => {
		const reads: [number, boolean][] = [];
		let version = 1;
		const cache = new CubeCache(async (_e, pairs) => (reads.push([version, pairs]), cubes(pairs)));
		await cache.get(engine, 1, false);
		await cache.get(engine, 1, false);
		expect(reads).toEqual([[1, false]]);
		expect((await cache.get(engine, 1, true)).pairs).toEqual([]);
		expect((await cache.get(engine, 1, false)).pairs).toEqual([]);
		expect(reads).toEqual([
			[1, false],
			[1, true]
		]);
		version = 2;
		expect((await cache.get(engine, 2, false)).pairs).toBeNull();
		expect(reads.at(-1)).toEqual([2, false]);
	});

	it('does not keep a failed read: the next filter asks again', async () => {
		let fail = true;
		const cache = new CubeCache(async (_e, pairs) => {
			if (fail) throw new Error('engine closed');
			return cubes(pairs);
		});
		await expect(cache.get(engine, 1, false)).rejects.toThrow('engine closed');
		fail = false;
		expect((await cache.get(engine, 1, false)).rows).toEqual([]);
	});
});
