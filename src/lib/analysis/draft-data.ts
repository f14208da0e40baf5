import type { Engine } from '../engine/types';
import { schoolYearOf } from '../ingest/periods';
import { loadSchoolYear } from '../ingest/school-year';
import type { Analysis } from './index';
import { column } from '../engine/columns';
import type { DraftInputs, SurveyScore } from './draft-plan';

/** Every surveyed teacher's self-rating per competency, by the name the other files match. */
export async function surveyScores(engine: Engine): Promise<SurveyScore[]> {
	const table = await engine.query(`
		SELECT coalesce(t.name, d.teacher) AS teacher, d.competency, d.score_norm, d.is_deficit
		FROM deficits d LEFT JOIN teachers t USING (teacher_key) ORDER BY teacher, d.competency`);
	const score = column<number>(table, 'score_norm');
	const deficit = column<boolean>(table, 'is_deficit');
	const competency = column<string>(table, 'competency');
	return column<string>(table, 'teacher').map((teacher, i) => ({
		teacher,
		competency: competency[i],
		score: score[i],
		deficit: deficit[i]
	}));
}

/**
 * The school year after the one the data describe: the final diagnostics' year, else the load's, else
 * today's. A plan is drafted for the year to come.
 */
export async function nextSchoolYear(
	engine: Engine,
	final: string | null,
	today = new Date()
): Promise<number> {
	if (final) return schoolYearOf(final) + 1;
	const loaded = await loadSchoolYear(engine);
	return (loaded ?? schoolYearOf(today.toISOString().slice(0, 10))) + 1;
}

export async function draftInputs(engine: Engine, analysis: Analysis): Promise<DraftInputs> {
	return {
		priorities: analysis.priorities,
		coverage: analysis.coverage,
		survey: await surveyScores(engine),
		schoolYear: await nextSchoolYear(engine, analysis.inputs.final?.date ?? null)
	};
}
