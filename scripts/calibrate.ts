/**
 * `npm run calibrate [-- N]`: the linkage test on N sample years with no planted link (the speech gap
 * set to 0), through the whole pipeline (CSV → DuckDB → SQL → statistics). Prints how often each pair
 * came out «linked»: the false-positive rate a methodist would meet.
 */
import { linkage } from '../src/lib/analysis/linkage';
import { createNodeEngine } from '../src/lib/engine/node';
import { loadAll, sourceFromBytes } from '../src/lib/ingest';
import { generateSampleYear } from './samples/sample-year';

const datasets = Number(process.argv[2] ?? 100);
const engine = await createNodeEngine();
const linked = new Map<string, number>();
const tested = new Map<string, number>();
for (let seed = 1; seed <= datasets; seed++) {
	const files = generateSampleYear(10_000 + seed, { speechGap: 0 });
	await loadAll(
		engine,
		files.map((f) => sourceFromBytes(f.name, f.bytes))
	);
	for (const r of await linkage(engine)) {
		const pair = `${r.competency} × ${r.area}`;
		if (r.verdict === 'insufficient') continue;
		tested.set(pair, (tested.get(pair) ?? 0) + 1);
		if (r.verdict === 'linked') linked.set(pair, (linked.get(pair) ?? 0) + 1);
	}
}
console.log(`Linkage on ${datasets} sample years with no planted link:`);
for (const [pair, n] of tested) {
	const k = linked.get(pair) ?? 0;
	console.log(`  ${pair}: linked in ${k} of ${n} tested (${((100 * k) / n).toFixed(1)} %)`);
}
await engine.close();
