/**
 * `npm run profile -- FILE… [--floor]`: where a load's time goes, on the page's own path (read, normalise, derive,
 * the outcome figures published first, then every analysis) and the same DuckDB-wasm build, in Node. Each
 * statement is timed and summed by the function that sent it; DuckDB's bare `read_csv` on the same bytes
 * is the yardstick, as in `npm run bench`. With `--floor`, the least any ingest must spend on each outcome
 * file beyond that read, measured on the same rows: its score cells read as numbers and each row's group,
 * child and period as ids, nothing trimmed, checked or rejected (`floor.ts`).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeAll } from '../src/lib/analysis';
import { createNodeEngine } from '../src/lib/engine/node';
import { buildPairCube } from '../src/lib/ingest/derive';
import type { Engine } from '../src/lib/engine/types';
import { translator } from '../src/lib/i18n';
import { sourceFromBytes } from '../src/lib/ingest';
import { emptySet, loadSet } from '../src/lib/state/swap';
import { outcomesFirst } from '../src/lib/state/results';
import { floorLines } from './floor';

/** The first caller outside the engine: the function whose SQL this is. */
function caller(): string {
	const frames = (new Error().stack ?? '').split('\n').slice(3);
	for (const frame of frames) {
		const match = /at (?:async )?([\w.$<>]+) \(.*\/(src\/lib\/[\w/.-]+):(\d+)/.exec(frame);
		if (match && !match[2].includes('engine/'))
			return `${match[1]} (${match[2].replace('src/lib/', '')}:${match[3]})`;
	}
	return '?';
}

function timed(engine: Engine, spent: Map<string, { ms: number; n: number }>): Engine {
	const wrap =
		<A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
		async (...args: A): Promise<R> => {
			const who = caller();
			const start = performance.now();
			try {
				return await f(...args);
			} finally {
				const entry = spent.get(who) ?? { ms: 0, n: 0 };
				entry.ms += performance.now() - start;
				entry.n += 1;
				spent.set(who, entry);
			}
		};
	return {
		...engine,
		query: wrap(engine.query.bind(engine)),
		exec: wrap(engine.exec.bind(engine)),
		replaceTable: wrap(engine.replaceTable.bind(engine))
	};
}

const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!paths.length) {
	console.error('npm run profile -- FILE…');
	process.exit(2);
}
const spent = new Map<string, { ms: number; n: number }>();
const engine = timed(await createNodeEngine(), spent);
const sources = paths.map((p) => sourceFromBytes(basename(p), new Uint8Array(readFileSync(p))));
const marks: [string, number][] = [];
let t = performance.now();
const mark = (label: string) => {
	marks.push([label, performance.now() - t]);
	t = performance.now();
};
// As the session does it: the dynamics' pairs after the outcome figures, which the first charts need.
const { raws, reports } = await loadSet(engine, { ...emptySet(), sources }, undefined, { pairs: false });
mark('read, normalise, derive');
await outcomesFirst(engine, reports, 1);
mark('outcome figures published (first charts)');
await buildPairCube(engine);
mark("dynamics' pairs");
await analyzeAll(engine, translator('ru'), 'ru');
mark('analyses (linkage, coverage, findings)');

const total = marks.reduce((s, [, ms]) => s + ms, 0);
console.log(`\n${paths.map((p) => basename(p)).join(', ')}: ${Math.round(total)} ms`);
for (const [label, ms] of marks)
	console.log(`  ${label.padEnd(44)} ${String(Math.round(ms)).padStart(7)} ms`);
console.log('\nby the function that sent the SQL (ms, statements):');
for (const [who, { ms, n }] of [...spent].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25))
	console.log(`  ${String(Math.round(ms)).padStart(7)}  ${String(n).padStart(4)}  ${who}`);
if (process.argv.includes('--floor')) {
	const readCsv = [...spent]
		.filter(([who]) => who.startsWith('readCsv'))
		.reduce((sum, [, e]) => sum + e.ms, 0);
	for (const line of await floorLines(engine, raws, reports, sources, readCsv)) console.log(line);
}
await engine.close();
