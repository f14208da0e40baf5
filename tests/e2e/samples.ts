import { readFileSync, readdirSync } from 'node:fs';
import { createNodeEngine } from '../../src/lib/engine/node';
import type { Engine } from '../../src/lib/engine/types';
import { loadAll, sourceFromBytes } from '../../src/lib/ingest';

const SAMPLES = new URL('../../data-samples/', import.meta.url);

/** The sample year's files, in the order a file picker lists them. */
export const sampleNames = readdirSync(SAMPLES)
	.filter((n) => n.endsWith('.csv'))
	.sort();
export const samplePaths = sampleNames.map((n) => new URL(n, SAMPLES).pathname);

/** The sample year loaded in Node, on the page's engine: what the page must show is computed from it. */
export async function withSamplesInNode<T>(read: (engine: Engine) => Promise<T>): Promise<T> {
	const engine = await createNodeEngine();
	try {
		await loadAll(
			engine,
			sampleNames.map((n) => sourceFromBytes(n, readFileSync(new URL(n, SAMPLES))))
		);
		return await read(engine);
	} finally {
		await engine.close();
	}
}
