import type { Analysis } from '../analysis';
import type { CouncilDecision } from '../analysis/council';
import type { YearFacts } from '../analysis/year-facts';

/**
 * The council's decision as edited and last year's project as opened, kept while the page is open: like
 * the draft plan, a look at another view and back must not lose them. `analysis` says which analysis the
 * decision was drafted from; new data draft it again.
 */
class CouncilYearState {
	decision = $state<CouncilDecision | null>(null);
	methodist = $state('');
	analysis = $state.raw<Analysis | null>(null);
	/** Last year's facts, the project's file name, and the competency match as the methodist set it. */
	last = $state.raw<YearFacts | null>(null);
	lastName = $state.raw('');
	match = $state<Record<string, string>>({});
	/** The session's data version the match was offered for: new data offer it again. */
	matchVersion = -1;
}

export const councilYear = new CouncilYearState();
