import type { Engine } from '../engine/types';
import type { Translate } from '../i18n';

/** What the loaded files hold, counted: enough to say which part of the analysis cannot be done and why. */
export interface Inventory {
	files: number;
	outcomes: number;
	teachers_surveyed: number;
	events: number;
	/** Competency × area pairs whose area has outcomes: what the linkage can compare. */
	pairs: number;
}

export async function inventory(engine: Engine): Promise<Inventory> {
	const row = (
		await engine.query(`SELECT
			(SELECT count(*) FROM files)::INTEGER AS files,
			(SELECT count(*) FROM outcomes)::INTEGER AS outcomes,
			(SELECT count(DISTINCT teacher_key) FROM deficits)::INTEGER AS teachers_surveyed,
			(SELECT count(*) FROM events)::INTEGER AS events,
			(SELECT count(*) FROM competency_area ca JOIN areas a ON a.name = ca.area
			  WHERE a.area_id IN (SELECT DISTINCT area_id FROM outcomes))::INTEGER AS pairs`)
	).get(0);
	return {
		files: row?.files ?? 0,
		outcomes: row?.outcomes ?? 0,
		teachers_surveyed: row?.teachers_surveyed ?? 0,
		events: row?.events ?? 0,
		pairs: row?.pairs ?? 0
	};
}

/**
 * Sentences for what the files do not allow, each with where to fix it: never «load files» when files
 * loaded, never silence where a part of the analysis could not run.
 */
export function missingSentences(inv: Inventory, t: Translate): string[] {
	if (inv.files === 0) return [t('finding.none')];
	const out: string[] = [];
	if (inv.outcomes === 0) out.push(t('missing.outcomes'));
	if (inv.teachers_surveyed === 0) out.push(t('missing.survey'));
	if (inv.outcomes > 0 && inv.teachers_surveyed > 0 && inv.pairs === 0) out.push(t('missing.pairs'));
	if (inv.events === 0 && inv.teachers_surveyed > 0) out.push(t('missing.plan'));
	return out;
}
