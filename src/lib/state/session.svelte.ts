import { engineMemory } from '../engine/memory';
import { analyzeAll } from '../analysis';
import type { Engine } from '../engine/types';
import { translator } from '../i18n';
import { explainError, type Explained } from '../i18n/errors';
import { tick } from 'svelte';
import { buildPairCube, deriveTables, DEFAULT_SETTINGS } from '../ingest/derive';
import { expandSheets } from '../ingest/sheets';
import { partsOf, renormaliseParts, type Part } from '../ingest/parts';
import {
	normaliseAll,
	readRaw,
	type FileReport,
	type FileSetup,
	type LoadProgress,
	type RawFile,
	type SourceFile
} from '../ingest';
import { choicesOf, StaleSession, type SessionSnapshot, type SessionStore } from './persist';
import { emptyResults, outcomesFirst, type Results } from './results';
import { emptySet, LoadFailed, sameFile, swapIn, type FileSet } from './swap';
import { sourceFromBlob } from '../ingest/source';

export type EngineState = 'starting' | 'ready' | 'failed';

/** What tabs of the page tell each other. */
type TabMessage = { type: 'saved'; rev: string } | { type: 'wiped' };

/** Whether the session is kept in the browser's store. */
export interface Keeping {
	/** True once the current session is kept. */
	saved: boolean;
	/** Why the session could not be kept, if it could not. */
	error: Explained | null;
	/** Another tab saved a newer session: this one stops saving, so it cannot overwrite it. */
	stale: boolean;
	/** Another tab deleted the data: this one must reload, empty. */
	wiped: boolean;
}

/** What a session runs on: the page passes the browser's engine and IndexedDB, a test the Node engine and memory. */
export interface SessionDeps {
	engine: () => Promise<Engine>;
	store: SessionStore;
}

/**
 * One methodist's working session: the user's choices (the files and every correction), what the files
 * say (`results`), and where a load stands.
 */
export class Session {
	engineState = $state.raw<EngineState>('starting');
	engineError = $state.raw<Explained | null>(null);
	busy = $state.raw(false);
	progress = $state.raw<LoadProgress | null>(null);
	/** Why the last load or correction failed, and whether the earlier set is what the engine holds again. */
	loadError = $state.raw<Explained | null>(null);
	loadKept = $state.raw(false);
	results = $state.raw<Results>(emptyResults());
	/** True from the first frame while the session kept in this browser is being reopened. */
	restoring = $state.raw(false);
	/** Whether the session is kept in this browser, and what another tab did to it. */
	keeping = $state.raw<Keeping>({ saved: false, error: null, stale: false, wiped: false });
	/** A replacement can be undone: the set it replaced is kept until the user keeps the new one. */
	canUndo = $state.raw(false);

	/** The files and the user's corrections: kinds and roles by file, sheets, names, links. */
	#set = $state.raw<FileSet>(emptySet());
	#raws: RawFile[] = [];
	/** False while a load or correction is under way or failed half-way: the next change rebuilds everything. */
	#whole = false;
	/** Set by a change that leaves what the linkage reads as it was, for the analysis to keep it. */
	#linkageHolds = false;
	/** The dynamics' pair table stands: the last change touched links only (areas, targets). */
	#pairsHold = false;
	#replaced: FileSet | null = null;
	/** The stored revision this tab last read or wrote; null when it found none. */
	#rev: string | null = null;
	#saving: Promise<void> = Promise.resolve();
	#channel: BroadcastChannel | undefined;
	readonly #deps: SessionDeps;

	constructor(deps: SessionDeps) {
		this.#deps = deps;
		this.restoring = deps.store.kept();
	}

	/** The files and every choice the user made about them (kinds, roles, sheets, names, links). */
	get choices(): Readonly<FileSet> {
		return this.#set;
	}

	async start(): Promise<void> {
		this.#listen();
		try {
			await this.#deps.engine();
			// Marks are how `npm run bench` reads the page's own timings.
			performance.mark('sverka:engine-ready');
			this.engineState = 'ready';
			await this.#restore();
		} catch (error) {
			this.engineState = 'failed';
			this.engineError = explainError(error);
		} finally {
			this.restoring = false;
		}
	}

	engine(): Promise<Engine> {
		return this.#deps.engine();
	}

	/**
	 * Add files to the set; the corrections made so far stay. Files already in the set (same name and
	 * bytes) are not loaded twice. Returns the names added and those skipped as already there.
	 */
	async add(sources: SourceFile[]): Promise<{ added: string[]; duplicates: string[] }> {
		const fresh: SourceFile[] = [];
		const duplicates: string[] = [];
		for (const source of sources) {
			const known = [...this.#set.sources, ...fresh];
			if (await someAsync(known, (s) => sameFile(s, source))) duplicates.push(source.name);
			else fresh.push(source);
		}
		if (fresh.length === 0) return { added: [], duplicates };
		await this.#run(async (engine) => {
			const expanded = await this.#expand(fresh);
			const next: FileSet = {
				...this.#set,
				sources: [...this.#set.sources, ...expanded.sources],
				sheets: [...this.#set.sheets, ...expanded.sheets],
				setups: [...this.#set.setups]
			};
			return this.#swap(engine, next);
		});
		return { added: fresh.map((s) => s.name), duplicates };
	}

	/** Replace the set and every correction with new files; the old set can be brought back by `undo`. */
	replace(sources: SourceFile[]): Promise<void> {
		if (sources.length === 0) return Promise.resolve();
		return this.#run(async (engine) => {
			// A workbook with outcomes on several sheets (an area per sheet) becomes one entry per sheet.
			const expanded = await this.#expand(sources);
			return this.#swap(engine, { ...emptySet(), ...expanded }, true);
		});
	}

	/** Bring back the set a replacement took the place of. */
	undo(): Promise<void> {
		const previous = this.#replaced;
		if (!previous) return Promise.resolve();
		return this.#run((engine) => this.#swap(engine, previous));
	}

	/** Keep the new set: the replaced one is let go. */
	keep(): void {
		this.#replaced = null;
		this.canUndo = false;
	}

	/** The user's correction of a file's kind and roles: the raw tables stay, the rest is rebuilt. */
	correct(index: number, setup: FileSetup): Promise<void> {
		const before = this.#set.setups;
		const setups = [...before];
		setups[index] = setup;
		this.#set = { ...this.#set, setups };
		return this.#run((engine, whole) => this.#renormalise(engine, whole, { before, changed: [index] }));
	}

	/** Read another sheet of a workbook. */
	chooseSheet(index: number, sheet: string): Promise<void> {
		return this.#run(async (engine) => {
			this.#raws[index] = await readRaw(engine, this.#set.sources[index], index, { sheet });
			const set = this.#set;
			this.#set = {
				...set,
				sheets: set.sheets.map((s, i) => (i === index ? sheet : s)),
				setups: set.setups.map((s, i) => (i === index ? undefined : s))
			};
			// Another sheet may name another school year in its title rows: everything is read again.
			return this.#renormalise(engine, false, { before: set.setups, changed: [index] });
		});
	}

	/** Say which person an ambiguous spelling means. */
	resolveName(name: string, teacherKey: string): Promise<void> {
		this.#set = { ...this.#set, resolved: new Map([...this.#set.resolved, [name, teacherKey]]) };
		// Names join the survey, the plan and the roster; the outcomes' part stays.
		return this.#run((engine, whole) =>
			this.#renormalise(engine, whole, { before: this.#set.setups, changed: [], parts: ['people'] })
		);
	}

	/** Set the outcome areas a competency bears on. */
	setAreas(competency: string, areas: string[]): Promise<void> {
		const { choices } = this.#set;
		this.#set = {
			...this.#set,
			choices: { ...choices, areas: new Map([...choices.areas, [competency, areas]]) }
		};
		return this.#run((engine, whole) => this.#relink(engine, whole, false));
	}

	/** Confirm or change the competency a plan event targets (null: none). */
	setTarget(eventKey: string, competency: string | null): Promise<void> {
		const { choices } = this.#set;
		this.#set = {
			...this.#set,
			choices: { ...choices, targets: new Map([...choices.targets, [eventKey, competency]]) }
		};
		// Which competency an event targets is the plan's business: the linkage stands.
		return this.#run((engine, whole) => this.#relink(engine, whole, true));
	}

	/** Open a saved project: its files and choices replace the session (which `undo` brings back). */
	open(snapshot: SessionSnapshot): Promise<void> {
		return this.#run((engine) => this.#swap(engine, setOf(snapshot), true));
	}

	/** «Удалить все данные»: this tab stops saving, the stored data go, and every other tab is told. */
	async wipe(): Promise<void> {
		this.#keep({ stale: true });
		await this.#saving;
		await this.#deps.store.wipe();
		this.#post({ type: 'wiped' });
	}

	/** Reopen the session kept in this browser, with every choice the user had made. */
	async #restore(): Promise<void> {
		const kept = await this.#deps.store.load().catch(() => undefined);
		if (!kept) return;
		this.#rev = kept.rev;
		if (kept.snapshot.files.length > 0)
			await this.#run((engine) => this.#swap(engine, setOf(kept.snapshot)), false);
	}

	/** Sheets of workbooks as entries of their own; a file that cannot be read leaves the set untouched. */
	async #expand(sources: SourceFile[]): Promise<{ sources: SourceFile[]; sheets: (string | undefined)[] }> {
		try {
			return await expandSheets(sources);
		} catch (error) {
			const { files } = this.results;
			throw new LoadFailed(error, files.length ? { raws: this.#raws, reports: files } : null);
		}
	}

	/** Load `next` in place of the current set, which comes back if the load fails; `undoable` keeps it. */
	async #swap(engine: Engine, next: FileSet, undoable = false): Promise<FileReport[]> {
		const previous = this.#set;
		const { raws, reports } = await swapIn(engine, next, previous, (p) => (this.progress = p));
		this.#set = next;
		this.#raws = raws;
		this.#replaced = undoable && previous.sources.length ? previous : null;
		this.canUndo = this.#replaced !== null;
		return reports;
	}

	/** Saves run one after another, each from the revision the one before wrote. */
	#persist(): Promise<void> {
		this.#saving = this.#saving.then(() => this.#save());
		return this.#saving;
	}

	async #save(): Promise<void> {
		if (this.keeping.stale) return;
		this.#keep({ saved: false });
		try {
			this.#rev = await this.#deps.store.save(await this.snapshot(), this.#rev);
			this.#keep({ saved: true, error: null });
			this.#post({ type: 'saved', rev: this.#rev });
		} catch (error) {
			// Another tab's newer work (or a wipe) is kept; this tab says so instead of overwriting it.
			if (error instanceof StaleSession) this.#keep({ stale: true });
			// Full disk, private mode, a quota: the work is still on screen, and the page says it is not kept.
			else this.#keep({ error: explainError(error) });
		}
	}

	#keep(change: Partial<Keeping>): void {
		this.keeping = { ...this.keeping, ...change };
	}

	#listen(): void {
		this.#channel = this.#deps.store.channel();
		if (!this.#channel) return;
		this.#channel.onmessage = (event: MessageEvent<TabMessage>) => {
			if (event.data.type === 'wiped') {
				this.#keep({ stale: true, wiped: true });
			} else if (event.data.type === 'saved' && event.data.rev !== this.#rev) this.#keep({ stale: true });
		};
	}

	#post(message: TabMessage): void {
		this.#channel?.postMessage(message);
	}

	/** What the session is made of, to keep in the browser or save as a project file. */
	async snapshot(): Promise<SessionSnapshot> {
		const set = this.#set;
		return {
			files: await Promise.all(
				set.sources.map(async (s) => ({
					name: s.name,
					data: s.blob ?? new Blob([new Uint8Array(await s.read())])
				}))
			),
			sheets: [...set.sheets],
			setups: $state.snapshot(set.setups) as (FileSetup | undefined)[],
			resolved: [...set.resolved],
			areas: [...set.choices.areas],
			targets: [...set.choices.targets]
		};
	}

	/**
	 * Rebuild after a correction of the files at `changed` (their setups were `before`): only the parts of
	 * the normalised tables those files were and are in, then the derived tables; the raw tables stay.
	 */
	async #renormalise(
		engine: Engine,
		whole: boolean,
		change: { before: (FileSetup | undefined)[]; changed: number[]; parts?: Part[] }
	): Promise<FileReport[]> {
		this.progress = { name: '', index: this.#raws.length, count: this.#raws.length, stage: 'normalise' };
		const { setups, resolved } = this.#set;
		const parts = new Set([
			...(change.parts ?? []),
			...partsOf(this.#raws, change.before, change.changed),
			...partsOf(this.#raws, setups, change.changed)
		]);
		// Only the plan changed: the linkage (outcomes, deficits, who teaches where) stands.
		this.#linkageHolds = whole && [...parts].every((p) => p === 'plan');
		const reports = whole
			? await renormaliseParts(engine, this.#raws, setups, resolved, { parts, changed: change.changed }, [
					...this.results.files
				])
			: await normaliseAll(engine, this.#raws, setups, resolved);
		await deriveTables(engine, DEFAULT_SETTINGS, this.#set.choices, { pairs: false });
		return reports;
	}

	/**
	 * The user's word on links changed (areas, targets): only the derived links are rebuilt; the outcomes and
	 * their pairs stand, and so does the linkage when `linkageHolds` (a target is the plan's business).
	 */
	async #relink(engine: Engine, whole: boolean, linkageHolds: boolean): Promise<FileReport[]> {
		await deriveTables(engine, DEFAULT_SETTINGS, this.#set.choices, { pairs: false });
		this.#linkageHolds = whole && linkageHolds;
		this.#pairsHold = whole;
		return this.results.files;
	}

	/** `work` is told whether the engine's tables are whole (the last change completed), so it may patch them. */
	async #run(work: (engine: Engine, whole: boolean) => Promise<FileReport[]>, persist = true): Promise<void> {
		// The marks of charts drawn before this load say nothing about it; cleared, they do not pile up.
		performance.clearMarks('sverka:chart-drawn');
		const started = performance.mark('sverka:load-start').startTime;
		this.loadError = null;
		this.loadKept = false;
		this.busy = true;
		const whole = this.#whole;
		this.#whole = false;
		this.#linkageHolds = false;
		this.#pairsHold = false;
		const before = this.results.analysis;
		try {
			const engine = await this.#deps.engine();
			const files = await work(engine, whole);
			const pairsHold = this.#pairsHold;
			this.#whole = true;
			// The outcomes first: their views draw while the linkage's permutation tests still run.
			this.results = await outcomesFirst(engine, files, this.results.version + 1);
			performance.mark('sverka:outcomes-ready');
			if (!pairsHold) {
				// The views on screen send their queries before the pairs (a second at a million rows) are summed:
				// the worker answers in turn, and the first charts need no pairs.
				await tick();
				await new Promise((resolve) => setTimeout(resolve, 0));
				await buildPairCube(engine);
			}
			this.results = { ...this.results, pairs: true };
			// Findings are rewritten in the page's language from `analysis.inputs`; the numbers do not depend on it.
			const linkage = this.#linkageHolds ? before?.linkage : undefined;
			const analysis = await analyzeAll(engine, translator('ru'), 'ru', { linkage });
			const loadSeconds = (performance.mark('sverka:load-end').startTime - started) / 1000;
			this.results = { ...this.results, analysis, loadSeconds };
			// `npm run bench` reports it after each load (issue 15.6): what the engine holds of the wasm heap.
			void engineMemory(engine)
				.then((memory) => performance.mark('sverka:engine-memory', { detail: memory }))
				.catch(() => undefined);
			// A reload must lose nothing: the files and every choice stay in this browser.
			if (persist) void this.#persist();
		} catch (error) {
			// The earlier set is in the engine again: what the page shows still matches it.
			if (error instanceof LoadFailed) {
				if (error.restored) this.#raws = error.restored.raws;
				this.loadKept = error.restored !== null;
				// Restored from its files, the earlier set's tables are whole again.
				this.#whole = this.loadKept;
				this.loadError = explainError(error.reason);
			} else this.loadError = explainError(error);
		} finally {
			this.progress = null;
			this.busy = false;
		}
	}
}

/** A stored or saved snapshot as the set it describes. */
function setOf(snapshot: SessionSnapshot): FileSet {
	return {
		sources: snapshot.files.map((f) => sourceFromBlob(f.name, f.data)),
		sheets: snapshot.sheets,
		setups: snapshot.setups,
		resolved: new Map(snapshot.resolved),
		choices: choicesOf(snapshot)
	};
}

async function someAsync<T>(items: T[], test: (item: T) => Promise<boolean>): Promise<boolean> {
	for (const item of items) if (await test(item)) return true;
	return false;
}
