import { groupPoints } from '../src/lib/analysis/linkage';
import { linkagePoints } from '../src/lib/analysis/linkage-data';
import { stratifiedTest } from '../src/lib/analysis/permutation';
import { createNodeEngine } from '../src/lib/engine/node';
import { loadAll, sourceFromBytes } from '../src/lib/ingest';
import { calibrationYear, SPEECH } from './calibration/year';
const engine = await createNodeEngine();
const groups = Number(process.argv[2] ?? 16);
let adj = 0, raw = 0, rawSig = 0, adjSig = 0, n = 0, slopeDiff = 0;
for (let d = 0; d < Number(process.argv[3] ?? 30); d++) {
  const files = calibrationYear(1000 * (d + 1) + 99, { groups: groups as 16, deficits: 'highStart', ceiling: true });
  await loadAll(engine, files.map((f) => sourceFromBytes(f.name, f.bytes)));
  const { points } = await linkagePoints(engine);
  const g = groupPoints(points.filter((p) => p.competency === SPEECH));
  const units = g.map((x) => ({ stratum: x.band ?? '?', exposed: x.exposed, outcome: x.outcome, start: x.start }));
  const a = stratifiedTest(units, true), r = stratifiedTest(units, false);
  if (!a || !r) continue;
  n++; adj += a.effect; raw += r.effect; if (r.p < 0.05) rawSig++; if (a.p < 0.05) adjSig++;
}
console.log({ n, meanAdjusted: adj / n, meanUnadjusted: raw / n, rawSig, adjSig });
await engine.close();
