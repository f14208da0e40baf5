/**
 * `npm run calibrate [-- N [SEED_OFFSET [NAME_PATTERN]]]`: the linkage on N generated kindergarten years per scenario of issue 11,
 * through the whole pipeline (CSV → DuckDB → SQL → statistics). Null scenarios (no effect, with the
 * confounders real kindergartens have) give the false «linked» rate; power scenarios the share found.
 * Targets: ≤ 5 % false «linked» in every null scenario, intervals holding the truth ≥ 93 %, ≥ 80 % found
 * for the planted effect at 10 groups. Rates carry Wilson 95 % intervals. A seed offset other than 0 gives
 * fresh years; a pattern runs only the scenarios whose names match it.
 */
import { linkage } from '../src/lib/analysis/linkage';
import { createNodeEngine } from '../src/lib/engine/node';
import { NULL_SCENARIOS, POWER_SCENARIOS, run, table } from './calibration/scenarios';

const datasets = Number(process.argv[2] ?? 40);
const seedOffset = Number(process.argv[3] ?? 0);
const only = process.argv[4] ?? '';
const engine = await createNodeEngine();
const tallies = [];
for (const scenario of [...NULL_SCENARIOS, ...POWER_SCENARIOS].filter((s) => new RegExp(only).test(s.name))) {
	tallies.push(await run(engine, scenario, datasets, linkage, seedOffset));
	process.stderr.write(`${scenario.name}: done\n`);
}
console.log(
	`Linkage calibration, ${datasets} kindergarten years per scenario, seed offset ${seedOffset} (speech deficit × speech growth):\n`
);
console.log(table(tallies));
await engine.close();
