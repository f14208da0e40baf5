import { deficitPrevalence, type DeficitPrevalence } from '../analysis/deficits';
import { outcomesByAreaPeriod, type OutcomesByAreaPeriod } from '../analysis/outcomes';
import { loadAll, type FileReport, type SourceFile } from '../ingest';
import { getEngine } from './engine';

export type EngineState = 'starting' | 'ready' | 'failed';

/** One methodist's working session: the engine, the loaded files and what the charts show. */
export class Session {
	engineState = $state.raw<EngineState>('starting');
	engineError = $state.raw('');
	loading = $state.raw<{ name: string; index: number; count: number } | null>(null);
	loadError = $state.raw('');
	files = $state.raw<FileReport[]>([]);
	loadSeconds = $state.raw(0);
	outcomes = $state.raw<OutcomesByAreaPeriod | null>(null);
	prevalence = $state.raw<DeficitPrevalence | null>(null);

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

	async load(sources: SourceFile[]): Promise<void> {
		if (sources.length === 0) return;
		const started = performance.mark('sverka:load-start').startTime;
		this.loadError = '';
		this.loading = { name: sources[0].name, index: 1, count: sources.length };
		try {
			const engine = await getEngine();
			const files = await loadAll(engine, sources, (_, i) => {
				const next = sources[i + 1];
				if (next) this.loading = { name: next.name, index: i + 2, count: sources.length };
			});
			const [outcomes, prevalence] = [await outcomesByAreaPeriod(engine), await deficitPrevalence(engine)];
			this.files = files;
			this.outcomes = outcomes.areas.length ? outcomes : null;
			this.prevalence = prevalence.competencies.length ? prevalence : null;
			this.loadSeconds = (performance.mark('sverka:load-end').startTime - started) / 1000;
		} catch (error) {
			this.loadError = error instanceof Error ? error.message : String(error);
		} finally {
			this.loading = null;
		}
	}
}
