import type { Engine } from '../engine/types';
import { deriveTables } from './derive';
import { loadFile, type FileReport, type SourceFile } from './load';
import { ident } from '../engine/sql';
import { createSchema } from './schema';

export type { FileReport, SourceFile } from './load';
export { sourceFromBlob, sourceFromBytes } from './load';

/**
 * Load a set of files from scratch: every file into its raw table and the normalised tables,
 * then the derived ones. `onFile` reports each file as it finishes.
 */
export async function loadAll(
	engine: Engine,
	sources: SourceFile[],
	onFile: (report: FileReport, index: number) => void = () => {}
): Promise<FileReport[]> {
	await dropRawTables(engine);
	await createSchema(engine);
	const reports: FileReport[] = [];
	for (const [i, source] of sources.entries()) {
		const report = await loadFile(engine, source, i);
		reports.push(report);
		onFile(report, i);
	}
	await deriveTables(engine);
	return reports;
}

/** Forget the raw tables of an earlier load, so a new set of files starts from empty memory. */
async function dropRawTables(engine: Engine): Promise<void> {
	const views = await engine.query(
		`SELECT view_name AS name FROM duckdb_views() WHERE view_name LIKE 'raw\\_%' ESCAPE '\\'`
	);
	for (const name of views.getChild('name')?.toArray() ?? [])
		await engine.exec(`DROP VIEW ${ident(String(name))}`);
	const tables = await engine.query(
		`SELECT table_name AS name FROM duckdb_tables() WHERE table_name LIKE 'raw\\_%' ESCAPE '\\'`
	);
	for (const name of tables.getChild('name')?.toArray() ?? [])
		await engine.exec(`DROP TABLE ${ident(String(name))}`);
}
