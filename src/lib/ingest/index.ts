import type { Engine } from '../engine/types';
import { deriveTables } from './derive';
import { loadFile, type FileReport, type SourceFile } from './load';
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
