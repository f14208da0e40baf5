import type { Table } from 'apache-arrow';

/** A value that can be bound to a `?` placeholder. */
export type SqlParam = string | number | boolean | null;

/**
 * The one door to the database. Everything above it speaks SQL and gets Arrow tables back,
 * so the same analysis runs in the page (DuckDB-wasm in a worker), in Node tests and in the CLI.
 */
export interface Engine {
	/** Run one statement; `params` fill its `?` placeholders in order. */
	query(sql: string, params?: readonly SqlParam[]): Promise<Table>;
	/** Run several statements that take no parameters (DDL, settings). */
	exec(sql: string): Promise<void>;
	/** Make bytes readable to SQL as a file called `name` (e.g. from `read_csv('name')`). */
	registerBytes(name: string, bytes: Uint8Array): Promise<void>;
	/** Make a blob readable in place, without copying it (browser only). */
	registerFile?(name: string, blob: Blob): Promise<void>;
	/** Forget a registered file and free its bytes. */
	dropFile(name: string): Promise<void>;
	/** Replace table `name` with the result of `select`. */
	replaceTable(name: string, select: string, params?: readonly SqlParam[]): Promise<void>;
	close(): Promise<void>;
}

/** Opened on every connection so a query that needs an extension fails at once instead of hanging offline. */
export const CONNECTION_SETUP = `
SET autoinstall_known_extensions = false;
SET autoload_known_extensions = false;
`;

/** Query results come back as plain numbers, not BigInt, so charts and statistics need no casting. */
export const QUERY_CONFIG = { castBigIntToDouble: true, castDecimalToDouble: true } as const;
