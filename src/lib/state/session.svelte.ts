import { deficitPrevalence, type DeficitPrevalence } from '../analysis/deficits';
import { outcomesByAreaPeriod, type OutcomesByAreaPeriod } from '../analysis/outcomes';
import { deriveTables } from '../ingest/derive';
import {
	loadAll,
	normaliseAll,
	readRaw,
	type FileReport,
	type FileSetup,
	type LoadProgress,
	type RawFile,
	type SourceFile
} from '../ingest';
import { getEngine } from './engine';

export type EngineState = 'starting' | 'ready' | 'failed';

/** One methodist's working session: the engine, the loaded files, their setups and what the views show. */
export class Session {
	engineState = $state.raw<EngineState>('starting');
	engineError = $state.raw('');
	progress = $state.raw<LoadProgress | null>(null);
	loadError = $state.raw('');
	files = $state.raw<FileReport[]>([]);
	loadSeconds = $state.raw(0);
	outcomes = $state.raw<OutcomesByAreaPeriod | null>(null);
	prevalence = $state.raw<DeficitPrevalence | null>(null);
	/** Bumped after every load or correction, so views re-query. */
	version = $state.raw(0);

	#sources: SourceFile[] = [];
	#raws: RawFile[] = [];
	/** The user's corrections by file index; kept for the session. */
	#setups: (FileSetup | undefined)[] = [];

	async start(): Promise<void> {
		try {
			await getEngine();
			// Marks are how `npm run bench` reads the page's own timings.
			performance.mark('sverka:engine-ready');
			this.engineState = 'ready';
		} catch (error) {
			this.engineState = 'failed';
			this.engineError = String(error);
		}
	}

	/** Load a new set of files, replacing the old. */
	async load(sources: SourceFile[]): Promise<void> {
		if (sources.length === 0) return;
		await this.#run(async (engine) => {
			this.#sources = sources;
			this.#setups = [];
			const { raws, reports } = await loadAll(engine, sources, { onProgress: (p) => (this.progress = p) });
			this.#raws = raws;
			return reports;
		});
	}

	/** Apply the user's correction of a file's kind and roles: the raw tables stay, the rest is rebuilt. */
	async correct(index: number, setup: FileSetup): Promise<void> {
		await this.#run(async (engine) => {
			this.#setups[index] = setup;
			return this.#renormalise(engine);
		});
	}

	/** Read another sheet of a workbook. */
	async chooseSheet(index: number, sheet: string): Promise<void> {
		await this.#run(async (engine) => {
			this.#raws[index] = await readRaw(engine, this.#sources[index], index, { sheet });
			this.#setups[index] = undefined;
			return this.#renormalise(engine);
		});
	}

	async #renormalise(engine: Awaited<ReturnType<typeof getEngine>>): Promise<FileReport[]> {
		this.progress = { name: '', index: this.#raws.length, count: this.#raws.length, stage: 'normalise' };
		const reports = await normaliseAll(engine, this.#raws, this.#setups);
		await deriveTables(engine);
		return reports;
	}

	async #run(work: (engine: Awaited<ReturnType<typeof getEngine>>) => Promise<FileReport[]>): Promise<void> {
		const started = performance.mark('sverka:load-start').startTime;
		this.loadError = '';
		this.progress = null;
		try {
			const engine = await getEngine();
			const files = await work(engine);
			const outcomes = await outcomesByAreaPeriod(engine);
			const prevalence = await deficitPrevalence(engine);
			this.files = files;
			this.outcomes = outcomes.areas.length ? outcomes : null;
			this.prevalence = prevalence.competencies.length ? prevalence : null;
			this.loadSeconds = (performance.mark('sverka:load-end').startTime - started) / 1000;
			this.version++;
		} catch (error) {
			this.loadError = error instanceof Error ? error.message : String(error);
		} finally {
			this.progress = null;
		}
	}
}
