import { ident } from '../engine/sql';
import type { Engine } from '../engine/types';
import { deriveTables, DEFAULT_SETTINGS, type DeriveOptions, type LinkChoices } from './derive';
import { normaliseAll } from './normalise';
import { readRaw, type RawFile } from './read';
import type { SourceFile } from './source';
import type { FileReport, FileSetup } from './types';

export type { FileReport, FileSetup } from './types';
export type { RawFile } from './read';
export type { SourceFile } from './source';
export { sourceFromBlob, sourceFromBytes } from './source';
export { normaliseAll } from './normalise';
export { readRaw } from './read';

/** Progress of a load, for the page to show. */
export interface LoadProgress {
	name: string;
	index: number;
	count: number;
	stage: 'decode' | 'parse' | 'normalise';
}

/**
 * Load a set of files from scratch: each into its raw table, then the normalised and derived tables.
 * `setups` carries the user's corrections by file index, `choices` their word on the links.
 */
export async function loadAll(
	engine: Engine,
	sources: SourceFile[],
	options: {
		setups?: (FileSetup | undefined)[];
		resolved?: Map<string, string>;
		sheets?: (string | undefined)[];
		choices?: LinkChoices;
		derive?: DeriveOptions;
		onProgress?: (p: LoadProgress) => void;
	} = {}
): Promise<{ raws: RawFile[]; reports: FileReport[] }> {
	await dropRawTables(engine);
	const raws: RawFile[] = [];
	for (const [index, source] of sources.entries()) {
		const report = (stage: LoadProgress['stage']) =>
			options.onProgress?.({ name: source.name, index: index + 1, count: sources.length, stage });
		report('decode');
		raws.push(await readRaw(engine, source, index, { sheet: options.sheets?.[index], onProgress: report }));
	}
	options.onProgress?.({ name: '', index: sources.length, count: sources.length, stage: 'normalise' });
	const reports = await normaliseAll(engine, raws, options.setups, options.resolved);
	// Once: the pair cube alone takes a second on a million rows.
	await deriveTables(engine, DEFAULT_SETTINGS, options.choices, options.derive);
	return { raws, reports };
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
