import type { Analysis } from '../analysis';
import type { DraftEvent, SurveyScore } from '../analysis/draft-plan';

/** A draft row as the methodist edits it: the host is offered until she confirms it. */
export type DraftRow = DraftEvent & { confirmed: boolean };

/**
 * The draft plan as edited, kept while the page is open: a look at «План и соответствие» and back must
 * not lose the edits. `analysis` says which analysis it was drafted from; new data draft it again.
 */
export class DraftState {
	rows = $state<DraftRow[]>([]);
	year = $state.raw(0);
	competencies = $state.raw<string[]>([]);
	survey = $state.raw<SurveyScore[]>([]);
	analysis = $state.raw<Analysis | null>(null);
	next = 1;
}

export const draftState = new DraftState();
