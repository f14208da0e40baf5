import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { CONNECTION_SETUP, QUERY_CONFIG, type Engine, type SqlParam } from './types';
import { ident } from './sql';
import { isRead, StatementCache } from './statements';

/**
 * The same DuckDB-wasm build the browser runs, loaded synchronously in Node, so tests and the CLI
 * check the very SQL the page executes.
 */
export async function createNodeEngine(): Promise<Engine> {
	const require = createRequire(import.meta.url);
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	const bundles = {
		mvp: {
			mainModule: join(dist, 'duckdb-mvp.wasm'),
			mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs')
		},
		eh: {
			mainModule: join(dist, 'duckdb-eh.wasm'),
			mainWorker: join(dist, 'duckdb-node-eh.worker.cjs')
		}
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate(() => {});
	db.open({ query: QUERY_CONFIG });
	const conn = db.connect();
	conn.query(CONNECTION_SETUP);

	// As the browser engine: statements kept by their SQL, so every test runs through the same cache.
	const statements = new StatementCache(
		async (sql) => conn.prepare(sql),
		async (statement) => statement.close()
	);
	const engine: Engine = {
		async query(sql: string, params: readonly SqlParam[] = []) {
			if (params.length === 0) return conn.query(sql);
			if (isRead(sql)) return (await statements.get(sql)).query(...params);
			const statement = conn.prepare(sql);
			try {
				return statement.query(...params);
			} finally {
				statement.close();
			}
		},
		async exec(sql: string) {
			conn.query(sql);
		},
		async registerBytes(name: string, bytes: Uint8Array) {
			db.registerFileBuffer(name, bytes);
		},
		async dropFile(name: string) {
			db.dropFile(name);
		},
		async replaceTable(name: string, select: string, params: readonly SqlParam[] = []) {
			await engine.query(`CREATE OR REPLACE TABLE ${ident(name)} AS ${select}`, params);
		},
		async close() {
			await statements.clear();
			conn.close();
			db.reset();
		}
	};
	return engine;
}
