import { ident } from '../src/lib/engine/sql';
import type { Engine } from '../src/lib/engine/types';
import type { FileReport, SourceFile } from '../src/lib/ingest';
import { transcodeToUtf8 } from '../src/lib/ingest/decode';
import type { RawFile } from '../src/lib/ingest/read';

/** The least a statement can take: the fastest of three runs (the machine is noisy, never faster). */
async function fastest(run: () => Promise<unknown>): Promise<number> {
	let best = Infinity;
	for (let i = 0; i < 3; i++) {
		const start = performance.now();
		await run();
		best = Math.min(best, performance.now() - start);
	}
	return best;
}

/**
 * The floor of an outcome file's ingest beyond DuckDB's read (issue 15.1): its score cells as numbers and
 * its rows' group, child and period (and area) as ids, over the raw rows the load read; nothing trimmed,
 * no total or blank row told apart, no reason, no reject. Once into a table (what the views query), once
 * summed per group and period with no table (the least a first chart needs). A Windows-1251 file is
 * re-encoded first, in the page's own code.
 */
export async function floorLines(
	engine: Engine,
	raws: RawFile[],
	reports: FileReport[],
	sources: SourceFile[],
	readCsvMs: number
): Promise<string[]> {
	const lines = ['', 'floor: what any ingest must do beyond the read, nothing validated (fastest of 3):'];
	for (const [i, report] of reports.entries()) {
		const { roles } = report;
		const scores = roles.areas?.length ? roles.areas : roles.score ? [roles.score] : [];
		if (report.kind !== 'outcomes' || !roles.child || !scores.length) continue;
		const col = (c: string | undefined) => (c ? ident(c) : 'NULL');
		const numbers = scores.map((c, k) => `TRY_CAST(replace(${ident(c)}, ',', '.') AS DOUBLE) AS _s${k}`);
		const ids = `hash(${col(roles.group)}) AS g, hash(${col(roles.group)}, ${col(roles.child)}) AS c,
			hash(${col(roles.period)}) AS p, hash(${col(roles.area)}) AS a`;
		const rows = `SELECT _row, ${ids}, ${numbers.join(', ')} FROM ${ident(raws[i].table)}`;
		const table = await fastest(() => engine.exec(`CREATE OR REPLACE TEMP TABLE _floor AS ${rows}`));
		await engine.exec('DROP TABLE _floor');
		const summed = await fastest(() =>
			// The outer sums use every inner one: the optimiser drops what nothing reads.
			engine.query(`SELECT count(*), ${scores.map((_, k) => `sum(t${k})`).join(', ')} FROM (SELECT g, p, a, count(*),
				${scores.map((_, k) => `sum(_s${k}) AS t${k}`).join(', ')} FROM (${rows}) GROUP BY g, p, a)`)
		);
		const bytes = await sources[i].read();
		const recode =
			report.encoding === 'windows-1251' ? await fastest(() => transcodeToUtf8(bytes, 'windows-1251')) : 0;
		const ms = (x: number) => `${String(Math.round(x)).padStart(6)} ms`;
		const times = (x: number) => `${(x / readCsvMs).toFixed(2)}×`;
		lines.push(
			`  ${report.name}: ${report.rowsIn} rows, ${scores.length} score column(s), ${report.encoding}`,
			`    DuckDB read_csv (the load's)                        ${ms(readCsvMs)}`,
			`    re-encoding to UTF-8 (JS, the page's table)         ${ms(recode)}`,
			`    numbers and ids into a table                        ${ms(table)}`,
			`    numbers and ids summed per group, period, area      ${ms(summed)}`,
			`    floor of drop → first chart's figures: ${times(recode + readCsvMs + summed)} read_csv ` +
				`(with the table the views query: ${times(recode + readCsvMs + table)}), before drawing and any check`
		);
	}
	return lines;
}
