import { deficitPrevalence, type DeficitPrevalence } from '../analysis/deficits';
import { outcomesByAreaPeriod, type OutcomesByAreaPeriod } from '../analysis/outcomes';
import {
	linksReport,
	peopleReport,
	rejectCounts,
	type LinksReport,
	type PeopleReport
} from '../analysis/quality';
import { analyzeAll, type Analysis } from '../analysis';
import { dimensions, keyFigures, type Dimensions } from '../analysis/views';
import type { Engine } from '../engine/types';
import { translator } from '../i18n';
import { deriveTables, DEFAULT_SETTINGS, type LinkChoices } from '../ingest/derive';
import { expandSheets } from '../ingest/sheets';
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
import { choicesOf, loadSnapshot, saveSnapshot, type SessionSnapshot } from './persist';
import { sourceFromBlob } from '../ingest/source';

export type EngineState = 'starting' | 'ready' | 'failed';

/** One methodist's working session: the engine, the loaded files, their corrections and what views show. */
export class Session {
	engineState = $state.raw<EngineState>('starting');
	engineError = $state.raw('');
	busy = $state.raw(false);
	progress = $state.raw<LoadProgress | null>(null);
	loadError = $state.raw('');
	files = $state.raw<FileReport[]>([]);
	loadSeconds = $state.raw(0);
	outcomes = $state.raw<OutcomesByAreaPeriod | null>(null);
	prevalence = $state.raw<DeficitPrevalence | null>(null);
	people = $state.raw<PeopleReport | null>(null);
	links = $state.raw<LinksReport | null>(null);
	rejects = $state.raw<{ file: string[]; reason: string[]; n: number[] }>({ file: [], reason: [], n: [] });
	analysis = $state.raw<Analysis | null>(null);
	dimensions = $state.raw<Dimensions>({ periods: [], groups: [], areas: [], teachers: [] });
	figures = $state.raw<Awaited<ReturnType<typeof keyFigures>> | null>(null);
	/** True once the current session is kept in this browser. */
	saved = $state.raw(false);
	/** Why the session could not be kept in this browser, if it could not. */
	persistError = $state.raw('');
	/** Bumped after every load or correction, so views that query on their own refresh. */
	version = $state.raw(0);

	#sources: SourceFile[] = [];
	#raws: RawFile[] = [];
	/** The user's corrections, kept for the session: kinds and roles by file, names, links. */
	#setups: (FileSetup | undefined)[] = [];
	#sheets: (string | undefined)[] = [];
	#resolved = new Map<string, string>();
	#choices: LinkChoices = { areas: new Map(), targets: new Map() };

	async start(): Promise<void> {
		try {
			await getEngine();
			// Marks are how `npm run bench` reads the page's own timings.
			performance.mark('sverka:engine-ready');
			this.engineState = 'ready';
			await this.#restore();
		} catch (error) {
			this.engineState = 'failed';
			this.engineError = String(error);
		}
	}

	engine(): Promise<Engine> {
		return getEngine();
	}

	/** Load a new set of files, replacing the old ones and every correction. */
	async load(sources: SourceFile[]): Promise<void> {
		if (sources.length === 0) return;
		await this.#run(async (engine) => {
			// A workbook with outcomes on several sheets (an area per sheet) becomes one entry per sheet.
			const expanded = await expandSheets(sources);
			this.#sources = expanded.sources;
			this.#setups = [];
			this.#sheets = expanded.sheets;
			this.#resolved = new Map();
			this.#choices = { areas: new Map(), targets: new Map() };
			const { raws, reports } = await loadAll(engine, this.#sources, {
				sheets: this.#sheets,
				onProgress: (p) => (this.progress = p)
			});
			this.#raws = raws;
			return reports;
		});
	}

	/** The user's correction of a file's kind and roles: the raw tables stay, the rest is rebuilt. */
	correct(index: number, setup: FileSetup): Promise<void> {
		this.#setups[index] = setup;
		return this.#run((engine) => this.#renormalise(engine));
	}

	/** Read another sheet of a workbook. */
	chooseSheet(index: number, sheet: string): Promise<void> {
		return this.#run(async (engine) => {
			this.#raws[index] = await readRaw(engine, this.#sources[index], index, { sheet });
			this.#sheets[index] = sheet;
			this.#setups[index] = undefined;
			return this.#renormalise(engine);
		});
	}

	/** Say which person an ambiguous spelling means. */
	resolveName(name: string, teacherKey: string): Promise<void> {
		this.#resolved.set(name, teacherKey);
		return this.#run((engine) => this.#renormalise(engine));
	}

	/** Set the outcome areas a competency bears on. */
	setAreas(competency: string, areas: string[]): Promise<void> {
		this.#choices.areas.set(competency, areas);
		return this.#run(async (engine) => {
			await deriveTables(engine, DEFAULT_SETTINGS, this.#choices);
			return this.files;
		});
	}

	/** Confirm or change the competency a plan event targets (null: none). */
	setTarget(eventKey: string, competency: string | null): Promise<void> {
		this.#choices.targets.set(eventKey, competency);
		return this.#run(async (engine) => {
			await deriveTables(engine, DEFAULT_SETTINGS, this.#choices);
			return this.files;
		});
	}

	/** Reopen the session kept in this browser, with every choice the user had made. */
	async #restore(): Promise<void> {
		const snapshot = await loadSnapshot().catch(() => undefined);
		if (snapshot && snapshot.files.length > 0) await this.#rebuild(snapshot, false);
	}

	/** Open a saved project: its files and choices replace the session. */
	open(snapshot: SessionSnapshot): Promise<void> {
		return this.#rebuild(snapshot, true);
	}

	#rebuild(snapshot: SessionSnapshot, persist: boolean): Promise<void> {
		return this.#run(async (engine) => {
			this.#sources = snapshot.files.map((f) => sourceFromBlob(f.name, f.data));
			this.#setups = snapshot.setups;
			this.#sheets = snapshot.sheets;
			this.#resolved = new Map(snapshot.resolved);
			this.#choices = choicesOf(snapshot);
			const { raws, reports } = await loadAll(engine, this.#sources, {
				setups: this.#setups,
				sheets: this.#sheets,
				resolved: this.#resolved,
				onProgress: (p) => (this.progress = p)
			});
			this.#raws = raws;
			await deriveTables(engine, DEFAULT_SETTINGS, this.#choices);
			return reports;
		}, persist);
	}

	async #persist(): Promise<void> {
		this.saved = false;
		try {
			await saveSnapshot(await this.snapshot());
			this.saved = true;
			this.persistError = '';
		} catch (error) {
			// Full disk, private mode, a quota: the work is still on screen, and the page says it is not kept.
			this.persistError = error instanceof Error ? error.message : String(error);
		}
	}

	/** What the session is made of, to keep in the browser or save as a project file. */
	async snapshot(): Promise<SessionSnapshot> {
		return {
			files: await Promise.all(
				this.#sources.map(async (s) => ({
					name: s.name,
					data: s.blob ?? new Blob([new Uint8Array(await s.read())])
				}))
			),
			sheets: [...this.#sheets],
			setups: $state.snapshot(this.#setups) as (FileSetup | undefined)[],
			resolved: [...this.#resolved],
			areas: [...this.#choices.areas],
			targets: [...this.#choices.targets]
		};
	}

	async #renormalise(engine: Engine): Promise<FileReport[]> {
		this.progress = { name: '', index: this.#raws.length, count: this.#raws.length, stage: 'normalise' };
		const reports = await normaliseAll(engine, this.#raws, this.#setups, this.#resolved);
		await deriveTables(engine, DEFAULT_SETTINGS, this.#choices);
		return reports;
	}

	async #run(work: (engine: Engine) => Promise<FileReport[]>, persist = true): Promise<void> {
		const started = performance.mark('sverka:load-start').startTime;
		this.loadError = '';
		this.busy = true;
		try {
			const engine = await getEngine();
			const files = await work(engine);
			const outcomes = await outcomesByAreaPeriod(engine);
			const prevalence = await deficitPrevalence(engine);
			this.people = await peopleReport(engine);
			this.links = await linksReport(engine);
			this.rejects = await rejectCounts(engine);
			// Findings are rewritten in the page's language from `analysis.inputs`; the numbers do not depend on it.
			this.analysis = await analyzeAll(engine, translator('ru'), 'ru');
			this.dimensions = await dimensions(engine);
			this.figures = await keyFigures(engine);
			this.files = files;
			this.outcomes = outcomes.areas.length ? outcomes : null;
			this.prevalence = prevalence.competencies.length ? prevalence : null;
			this.loadSeconds = (performance.mark('sverka:load-end').startTime - started) / 1000;
			this.version++;
			// A reload must lose nothing: the files and every choice stay in this browser.
			if (persist) void this.#persist();
		} catch (error) {
			this.loadError = error instanceof Error ? error.message : String(error);
		} finally {
			this.progress = null;
			this.busy = false;
		}
	}
}
