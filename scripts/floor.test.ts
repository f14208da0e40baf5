import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../src/lib/engine/node';
import { sourceFromBytes } from '../src/lib/ingest';
import { emptySet, loadSet } from '../src/lib/state/swap';
import { floorLines } from './floor';

const sample = (name: string) =>
	sourceFromBytes(name, new Uint8Array(readFileSync(new URL(`../data-samples/${name}`, import.meta.url))));

describe('the ingest floor (`npm run profile -- --floor`)', () => {
	it('is measured for the outcome file only, over its rows, as a ratio to the read', async () => {
		const engine = await createNodeEngine();
		const sources = [sample('monitoring-2025-2026.csv'), sample('staff-roster.csv')];
		const { raws, reports } = await loadSet(engine, { ...emptySet(), sources }, undefined, { pairs: false });
		const lines = await floorLines(engine, raws, reports, sources, 100);
		const files = lines.filter((l) => /^ {2}\S/.test(l));
		expect(files).toHaveLength(1);
		expect(files[0]).toMatch(/^ {2}monitoring-2025-2026\.csv: \d+ rows, 5 score column\(s\)/);
		const ratios = lines.flatMap((l) => [...l.matchAll(/(\d+\.\d+)×/g)].map((m) => Number(m[1])));
		expect(ratios).toHaveLength(2);
		// Beyond the read (100 ms here) each adds time: never below 1×.
		for (const r of ratios) expect(r).toBeGreaterThan(1);
		await engine.close();
	});
});
