import { deficitPrevalence, type DeficitPrevalence } from '../analysis/deficits';
import type { Analysis } from '../analysis';
import { detectMode, type Mode } from '../analysis/marks';
import { outcomesByAreaPeriod, type OutcomesByAreaPeriod } from '../analysis/outcomes';
import {
	linksReport,
	peopleReport,
	rejectCounts,
	type LinksReport,
	type PeopleReport
} from '../analysis/quality';
import { dimensions, keyFigures, type Dimensions } from '../analysis/views';
import type { Engine } from '../engine/types';
import type { FileReport } from '../ingest';

/** What the loaded files say, replaced as a whole after every load or correction. */
export interface Results {
	files: FileReport[];
	loadSeconds: number;
	outcomes: OutcomesByAreaPeriod | null;
	prevalence: DeficitPrevalence | null;
	people: PeopleReport | null;
	links: LinksReport | null;
	rejects: { file: string[]; reason: string[]; n: number[] };
	/** Kindergarten or school, known with the outcomes; undefined before any file is in. */
	mode: Mode | undefined;
	/** Linkage, coverage, priorities, findings: null while they are computed, after the outcomes are out. */
	analysis: Analysis | null;
	dimensions: Dimensions;
	figures: Awaited<ReturnType<typeof keyFigures>> | null;
	/** The dynamics' pair table is built: it follows the outcome figures, after the first charts. */
	pairs: boolean;
	/** Bumped after every load or correction, so views that query on their own refresh. */
	version: number;
}

export const emptyResults = (): Results => ({
	files: [],
	loadSeconds: 0,
	outcomes: null,
	prevalence: null,
	people: null,
	links: null,
	rejects: { file: [], reason: [], n: [] },
	mode: undefined,
	analysis: null,
	dimensions: { periods: [], groups: [], areas: [], teachers: [] },
	figures: null,
	pairs: false,
	version: 0
});

/**
 * Everything but the analysis, read from the loaded tables: what the outcomes views and the quality view
 * need, published before the linkage and coverage are computed.
 */
export async function outcomesFirst(engine: Engine, files: FileReport[], version: number): Promise<Results> {
	const outcomes = await outcomesByAreaPeriod(engine);
	const prevalence = await deficitPrevalence(engine);
	return {
		files,
		outcomes: outcomes.areas.length ? outcomes : null,
		prevalence: prevalence.competencies.length ? prevalence : null,
		people: await peopleReport(engine),
		links: await linksReport(engine),
		rejects: await rejectCounts(engine),
		mode: await detectMode(engine),
		analysis: null,
		dimensions: await dimensions(engine),
		figures: await keyFigures(engine),
		loadSeconds: 0,
		pairs: false,
		version
	};
}
