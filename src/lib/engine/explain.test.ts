import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAll } from '../analysis';
import { draftInputs } from '../analysis/draft-data';
import { outcomesByAreaPeriod } from '../analysis/outcomes';
import {
	childrenAt,
	dimensions,
	dynamics,
	keyFigures,
	levels,
	outcomesHeatmap,
	teacherCard,
	timeline
} from '../analysis/views';
import { yearFacts } from '../analysis/year-facts';
import { translator } from '../i18n';
import { loadAll, sourceFromBytes } from '../ingest';
import { buildOutcomeCube } from '../ingest/cube';
import { deriveTables } from '../ingest/derive';
import { createSchema } from '../ingest/schema';
import { createNodeEngine } from './node';
import type { Engine, SqlParam } from './types';

/**
 * Issue 16.6: every query the analyses and views send is checked against the schema on an empty database
 * (DuckDB's EXPLAIN binds every table and column without running it), as mosaic's SQL tests do. The queries
 * are the ones actually sent: recorded while the kindergarten and the school sample years load and every view
 * is asked for, so a query only some data reach is checked too.
 */
const SAMPLES = [
	new URL('../../../data-samples/', import.meta.url),
	new URL('../../../data-samples/school/', import.meta.url)
];

type Sent = { sql: string; params: SqlParam[] };

/** An engine that records every statement it is sent. */
function recording(engine: Engine, sent: Sent[]): Engine {
	return {
		...engine,
		query: (sql, params = []) => {
			sent.push({ sql, params: [...params] });
			return engine.query(sql, params);
		}
	};
}

/** A read: what a view or an analysis asks, as opposed to loading (DDL, inserts, reading the dropped files). */
const isRead = (sql: string) =>
	/^\s*(SELECT|WITH)\b/i.test(sql) && !/\b(read_csv|read_json|raw_\w+|staged_\w+)\b/i.test(sql);

let empty: Engine;
const sent: Sent[] = [];

beforeAll(async () => {
	for (const dir of SAMPLES) {
		const engine = await createNodeEngine();
		try {
			const names = readdirSync(dir).filter((n) => n.endsWith('.csv'));
			await loadAll(
				engine,
				names.map((n) => sourceFromBytes(n, readFileSync(new URL(n, dir))))
			);
			const spy = recording(engine, sent);
			const analysis = await analyzeAll(spy, translator('ru'), 'ru');
			const dims = await dimensions(spy);
			await keyFigures(spy);
			const [period, group, area] = [dims.periods.at(-1)!, dims.groups[0], dims.areas[0]];
			for (const scope of [{}, { period, group, area }]) await outcomesByAreaPeriod(spy, scope);
			await outcomesHeatmap(spy, period);
			await outcomesHeatmap(spy, period, { group, area });
			await levels(spy, period, '');
			await levels(spy, period, group, area);
			await dynamics(spy, '');
			await dynamics(spy, area, group);
			await childrenAt(spy, { period, group, area });
			await timeline(spy);
			await teacherCard(spy, dims.teachers[0]?.key ?? '');
			await draftInputs(spy, analysis);
			await yearFacts(spy);
		} finally {
			await engine.close();
		}
	}
	// The schema, and the tables derived from it (the outcome summaries, links, targets), built on no data.
	empty = await createNodeEngine();
	await createSchema(empty);
	await buildOutcomeCube(empty);
	await deriveTables(empty);
}, 120_000);
afterAll(() => empty?.close());

describe('every read against the schema on an empty database', () => {
	it('binds: no table or column a query names is missing', async () => {
		const reads = [...new Map(sent.filter((s) => isRead(s.sql)).map((s) => [s.sql, s])).values()];
		// Enough distinct reads that the check means something (the views and analyses send dozens).
		expect(reads.length).toBeGreaterThan(40);
		const failed: string[] = [];
		for (const { sql, params } of reads) {
			await empty.query(`EXPLAIN ${sql}`, params).catch((e: unknown) => {
				failed.push(`${String(e).split('\n')[0]}\n  in: ${sql.replace(/\s+/g, ' ').slice(0, 200)}`);
			});
		}
		expect(failed).toEqual([]);
	}, 120_000);
});
