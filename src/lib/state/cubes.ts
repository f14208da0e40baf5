import { readCubes, type Cubes } from '../analysis/outcome-cube';
import type { Engine } from '../engine/types';

/**
 * The load's outcome tables as the page holds them: read once per version of the data (again once the pairs
 * are summed), so a filter computes its figures without asking the engine. Tables read with the pairs serve
 * a request without them; a failed read is not kept.
 */
export class CubeCache {
	#kept: { version: number; pairs: boolean; read: Promise<Cubes> } | null = null;

	constructor(private readonly read: (engine: Engine, pairs: boolean) => Promise<Cubes> = readCubes) {}

	get(engine: Engine, version: number, pairs: boolean): Promise<Cubes> {
		const kept = this.#kept;
		if (kept && kept.version === version && (kept.pairs || !pairs)) return kept.read;
		const read = this.read(engine, pairs);
		const entry = { version, pairs, read };
		this.#kept = entry;
		read.catch(() => {
			if (this.#kept === entry) this.#kept = null;
		});
		return read;
	}
}
