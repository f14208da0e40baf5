import type { Engine } from '../engine/types';
import type { DeriveOptions, LinkChoices } from '../ingest/derive';
import {
	loadAll,
	type FileReport,
	type FileSetup,
	type LoadProgress,
	type RawFile,
	type SourceFile
} from '../ingest';

/** A set of files with every choice made about them: what a session holds, and what a load swaps in. */
export interface FileSet {
	sources: SourceFile[];
	sheets: (string | undefined)[];
	setups: (FileSetup | undefined)[];
	resolved: Map<string, string>;
	choices: LinkChoices;
}

export const emptySet = (): FileSet => ({
	sources: [],
	sheets: [],
	setups: [],
	resolved: new Map(),
	choices: { areas: new Map(), targets: new Map() }
});

/** A set that failed to load; `restored` is the earlier set loaded again, null when there was none. */
export class LoadFailed extends Error {
	constructor(
		readonly reason: unknown,
		readonly restored: { raws: RawFile[]; reports: FileReport[] } | null
	) {
		super(reason instanceof Error ? reason.message : String(reason));
		this.name = 'LoadFailed';
	}
}

/**
 * Load a set from its files: raw tables, normalised tables with the user's corrections, derived links.
 * `pairs: false` leaves the dynamics' pair table to the caller (`buildPairCube`), after the first charts.
 */
export async function loadSet(
	engine: Engine,
	set: FileSet,
	onProgress?: (p: LoadProgress) => void,
	derive: DeriveOptions = {}
): Promise<{ raws: RawFile[]; reports: FileReport[] }> {
	return loadAll(engine, set.sources, {
		setups: set.setups,
		sheets: set.sheets,
		resolved: set.resolved,
		choices: set.choices,
		derive,
		onProgress
	});
}

/**
 * Load `next` in place of `previous`. The engine holds one set of tables, and a load that fails part-way
 * has already replaced some: `previous` is loaded again from its files before the failure is passed on,
 * so the earlier session is what the page shows, saves and analyses. `next` is loaded without the
 * dynamics' pair table: the caller builds it (`buildPairCube`) once the first charts are out.
 */
export async function swapIn(
	engine: Engine,
	next: FileSet,
	previous: FileSet,
	onProgress?: (p: LoadProgress) => void
): Promise<{ raws: RawFile[]; reports: FileReport[] }> {
	try {
		// The pairs after the first charts (the session builds them); the earlier set, restored, whole.
		return await loadSet(engine, next, onProgress, { pairs: false });
	} catch (error) {
		const restored = previous.sources.length ? await loadSet(engine, previous).catch(() => null) : null;
		throw new LoadFailed(error, restored);
	}
}

/** The same file twice: same name, size and bytes (a file picked again, or dropped with its copy). */
export async function sameFile(a: SourceFile, b: SourceFile): Promise<boolean> {
	if (a.name !== b.name || a.size !== b.size) return false;
	const [x, y] = await Promise.all([a.read(), b.read()]);
	return x.length === y.length && x.every((byte, i) => byte === y[i]);
}
