import type { Engine } from '../engine/types';

/** Settings that change derived tables, not the loaded rows. */
export interface DeriveSettings {
	/** A teacher is in deficit on a competency when their mean normalised score is below this. */
	deficitThreshold: number;
}

export const DEFAULT_SETTINGS: DeriveSettings = { deficitThreshold: 0.5 };

/** Rebuild the tables computed from loaded rows: `deficits` (teacher × competency). */
export async function deriveTables(
	engine: Engine,
	settings: DeriveSettings = DEFAULT_SETTINGS
): Promise<void> {
	await engine.replaceTable(
		'deficits',
		`SELECT teacher_key, any_value(teacher ORDER BY submitted DESC) AS teacher, competency,
		   avg(score_norm) AS score_norm, avg(score_norm) < ? AS is_deficit
		 FROM survey_answers GROUP BY teacher_key, competency`,
		[settings.deficitThreshold]
	);
}
