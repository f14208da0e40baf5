import * as duckdb from '@duckdb/duckdb-wasm';
// Self-hosted: the worker and the wasm are served from the page's own origin, never a CDN.
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { CONNECTION_SETUP, QUERY_CONFIG, type Engine, type SqlParam } from './types';
import { ident } from './sql';
import { isRead, StatementCache } from './statements';

/** A browser engine also reads a dropped `File` in place, without copying it into wasm memory. */
export interface BrowserEngine extends Engine {
	registerFile(name: string, blob: Blob): Promise<void>;
}

/** Start DuckDB-wasm (the `eh` build) in its own web worker. */
export async function createBrowserEngine(): Promise<BrowserEngine> {
	// Marks let `npm run bench` say where engine start goes: fetching and compiling the wasm, or opening.
	performance.mark('sverka:engine-start');
	const worker = new Worker(ehWorkerUrl);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(ehWasmUrl);
	performance.mark('sverka:wasm-instantiated');
	await db.open({ query: QUERY_CONFIG });
	const conn = await db.connect();
	await conn.query(CONNECTION_SETUP);
	performance.mark('sverka:engine-open');

	// A filter's queries are the same texts with new parameters: prepared once, a round trip and a plan saved.
	const statements = new StatementCache(
		(sql) => conn.prepare(sql),
		(statement) => statement.close()
	);
	const engine: BrowserEngine = {
		async query(sql: string, params: readonly SqlParam[] = []) {
			if (params.length === 0) return conn.query(sql);
			if (isRead(sql)) return (await statements.get(sql)).query(...params);
			const statement = await conn.prepare(sql);
			try {
				return await statement.query(...params);
			} finally {
				// Not awaited: the worker handles messages in order, so the close comes before the next statement.
				statement.close().catch(() => undefined);
			}
		},
		async exec(sql: string) {
			await conn.query(sql);
		},
		async registerBytes(name: string, bytes: Uint8Array) {
			await db.registerFileBuffer(name, bytes);
		},
		async registerFile(name: string, blob: Blob) {
			await db.registerFileHandle(name, blob, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
		},
		async dropFile(name: string) {
			await db.dropFile(name);
		},
		async replaceTable(name: string, select: string, params: readonly SqlParam[] = []) {
			await engine.query(`CREATE OR REPLACE TABLE ${ident(name)} AS ${select}`, params);
		},
		async close() {
			await statements.clear();
			await conn.close();
			// wasm memory never shrinks; only ending the worker gives it back.
			await db.terminate();
		}
	};
	return engine;
}
